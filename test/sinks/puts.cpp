// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// puts writes its one argument to the console.
#include <cstdio>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  const char *status;
};

void c_string(const Partner &p) {
  puts(p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::email' holds personal data (contact.email)
  // CHECK-NEXT: :[[@LINE-3]]:8: note: 'Partner::email' is read: contact.email
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'puts'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: policy 3.5.1, 4.3 (a log); contact.email is declared in 3.1, 3.4
}

void std_string(const Partner &p) {
  puts(p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void indented(const Partner &p, bool verbose) {
  if (verbose)
    std::puts(p.email);
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A literal and a status field are not personal data.
  puts("partner loaded");
  puts(p.status);
}
