// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning: --allow-empty
// A variable named after a category stops being a source by its name once a whole assignment replaces its value, or when it is initialised from a sanitizer.
//
// The usual way to sanitize is to overwrite the value in place, or to keep
// the masked value under the same name. After that the variable holds what
// the sanitizer returned, which is not personal data, whatever its name.
#include <stdio.h>
#include <string>

struct Partner {
  std::string email;
};

std::string mask_phone(const std::string &phone);
std::string redactEmail(const std::string &email);

void masked_in_place(std::string phone) {
  // 'phone' is overwritten with its masked form before it is logged.
  phone = mask_phone(phone);
  puts(phone.c_str());
}

void masked_into_a_named_local(const Partner &p) {
  // 'email' is initialised with the redacted email.
  std::string email = redactEmail(p.email);
  puts(email.c_str());
}

void overwritten_with_a_literal(std::string phone) {
  // 'phone' is overwritten with a literal before it is logged.
  phone = "hidden";
  puts(phone.c_str());
}
