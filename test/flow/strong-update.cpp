// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Plain assignment replaces what a variable held (a strong update): data
// overwritten on every path is gone; data kept on one path still flows.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  long iin;
};

void overwritten(const Partner &p) {
  // 'x' held the phone, then "ok": only "ok" is printed.
  std::string x = p.phone;
  x = "ok";
  printf("%s\n", x.c_str());
}

void overwritten_pointer(const Partner &p) {
  // The pointer is moved to a literal before it is printed.
  const char *s = p.email;
  s = "none";
  puts(s);
}

void overwritten_number(const Partner &p) {
  // The number is reset before it is printed.
  long n = p.iin;
  n = 0;
  printf("%ld\n", n);
}

void overwritten_by_other_string(const Partner &p, const std::string &status) {
  // Copy-assignment from a string that is not personal.
  std::string x = p.phone;
  x = status;
  puts(x.c_str());
}

void one_branch_keeps(const Partner &p, bool redact) {
  std::string x = p.phone;
  if (redact)
    x = "***";
  printf("%s\n", x.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-6]]:19: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-7]]:3: note: stored in 'x'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: reaches a log through 'printf'
}

void assigned_after_reset(const Partner &p) {
  const char *s = "none";
  s = p.email;
  puts(s);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: assigned to 's'
}

void printed_before_reset(const Partner &p) {
  std::string x = p.phone;
  puts(x.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  x = "ok";
  puts(x.c_str());
}

void compound_is_not_strong(const Partner &p) {
  std::string x = p.phone;
  x += "";
  puts(x.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void one_character_changed(const Partner &p) {
  // Writing one character is not an assignment of the whole string: the rest
  // of the phone number is still there.
  std::string x = p.phone;
  x[0] = '8';
  puts(x.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}
