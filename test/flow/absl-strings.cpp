// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Abseil: StrCat and StrFormat return their arguments' data; StrAppend and
// StrAppendFormat add it to the string they are given.
#include <absl/strings/str_cat.h>
#include <absl/strings/str_format.h>
#include <cstdio>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void returned(const Partner &p) {
  std::string a = absl::StrCat("partner ", p.phone);
  std::puts(a.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::string b = absl::StrFormat("email %s", p.email);
  std::puts(b.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void appended(const Partner &p) {
  std::string a = "partner ";
  absl::StrAppend(&a, p.phone);
  std::puts(a.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'a' by 'StrAppend'
  std::string b;
  absl::StrAppendFormat(&b, "email %s", p.email);
  std::puts(b.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A count is not personal data.
  std::puts(absl::StrCat(p.phone_count, " phones").c_str());
  std::string s;
  absl::StrAppendFormat(&s, "%d phones", p.phone_count);
  std::puts(s.c_str());
}
