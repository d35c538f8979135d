// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// std::optional, std::pair and std::tuple hold what they are built from.
#include <cstdio>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void optionals(const Partner &p, const std::string &fallback) {
  std::optional<std::string> a(p.phone);
  std::puts((*a).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::optional<std::string> b;
  b = p.email;
  std::puts(b.value_or(fallback).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  std::puts(std::make_optional(std::string(p.phone))->c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // Whether it is set is not the value.
  std::printf("%d\n", a.has_value());
}

void pairs(const Partner &p) {
  std::pair<std::string, int> a = std::make_pair(p.phone, 1);
  std::puts(a.first.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::pair<std::string, std::string> b("email", p.email);
  std::puts(b.second.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void tuples(const Partner &p) {
  std::tuple<std::string, int> a = std::make_tuple(p.email, 2);
  std::puts(std::get<0>(a).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  std::tuple<std::string, int> b;
  std::get<0>(b) = p.phone;
  std::puts(std::get<0>(b).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // A count is not personal data.
  std::tuple<int> c = std::make_tuple(p.phone_count);
  std::printf("%d\n", std::get<0>(c));
}
