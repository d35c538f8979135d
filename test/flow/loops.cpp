// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Data flows around loops: what one iteration stores, the next can print,
// and what the loop accumulates reaches the code after it.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  std::string status;
};

void loop_carried(const Partner &p, int n) {
  std::string previous = "start";
  for (int i = 0; i < n; ++i) {
    puts(previous.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
    // CHECK: :[[@LINE+1]]:5: note: assigned to 'previous'
    previous = p.phone;
  }
}

void accumulate(const Partner *partners, int n) {
  std::string all;
  for (int i = 0; i < n; ++i) {
    all += partners[i].email;
    all += ",";
  }
  puts(all.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:5: note: added to 'all' by 'operator+='
}

void while_loop(const Partner &p, int n) {
  std::string msg;
  while (n-- > 0)
    msg = msg + p.phone;
  puts(msg.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void range_for(const Partner (&partners)[3]) {
  for (const Partner &q : partners)
    printf("%s\n", q.email);
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void do_while(const Partner &p, int n) {
  const char *last = "";
  do {
    last = p.email;
  } while (--n > 0);
  puts(last);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void cleared_every_iteration(const Partner &p, int n) {
  // Every iteration overwrites 'current' before it ends, and the loop may not
  // run at all: after it, 'current' holds nothing personal.
  std::string current;
  for (int i = 0; i < n; ++i) {
    current = p.phone;
    current = p.status;
  }
  puts(current.c_str());
}

void not_personal(const Partner *partners, int n) {
  // Only statuses are gathered.
  std::string all;
  for (int i = 0; i < n; ++i)
    all += partners[i].status;
  puts(all.c_str());
}
