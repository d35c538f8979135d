// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Views of a string's text (c_str, data, substr, operator[], at) carry its
// data.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string status;
};

void c_str_into_pointer(const Partner &p) {
  const char *raw = p.phone.c_str();
  puts(raw);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-4]]:21: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: stored in 'raw'
}

void data_member(const Partner &p) {
  printf("%s\n", p.email.data());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void substring(const Partner &p) {
  // A part of a phone number is still personal data.
  std::string prefix = p.phone.substr(0, 4);
  puts(prefix.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: stored in 'prefix'
}

void characters(const Partner &p) {
  printf("%c%c\n", p.email[0], p.email.at(1));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // The text of the status is not personal data.
  puts(p.status.c_str());
  puts(p.status.substr(1).data());
}
