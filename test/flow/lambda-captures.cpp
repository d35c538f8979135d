// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A lambda's captures travel with the closure: calling it, directly or
// through std::function, runs its body with them.
#include <functional>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string status;
};

void by_copy(const Partner &p) {
  std::string number = p.phone;
  auto print = [number]() { puts(number.c_str()); };
  // CHECK: :[[@LINE-1]]:29: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  print();
}

void through_std_function(const Partner &p) {
  std::string s = p.status + p.phone;
  std::function<void()> later = [s]() { fputs(s.c_str(), stderr); };
  // CHECK: :[[@LINE-1]]:41: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  later();
}

void status_only(const Partner &p) {
  // The closure captures the status, which is not personal data.
  std::string st = p.status;
  auto print = [st]() { puts(st.c_str()); };
  print();
}
