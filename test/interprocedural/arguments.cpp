// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Data passed to a function that logs its parameter: the finding is at the
// library call inside the wrapper, with the caller's steps in the path.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  int visits;
};

void log_value(const char *value) { puts(value); }
// CHECK: :[[@LINE-1]]:37: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
// CHECK-NEXT: note: 'Partner::email' holds personal data
// CHECK-NEXT: :[[@LINE+12]]:13: note: 'Partner::email' is read: contact.email
// CHECK-NEXT: :[[@LINE+11]]:3: note: passed as argument 1 to 'log_value'
// CHECK-NEXT: :[[@LINE-5]]:16: note: 'value' is parameter 1 of 'log_value'
// CHECK-NEXT: :[[@LINE-6]]:37: note: reaches a log through 'puts'

// Two levels of wrappers.
void log_line(const std::string &line) { log_value(line.c_str()); }
void audit(const std::string &what, const std::string &detail) {
  log_line(what + ": " + detail);
}

void caller(const Partner &p) {
  log_value(p.email);
  audit("partner", p.phone);
}
// CHECK: :14:37: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]

// A helper that only measures its argument passes nothing on.
size_t length_of(const std::string &s) { return s.size(); }
void measured(const Partner &p) {
  printf("%zu\n", length_of(p.phone));
}

// A helper that logs its second argument only.
void tagged(const std::string &tag, const std::string &text) {
  puts(tag.c_str());
  (void)text;
}
void tag_only(const Partner &p) { tagged("partner", p.phone); }
