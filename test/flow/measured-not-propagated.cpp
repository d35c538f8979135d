// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning: --allow-empty
//
// A value that is only measured or tested is not the data: its size, whether
// it is empty, a comparison, a negation, a search position or a hash. None of
// these is a finding.
#include <cstring>
#include <iostream>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  const char *full_name;
};

void measured(const Partner &p) {
  printf("%zu %zu\n", p.phone.size(), p.email.length());
  printf("%zu\n", strlen(p.full_name));
  std::cout << p.phone.size() << std::endl;
}

void tested(const Partner &p) {
  printf("%d\n", p.email.empty());
  printf("%d\n", p.phone == p.email);
  printf("%d\n", p.phone != "+70000000000");
  printf("%d\n", p.phone.compare(p.email));
  printf("%d\n", !p.full_name);
  printf("%d\n", p.full_name == nullptr);
  printf("%d\n", static_cast<bool>(p.full_name));
  printf("%d\n", p.full_name && p.email.empty());
}

void searched(const Partner &p) {
  printf("%zu\n", p.email.find("@"));
  std::size_t at = p.email.find('@');
  printf("%zu\n", at);
}

void hashed(const Partner &p) {
  // std::hash has no model: its result does not carry the phone.
  std::size_t h = std::hash<std::string>()(p.phone);
  printf("%zx\n", h);
}

void stored_measure(const Partner &p) {
  bool has_phone = !p.phone.empty();
  std::size_t len = p.email.size();
  printf("%d %zu\n", has_phone, len);
}
