// RUN: not piiflow scan %s %S/../Inputs/same-function-second-unit.cpp -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan %S/../Inputs/same-function-second-unit.cpp %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Two programs in one database may each define main(): bodies are told apart by USR and definition site, so both keep their findings, in any file order.
//
// Two programs of one project each have their own main(). Each main() is a
// different function with its own flows, and the findings of both are
// reported, in whichever order the files are given.
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *email;
};

Partner load(int argc, char **argv);

// CHECK: Inputs/same-function-second-unit.cpp:9:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]

int main(int argc, char **argv) {
  Partner p = load(argc, argv);
  puts(p.email);
  // CHECK: flow/same-function-two-units.cpp:[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  return 0;
}
