// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Where control flow joins, a variable holds what any incoming path put in it;
// a path on which nothing was put in carries nothing.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string status;
  int kind;
};

void if_else_join(const Partner &p, bool by_email) {
  std::string contact;
  if (by_email)
    contact = p.email;
  else
    contact = p.phone;
  puts(contact.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:5: note: assigned to 'contact'
  // CHECK: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:5: note: assigned to 'contact'
}

void only_then_branch(const Partner &p, bool verbose) {
  std::string detail = "-";
  if (verbose) {
    detail = p.phone;
  }
  puts(detail.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void switch_cases(const Partner &p) {
  std::string shown;
  switch (p.kind) {
  case 0:
    shown = p.status;
    break;
  case 1:
    shown = p.email;
    break;
  default:
    shown = "?";
  }
  puts(shown.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void sink_inside_branch(const Partner &p, bool debug) {
  if (debug)
    printf("debug: %s\n", p.email.c_str());
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void other_path(const Partner &p, bool flag) {
  // The else branch prints 's', but on that path nothing was put in it.
  std::string s;
  if (flag)
    s = p.phone;
  else
    puts(s.c_str());
}

void both_branches_clean(const Partner &p, bool flag) {
  // Every path overwrites the phone before the join.
  std::string s = p.phone;
  if (flag)
    s = "yes";
  else
    s = "no";
  puts(s.c_str());
}

void early_return(const Partner &p, bool quiet) {
  // The path that holds the phone returns before the print.
  std::string s = "anonymous";
  if (!quiet) {
    s = p.phone;
    return;
  }
  puts(s.c_str());
}
