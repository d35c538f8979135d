// RUN: not piiflow scan %s -- -std=c++20 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// std::format puts its arguments into the string it returns; format_to
// writes them through its output iterator into the container.
#include <cstdio>
#include <format>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void formatted(const Partner &p) {
  std::string line = std::format("partner {}", p.phone);
  std::puts(line.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::string out;
  std::format_to(std::back_inserter(out), "email {}", p.email);
  std::puts(out.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // A count is not personal data.
  std::puts(std::format("{} phones", p.phone_count).c_str());
}
