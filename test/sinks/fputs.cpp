// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// fputs is a log when its stream (the second argument) is stderr or stdout.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  const char *status;
};

void to_stderr(const Partner &p) {
  fputs(p.email, stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::email' holds personal data (contact.email)
  // CHECK-NEXT: :[[@LINE-3]]:9: note: 'Partner::email' is read: contact.email
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'fputs'
}

void to_stdout(const Partner &p) {
  fputs(p.phone.c_str(), stdout);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void to_a_file(const Partner &p, FILE *out) {
  // A FILE* that is neither stderr nor stdout is storage, not a log.
  fputs(p.email, out);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  FILE *f = fopen("partners.txt", "a");
  fputs(p.phone.c_str(), f);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  fclose(f);
}

void not_personal(const Partner &p) {
  // A status field and a literal are not personal data.
  fputs(p.status, stderr);
  fputs("\n", stdout);
}
