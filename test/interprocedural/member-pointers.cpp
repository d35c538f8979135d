// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A call through a pointer to a member function may run any method of that
// class and signature whose member pointer the program takes; not a free
// function of the same signature, and not a method never taken.
#include <stdio.h>

struct Partner {
  const char *phone;
};

class Handler {
public:
  void print(const char *text) { puts(text); }
  // CHECK: :[[@LINE-1]]:34: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: 'Partner::phone' is read: contact.phone
  // CHECK: note: passed as argument 1 through a pointer to 'Handler::print'
  // CHECK: note: 'text' is parameter 1 of 'Handler::print'
  void quiet(const char *) {}
  // Never taken as a member pointer: not a candidate.
  void loud(const char *text) { fprintf(stderr, "%s\n", text); }
};

// The same signature, but a free function: not a candidate.
void free_print(const char *text) { fprintf(stdout, "%s\n", text); }
void (*keep)(const char *) = &free_print;

using Action = void (Handler::*)(const char *);

void dispatch(Handler &h, Action a, const Partner &p) { (h.*a)(p.phone); }

void setup(Handler &h, const Partner &p, bool verbose) {
  dispatch(h, verbose ? &Handler::print : &Handler::quiet, p);
}
