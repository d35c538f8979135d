// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Calls through function pointers and std::function reach the functions
// whose address the program takes, with the same signature.
#include <functional>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
};

void print_line(const std::string &s) { puts(s.c_str()); }
// CHECK: :[[@LINE-1]]:41: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
void print_count(int n) { printf("%d\n", n); }
// Never has its address taken: not a target.
void print_other(const std::string &s) { fputs(s.c_str(), stderr); }

using Handler = void (*)(const std::string &);

void dispatch(Handler h, const Partner &p) { h(p.phone); }

void install(const Partner &p) {
  dispatch(&print_line, p);
  void (*counter)(int) = print_count;
  counter(7);
}

void through_std_function(const Partner &p) {
  std::function<void(const std::string &)> f = [](const std::string &s) {
    fprintf(stderr, "%s\n", s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  };
  f(p.phone);
}
