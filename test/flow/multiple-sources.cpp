// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Sources of one category that reach one sink make one finding, which names
// the first source and counts the others; each source keeps its own path.
// Sources of different categories make one finding per category at the same
// location.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string telephone;
  std::string mobile_phone;
  std::string email;
};

void same_category(const Partner &p) {
  printf("%s %s\n", p.phone.c_str(), p.telephone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' and 1 other source reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-3]]:21: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'printf'
  // CHECK-NEXT: note: 'Partner::telephone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-6]]:38: note: 'Partner::telephone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-7]]:3: note: reaches a log through 'printf'
  // CHECK-NEXT: :[[@LINE-8]]:3: note: policy 3.5.1, 4.3 (a log); contact.phone is declared in 3.1, 3.4
}

void three_of_one_category(const Partner &p) {
  std::string all = p.phone + p.telephone + p.mobile_phone;
  puts(all.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::mobile_phone' and 2 other sources reaches a log [pii-log]
}

void two_categories(const Partner &p) {
  printf("%s %s\n", p.phone.c_str(), p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK-NOT: other source
  // CHECK: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void same_source_twice(const Partner &p) {
  // One source read twice is still one source.
  printf("%s %s\n", p.phone.c_str(), p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NOT: other source
  // CHECK: note: policy
}

void shortest_path_first(const Partner &p) {
  // The source with the shorter path is named first.
  std::string a = p.phone;
  std::string b = a;
  printf("%s %s\n", b.c_str(), p.telephone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::telephone' and 1 other source reaches a log [pii-log]
}
