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
