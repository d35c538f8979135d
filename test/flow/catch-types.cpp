// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A handler catches what the function throws of its type or of a class
// derived from it (and whatever calls throw, whose type is not known):
// a handler for another type does not see the data.
#include <stdexcept>
#include <stdio.h>

struct Partner {
  const char *phone;
  int id;
};

struct Status {
  int code;
};

void typed_handlers(const Partner &p, bool bad) {
  try {
    if (bad)
      throw std::runtime_error(p.phone);
    throw Status{p.id};
  } catch (const Status &s) {
    printf("status %d\n", s.code);
  } catch (const std::exception &e) {
    puts(e.what());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}

void catch_all(const Partner &p) {
  try {
    throw std::invalid_argument(p.phone);
  } catch (...) {
    fputs("failed\n", stderr);
  }
}

void pointer_types(const Partner &p) {
  try {
    throw new std::runtime_error(p.phone);
  } catch (Status *s) {
    printf("%d\n", s->code);
  } catch (std::exception *e) {
    puts(e->what());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}
