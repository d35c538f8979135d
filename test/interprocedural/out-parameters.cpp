// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Functions that write personal data into their caller's variables through
// references and pointers.
#include <stdio.h>
#include <string.h>
#include <string>

struct Partner {
  std::string phone;
  char email[64];
};

void format_contact(const Partner &p, std::string &out) { out = "tel " + p.phone; }
void copy_email(const Partner &p, char *buf) { strcpy(buf, p.email); }
void count_into(const Partner &p, size_t &n) { n = p.phone.size(); }

void by_reference(const Partner &p) {
  std::string text;
  format_contact(p, text);
  puts(text.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: written into 'text' by 'format_contact'
}

void by_pointer(const Partner &p) {
  char buf[64];
  copy_email(p, buf);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void counted(const Partner &p) {
  // A count of characters is no personal data.
  size_t n = 0;
  count_into(p, n);
  printf("%zu\n", n);
}
