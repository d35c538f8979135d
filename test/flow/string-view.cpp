// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// std::string_view: a view of personal data is personal data, and so are
// its parts (substr, data, operator[], front, back); measuring it is not.
#include <cstdio>
#include <string>
#include <string_view>

struct Partner {
  std::string phone;
  std::string email;
};

void views(const Partner &p) {
  std::string_view v(p.phone);
  std::string_view tail = v.substr(4);
  std::printf("%.*s\n", 4, tail.data());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::string_view e = p.email.c_str();
  e.remove_prefix(1);
  std::printf("%c%c%c\n", e[0], e.front(), e.back());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void measured(const Partner &p) {
  // The length of a view, or whether it starts with a prefix, is not the data.
  std::string_view v(p.phone);
  std::printf("%zu %d\n", v.size(), v.starts_with("+7"));
  std::printf("%zu\n", v.find("77"));
}
