// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// nlohmann::json: j["k"] = v puts v into j; dump() writes j into a string.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void assigned(const Partner &p) {
  nlohmann::json j;
  j["phone"] = p.phone;
  std::puts(j.dump().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: assigned to 'j'
}

void nested_and_listed(const Partner &p) {
  nlohmann::json j;
  j["contact"]["email"] = p.email;
  std::string body = j.dump(2);
  std::puts(body.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  nlohmann::json k = {{"phone", p.phone}, {"source", "crm"}};
  std::puts(k.dump().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  nlohmann::json list;
  list.push_back(p.email);
  std::puts(list.dump().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A count is not personal data; the number of keys is not the keys.
  nlohmann::json j;
  j["phones"] = p.phone_count;
  std::puts(j.dump().c_str());
  nlohmann::json k;
  k["phone"] = p.phone;
  std::printf("%zu\n", k.size());
}
