// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A called function whose name ends in a category term, and that returns a
// value that is neither void nor bool, is a source: its result is the data.
#include <iostream>
#include <stdio.h>
#include <string>

class Subscriber {
public:
  std::string email() const;
  const std::string &getPhone() const;
  bool hasPhone() const;
  void setPhone(const std::string &value);
  int phoneCount() const;
  std::string status() const;
};

const char *getEmail(int id);
std::string partner_full_name(int id) { return "Ivanov Ivan"; }

void member_getter(const Subscriber &s) {
  printf("%s\n", s.email().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Subscriber::email' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-14]]:15: note: 'Subscriber::email' holds personal data (contact.email): name 'email' ends in the term 'email' of contact.email
  // CHECK-NEXT: :[[@LINE-3]]:18: note: call to 'Subscriber::email' returns contact.email
}

void get_prefix(const Subscriber &s) {
  std::cout << s.getPhone() << "\n";
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Subscriber::getPhone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:16: note: call to 'Subscriber::getPhone' returns contact.phone
}

void free_functions(int id) {
  puts(getEmail(id));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'getEmail' reaches a log [pii-log]
  puts(partner_full_name(id).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'partner_full_name' reaches a log [pii-log]
}

void not_sources(Subscriber &s) {
  // A bool answers a question about the phone; it is not the phone.
  printf("%d\n", s.hasPhone());
  // A void function returns nothing to log.
  s.setPhone("+70000000000");
  puts("phone updated");
  // A count of phones, and a status, are not personal data.
  printf("%d %s\n", s.phoneCount(), s.status().c_str());
}
