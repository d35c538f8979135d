// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Containers: what is put in (push_back, emplace_back, emplace, insert,
// operator[] =, a brace list) comes out (operator[], at, front, back). A
// container is one value: its elements are not told apart.
#include <cstdio>
#include <map>
#include <string>
#include <vector>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void vectors(const Partner &p) {
  std::vector<std::string> a;
  a.push_back(p.phone);
  std::puts(a[0].c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'a' by 'push_back'
  std::vector<std::string> b;
  b.emplace_back(p.email);
  std::puts(b.back().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  std::vector<std::string> c{p.phone};
  std::puts(c.front().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::vector<std::string> d;
  d.emplace_back() = p.email;
  std::puts(d.at(0).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void maps(const Partner &p) {
  std::map<std::string, std::string> m;
  m["phone"] = p.phone;
  std::puts(m.at("phone").c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::map<std::string, std::string> n;
  n.insert(std::make_pair(std::string("email"), p.email));
  std::puts(n["email"].c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  std::map<std::string, std::string> o;
  o.emplace("phone", p.phone);
  std::puts(o["phone"].c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // Counts are not personal data, and a container of them holds none.
  std::vector<int> counts;
  counts.push_back(p.phone_count);
  std::printf("%d\n", counts[0]);
  // Its size is not its elements.
  std::vector<std::string> phones{p.phone};
  std::printf("%zu\n", phones.size());
}
