// RUN: piiflow explain %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s
// RUN: piiflow explain --format json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=JSON
// 'piiflow explain' says, for each declaration that holds personal data or
// whose name mentions a category, what it is and why.
#include <string>

struct Partner {
  std::string phone;
  // CHECK: explain.cpp:[[@LINE-1]]:15: contact.phone: field 'Partner::phone': name 'phone' ends in the term 'phone' of contact.phone (rules/policies/prosto-back-office.json)
  int phone_count;
  // CHECK: explain.cpp:[[@LINE-1]]:7: not personal data: field 'Partner::phone_count': name 'phone_count' mentions the term 'phone' of contact.phone but ends in 'count': it is about the data, not the data
  bool email_verified;
  // CHECK: explain.cpp:[[@LINE-1]]:8: not personal data: field 'Partner::email_verified': type 'bool' is a flag, not personal data
  [[clang::annotate("pii:none")]] std::string email;
  // CHECK: explain.cpp:[[@LINE-1]]:47: not personal data: field 'Partner::email': annotated {{\[\[}}clang::annotate("pii:none")]]
  [[clang::annotate("pii:payment.card")]] std::string token_ref;
  // CHECK: explain.cpp:[[@LINE-1]]:55: payment.card: field 'Partner::token_ref': annotated {{\[\[}}clang::annotate("pii:payment.card")]]
  int requests; // mentions nothing: not listed
};

// Functions and parameters are judged too.
std::string partnerEmail(const std::string &iin);
// CHECK: explain.cpp:[[@LINE-1]]:13: contact.email: function 'partnerEmail': name 'partnerEmail' ends in the term 'email' of contact.email
// CHECK: explain.cpp:[[@LINE-2]]:45: person.national_id: parameter 'iin': name 'iin' ends in the term 'iin' of person.national_id

// JSON: {{.*}}
// JSON: "policy": "prosto-back-office",
// JSON: "name": "Partner::phone",
// JSON-NEXT: "kind": "field",
// JSON-NEXT: "category": "contact.phone",
// JSON-NEXT: "evidence": "name",
// JSON-NEXT: "reason": "name 'phone' ends in the term 'phone' of contact.phone (rules/policies/prosto-back-office.json)",
// JSON: "sensitivity": "medium"
// JSON: "name": "Partner::phone_count",
// JSON-NEXT: "kind": "field",
// JSON-NEXT: "category": null,
// JSON-NEXT: "evidence": "name",

// A sanitizer is named as such, with the policy entry that makes it one.
std::string mask_phone(const std::string &phone);
// CHECK: explain.cpp:[[@LINE-1]]:13: not personal data: function 'mask_phone': a sanitizer ('mask*' in rules/policies/prosto-back-office.json): its result no longer holds the data
// CHECK: explain.cpp:[[@LINE-2]]:43: contact.phone: parameter 'phone'

// An annotation naming no category is reported, as scan reports it.
// RUN: piiflow explain %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs 2>&1 >/dev/null | FileCheck %s --check-prefix=ANNOT
struct Misc {
  [[clang::annotate("pii:contact.emial")]] std::string reply_to;
};
// ANNOT: explain.cpp:[[@LINE-2]]:56: unknown category 'contact.emial' in annotation; did you mean 'pii:contact.email'?
