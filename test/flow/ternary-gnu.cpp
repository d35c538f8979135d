// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// GNU 'a ?: b' carries the data of both 'a' and 'b'.
//
// The GNU conditional with an omitted middle operand, 'a ?: b', is 'a' when
// 'a' is non-zero: it carries the data of 'a' as well as of 'b'.
#include <stdio.h>

struct Partner {
  const char *email;
  const char *phone;
};

void omitted_middle(const Partner &p) {
  puts(p.email ?: "no email");
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void fallback_arm(const Partner &p, const char *nickname) {
  puts(nickname ?: p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void not_personal(const char *nickname) {
  // Neither operand is personal data.
  puts(nickname ?: "anonymous");
}
