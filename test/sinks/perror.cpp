// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// perror prints its argument to stderr before the error text.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
};

void direct(const Partner &p) {
  perror(p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::email' holds personal data (contact.email)
  // CHECK-NEXT: :[[@LINE-3]]:10: note: 'Partner::email' is read: contact.email
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'perror'
}

void built_message(const Partner &p) {
  std::string msg = "cannot send SMS to " + p.phone;
  perror(msg.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: stored in 'msg'
}

void not_personal() {
  // A literal prefix is not personal data.
  perror("open partners.db");
}
