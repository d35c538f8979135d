// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Data returned by a function reaches what its callers do with the result.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string status;
};

std::string describe(const Partner &p) { return "partner " + p.phone; }
std::string relay(const Partner &p) { return describe(p); }
std::string status_of(const Partner &p) { return p.status; }

void print_description(const Partner &p) {
  puts(describe(p).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data
  // CHECK-NEXT: :12:62: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:8: note: returned by 'describe'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: reaches a log through 'puts'
}

void print_relayed(const Partner &p) {
  std::string text = relay(p);
  puts(text.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void print_status(const Partner &p) {
  // The status is not personal data.
  puts(status_of(p).c_str());
}

// An identity function: a value goes back only to the caller that passed it.
std::string same(const std::string &s) { return s; }
void identity(const Partner &p) {
  std::string a = same(p.phone);
  std::string b = same(p.status);
  puts(b.c_str());
  fputs(a.c_str(), stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}
