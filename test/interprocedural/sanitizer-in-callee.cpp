// RUN: not piiflow scan --policy %S/Inputs/mask-phone.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A wrapper that masks phone numbers before logging protects phone numbers
// only: an e-mail address passed to it is still logged.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
};

std::string mask_phone_digits(const std::string &s);
void log_masked(const std::string &s) { puts(mask_phone_digits(s).c_str()); }
// CHECK: :[[@LINE-1]]:41: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
// CHECK: note: passes through 'mask_phone_digits'

void use(const Partner &p) {
  log_masked(p.phone);
  log_masked(p.email);
}
