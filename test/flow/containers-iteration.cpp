// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Containers are followed as one value: what is put in comes out of a range
// for, an iterator, a structured binding.
#include <map>
#include <stdio.h>
#include <string>
#include <vector>

struct Partner {
  std::string phone;
  std::string email;
  int id;
};

void range_for(const std::vector<Partner> &partners) {
  std::vector<std::string> numbers;
  for (const auto &p : partners)
    numbers.push_back(p.phone);
  for (const auto &n : numbers)
    puts(n.c_str());
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void structured_bindings(const Partner &p) {
  std::map<int, std::string> by_id;
  by_id[p.id] = p.email;
  for (const auto &[id, address] : by_id)
    puts(address.c_str());
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void find_in_map(const Partner &p) {
  std::map<int, std::string> by_id;
  by_id[p.id] = p.email;
  auto it = by_id.find(p.id);
  puts(it->second.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void ids_only(const std::vector<Partner> &partners) {
  // Only identifiers go into this container.
  std::vector<int> ids;
  for (const auto &p : partners)
    ids.push_back(p.id);
  for (int id : ids)
    printf("%d\n", id);
}
