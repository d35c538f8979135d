// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs 2>%t.err | FileCheck %s --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=STDERR --implicit-check-not=warning: --input-file=%t.err
//
// [[clang::annotate("pii:CATEGORY")]] makes any declaration a source of that
// category; [[clang::annotate("pii:none")]] says a declaration is not
// personal data, whatever its name. Annotations beat names and types.
#include <stdio.h>
#include <string>

struct Account {
  [[clang::annotate("pii:contact.email")]] std::string login_id;
  // The public support-desk number printed on every receipt.
  [[clang::annotate("pii:none")]] std::string phone;
  [[clang::annotate("pii:location.geo")]] bool at_home;
  // A typo in the category: reported, and the annotation is ignored.
  [[clang::annotate("pii:contact.emial")]] std::string backup;
  // STDERR: piiflow: warning: {{.*}}annotation.cpp:[[@LINE-1]]:56: unknown category 'contact.emial' in annotation; did you mean 'pii:contact.email'?
  std::string mobile;
};

[[clang::annotate("pii:payment.card")]] const char *token_for(int id);

void annotated_field(const Account &a) {
  printf("%s\n", a.login_id.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Account::login_id' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-15]]:56: note: 'Account::login_id' holds personal data (contact.email): annotated {{\[\[}}clang::annotate("pii:contact.email")]]
}

void annotation_beats_type(const Account &a) {
  printf("%d\n", a.at_home);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'Account::at_home' reaches a log [pii-log]
}

void annotated_function_and_parameter(
    int id, [[clang::annotate("pii:person.birth_date")]] const char *when) {
  puts(token_for(id));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.card) from 'token_for' reaches a log [pii-log]
  puts(when);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.birth_date) from 'when' reaches a log [pii-log]
}

void annotated_local(const char *raw) {
  [[clang::annotate("pii:person.full_name")]] const char *holder = raw;
  puts(holder);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'holder' reaches a log [pii-log]
}

void suppressed(const Account &a) {
  // pii:none: the support-desk number is public, not personal data.
  printf("%s\n", a.phone.c_str());
  // An unknown category does not make 'backup' a source.
  printf("%s\n", a.backup.c_str());
  printf("%s\n", a.mobile.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Account::mobile' reaches a log [pii-log]
}

// STDERR: piiflow: 6 findings (2 error, 4 warning, 0 note) in 1 of 1 translation units
