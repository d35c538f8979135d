// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A local variable whose name ends in a category term is a source when no
// tracked data flowed into it; when a tracked source flowed in, that source
// is reported instead.
#include <stdio.h>
#include <string>

std::string load(int id);
const char *lookup(int id);

struct Partner {
  std::string phone;
};

void named_by_its_name(int id) {
  std::string phone = load(id);
  puts(phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'phone' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-3]]:15: note: 'phone' holds personal data (contact.phone): name 'phone' ends in the term 'phone' of contact.phone
  // CHECK-NEXT: :[[@LINE-3]]:8: note: 'phone' is read: contact.phone
}

void pointer(int id) {
  const char *contactEmail = lookup(id);
  printf("%s\n", contactEmail);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'contactEmail' reaches a log [pii-log]
}

void static_local(int id) {
  static std::string cached_iin = load(id);
  puts(cached_iin.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'cached_iin' reaches a log [pii-log]
}

void tracked_source_wins(const Partner &p) {
  std::string phone = p.phone;
  puts(phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: stored in 'phone'
}

void not_personal(int id) {
  // 'greeting' and 'result' are not category terms.
  std::string greeting = "hello";
  std::string result = load(id);
  puts(greeting.c_str());
  puts(result.c_str());
}
