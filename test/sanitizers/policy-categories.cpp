// RUN: not piiflow scan --policy %S/Inputs/phone-masker.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/bad-sanitizer-category.json %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=BAD
//
// A policy's sanitizer protects the categories it names: a phone masker
// applied to an e-mail address leaves the address whole.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
};

std::string mask_phone_digits(const std::string &s);

void masked(const Partner &p) {
  printf("%s\n", mask_phone_digits(p.phone).c_str());
}

void misapplied(const Partner &p) {
  printf("%s\n", mask_phone_digits(p.email).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: note: passes through 'mask_phone_digits', which does not protect contact.email
}

// BAD: bad-sanitizer-category.json:4:{{[0-9]+}}: error: unknown category 'contact.phones'; did you mean 'contact.phone'? (at /sanitizers/0/categories/0)
