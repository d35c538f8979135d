// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A conditional expression carries the data of both its arms; its condition
// decides which, but is not itself the value.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  std::string status;
  bool masked;
};

void arm_in_sink(const Partner &p, bool verbose) {
  printf("%s\n", verbose ? p.phone.c_str() : "hidden");
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-3]]:28: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'printf'
}

void false_arm_stored(const Partner &p) {
  const char *shown = p.masked ? "***" : p.email;
  puts(shown);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: stored in 'shown'
}

void string_arms(const Partner &p, bool by_phone) {
  std::string who = by_phone ? p.phone : std::string(p.email);
  puts(who.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void nested(const Partner &p, int level) {
  puts(level > 1 ? p.email : level > 0 ? p.status.c_str() : "-");
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void condition_only(const Partner &p) {
  // The personal data only decides which literal is printed.
  printf("%s\n", p.phone.empty() ? "no phone" : "has phone");
  printf("%s\n", p.email ? "email set" : "no email");
  puts(p.masked ? p.status.c_str() : "-");
}
