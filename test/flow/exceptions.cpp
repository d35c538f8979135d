// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// An exception carries its message to the handler that catches it, in the
// same function or in a caller.
#include <stdexcept>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string status;
};

void validate(const Partner &p) {
  if (p.phone.size() < 5)
    throw std::invalid_argument("bad phone " + p.phone);
}

void caller_catches(const Partner &p) {
  try {
    validate(p);
  } catch (const std::invalid_argument &e) {
    fprintf(stderr, "rejected: %s\n", e.what());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}

void same_function(const Partner &p) {
  try {
    if (p.status.empty())
      throw std::runtime_error("no status for " + p.phone);
  } catch (const std::exception &e) {
    puts(e.what());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}

void constant_message(const Partner &p) {
  try {
    if (p.status.empty())
      throw std::runtime_error("no status");
  } catch (const std::exception &e) {
    puts(e.what());
  }
}

// Thrown two calls down, caught two levels up: the function in between has
// no handler, so the exception passes through it.
void check_twice(const Partner &p) { validate(p); }
void outer(const Partner &p) {
  try {
    check_twice(p);
  } catch (const std::exception &e) {
    fputs(e.what(), stderr);
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}
