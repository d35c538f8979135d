// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// The C string functions move data into a char buffer: strcpy, strncpy,
// strcat, strncat, memcpy, strdup, sprintf and snprintf.
#include <cstring>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  long iin;
  const char *status;
};

void strcpy_then_puts(const Partner &p) {
  char buf[32];
  strcpy(buf, p.phone.c_str());
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-4]]:15: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: added to 'buf' by 'strcpy'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: reaches a log through 'puts'
}

void snprintf_then_puts(const Partner &p) {
  char line[64];
  snprintf(line, sizeof line, "partner <%s>", p.email);
  puts(line);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'line' by 'snprintf'
}

void sprintf_number(const Partner &p) {
  char line[32];
  sprintf(line, "%ld", p.iin);
  puts(line);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'line' by 'sprintf'
}

void strcat_after_literal(const Partner &p) {
  char buf[96];
  std::strcpy(buf, "to: ");
  std::strcat(buf, p.email);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'buf' by 'strcat'
}

void bounded_and_raw_copies(const Partner &p) {
  char a[16], b[16], c[16];
  strncpy(a, p.email, sizeof a);
  strncat(b, p.phone.c_str(), 4);
  memcpy(c, p.phone.data(), 8);
  printf("%s %s %s\n", a, b, c);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:3: note: added to 'a' by 'strncpy'
  // CHECK: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void duplicated(const Partner &p) {
  char *copy = strdup(p.email);
  puts(copy);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: stored in 'copy'
}

void not_personal(const Partner &p) {
  // Only literals and a status go into the buffers.
  char buf[64];
  strcpy(buf, "status: ");
  strcat(buf, p.status);
  puts(buf);
  char other[64];
  snprintf(other, sizeof other, "%d", 42);
  puts(other);
}

void filled_but_other_buffer_logged(const Partner &p) {
  // The email goes into 'hidden'; only 'shown' is logged.
  char hidden[64], shown[64];
  strcpy(hidden, p.email);
  strcpy(shown, "ok");
  puts(shown);
}
