// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Copies into local variables carry the data, and each copy is a step of the
// path.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  long iin;
  std::string status;
};

void string_copy(const Partner &p) {
  std::string copy = p.phone;
  printf("%s\n", copy.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-4]]:22: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: stored in 'copy'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: reaches a log through 'printf'
}

void chain_of_copies(const Partner &p) {
  std::string a = p.phone;
  std::string b(a);
  std::string c{b};
  auto d = c;
  puts(d.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-7]]:19: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-8]]:3: note: stored in 'a'
  // CHECK-NEXT: :[[@LINE-8]]:3: note: stored in 'b'
  // CHECK-NEXT: :[[@LINE-8]]:3: note: stored in 'c'
  // CHECK-NEXT: :[[@LINE-8]]:3: note: stored in 'd'
  // CHECK-NEXT: :[[@LINE-8]]:3: note: reaches a log through 'puts'
}

void pointer_and_reference(const Partner &p) {
  const char *raw = p.email;
  const std::string &ref = p.phone;
  printf("%s %s\n", raw, ref.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-4]]:3: note: stored in 'raw'
  // CHECK: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:3: note: stored in 'ref'
}

void numbers(const Partner &p) {
  long n = p.iin;
  long m;
  m = n;
  printf("%ld\n", m);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:3: note: stored in 'n'
  // CHECK-NEXT: :[[@LINE-4]]:3: note: assigned to 'm'
}

void not_personal(const Partner &p) {
  // Copies of a status, and of a literal, carry nothing personal.
  std::string s = p.status;
  std::string t = "fixed";
  std::string u = t;
  printf("%s %s\n", s.c_str(), u.c_str());
}
