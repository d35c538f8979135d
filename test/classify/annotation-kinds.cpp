// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// [[clang::annotate("pii:<category>")]] and "pii:none" override the names of
// parameters, variables and functions as they do for fields.
#include <stdio.h>

void parameter(const char *blob [[clang::annotate("pii:biometric")]]) {
  puts(blob);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (biometric) from 'blob' reaches a log [pii-log]
}

void parameter_none(const char *phone [[clang::annotate("pii:none")]]) {
  // Annotated: this 'phone' is the office's own number, not personal data.
  puts(phone);
}

[[clang::annotate("pii:location.geo")]] const char *last_fix;

void variable() {
  puts(last_fix);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'last_fix' reaches a log [pii-log]
  [[clang::annotate("pii:none")]] const char *email = "noreply";
  // Annotated: a constant address of the system, not a partner's.
  puts(email);
}

[[clang::annotate("pii:credential.secret")]] const char *current();
[[clang::annotate("pii:none")]] const char *support_phone();

void functions() {
  puts(current());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (credential.secret) from 'current' reaches a log [pii-log]
  puts(support_phone());
}
