// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Recursive and mutually recursive functions: summaries reach a fixpoint.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
};

void log_tail(const std::string &s, int depth) {
  if (depth == 0) {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
    return;
  }
  log_tail(s + ".", depth - 1);
}

std::string ping(const std::string &s, int n);
std::string pong(const std::string &s, int n) { return n ? ping(s, n - 1) : s; }
std::string ping(const std::string &s, int n) { return n ? pong(s, n - 1) : s; }

void recursive(const Partner &p) { log_tail(p.phone, 3); }

void mutual(const Partner &p) {
  fputs(ping(p.phone, 4).c_str(), stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void mutual_clean() {
  fputs(ping("constant", 4).c_str(), stderr);
}

// A function that calls only itself, moving its argument each time: the
// summary iterates to a fixpoint.
void rotate(const char *a, const char *b, const char *c, int n) {
  if (!n) {
    puts(c);
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
    return;
  }
  rotate("", a, b, n - 1);
}
void rotated(const Partner &p) { rotate(p.phone.c_str(), "", "", 3); }
