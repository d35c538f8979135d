// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// printf and wprintf are logs, and every argument is data: the format string
// as much as the values after it.
#include <cstdio>
#include <stdio.h>
#include <string>
#include <wchar.h>

struct Partner {
  std::string phone;
  const char *email;
  long iin;
  const wchar_t *full_name;
  int attempts;
  const char *status;
};

void string_argument(const Partner &p) {
  printf("phone=%s\n", p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone): name 'phone' ends in the term 'phone' of contact.phone
  // CHECK-NEXT: :[[@LINE-3]]:24: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'printf'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: policy 3.5.1, 4.3 (a log); contact.phone is declared in 3.1, 3.4
}

void later_argument(const Partner &p) {
  printf("attempt %d of %d for %s\n", p.attempts, 3, p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:54: note: 'Partner::email' is read: contact.email
}

void format_string(const Partner &p) {
  printf(p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void numeric_value(const Partner &p) {
  printf("%ld\n", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: policy 3.5.1, 4.3 (a log); person.national_id is declared in 3.4
}

void qualified_call(const Partner &p) {
  std::printf("%s\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void wide(const Partner &p) {
  wprintf(L"%ls\n", p.full_name);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'Partner::full_name' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'wprintf'
}

void not_personal(const Partner &p) {
  // A literal, a counter and a status are not personal data.
  printf("attempt %d: %s\n", p.attempts, p.status);
  printf("done\n");
}

void formatted_into_memory(const Partner &p) {
  // sprintf writes into a buffer, not a log; the buffer is never logged.
  char buf[64];
  sprintf(buf, "%s", p.email);
}
