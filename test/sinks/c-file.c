// RUN: not piiflow scan %s -- -std=c11 -nostdinc -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// C sources are analysed too: struct fields in C have no class scope, but are
// named after their struct.
#include <stdio.h>
#include <string.h>

struct Partner {
  char phone[16];
  char email[64];
  int phone_count;
  char status[8];
};

void print_phone(const struct Partner *p) {
  printf("%s\n", p->phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-3]]:18: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'printf'
}

void copy_then_print(const struct Partner *p) {
  char line[96];
  strcpy(line, "email: ");
  strcat(line, p->email);
  fprintf(stderr, "%s\n", line);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'line' by 'strcat'
}

void not_personal(const struct Partner *p) {
  // A count of phones and a status are not personal data.
  printf("%d phones, %s\n", p->phone_count, p->status);
}
