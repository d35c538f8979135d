// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// std::move and std::forward return their argument: moving a string moves
// its data.
#include <stdio.h>
#include <string>
#include <utility>

struct Partner {
  std::string phone;
  std::string email;
  std::string status;
};

void move_construct(const Partner &p) {
  std::string a = p.phone;
  std::string b = std::move(a);
  puts(b.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-5]]:19: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-6]]:3: note: stored in 'a'
  // CHECK-NEXT: :[[@LINE-6]]:3: note: stored in 'b'
  // CHECK-NEXT: :[[@LINE-6]]:3: note: reaches a log through 'puts'
}

void move_assign(const Partner &p) {
  std::string tmp = p.email;
  std::string out = "none";
  out = std::move(tmp);
  puts(out.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: assigned to 'out'
}

void move_from_field(Partner &p) {
  std::string taken = std::move(p.phone);
  puts(taken.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

template <class T> void log_forwarded(T &&value) {
  std::string s(std::forward<T>(value));
  puts(s.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: note: passed as argument 1 to 'log_forwarded'
}

void forward(const Partner &p) {
  // The forwarding template is analysed in its instantiation, and the call
  // leads into it.
  log_forwarded(p.email);
  std::string e = p.email;
  std::string f = std::forward<std::string &>(e);
  puts(f.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // Moving a status moves nothing personal.
  std::string s = p.status;
  std::string t = std::move(s);
  puts(t.c_str());
}
