// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Writing one element or a pointee ('buf[0] = c', '*s = c') is a weak update: the rest of the buffer keeps its data.
//
// Writing one character of a buffer leaves the rest of it: the buffer still
// holds the personal data (a weak update, unlike 'x = "safe"').
#include <cstring>
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *email;
};

void first_character_changed(const Partner &p) {
  char buf[32];
  strcpy(buf, p.phone);
  buf[0] = '8';
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void through_a_pointer(const Partner &p) {
  char *s = strdup(p.email);
  *s = 'X';
  puts(s);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}
