// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// The std::string members that add text to a string (append, assign, insert,
// push_back) move the data into it.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  std::string full_name;
  std::string status;
};

void append_member(const Partner &p) {
  std::string out = "phone=";
  out.append(p.phone);
  puts(out.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-4]]:14: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: added to 'out' by 'append'
  // CHECK-NEXT: :[[@LINE-5]]:3: note: reaches a log through 'puts'
}

void append_chain(const Partner &p) {
  std::string out;
  out.append("<").append(p.email).append(">");
  puts(out.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void assign_member(const Partner &p) {
  std::string who;
  who.assign(p.full_name);
  puts(who.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'Partner::full_name' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'who' by 'assign'
}

void insert_member(const Partner &p) {
  std::string msg = "[] sent";
  msg.insert(1, p.email);
  puts(msg.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'msg' by 'insert'
}

void push_back_member(const Partner &p) {
  std::string initials;
  initials.push_back(p.full_name[0]);
  puts(initials.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'Partner::full_name' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'initials' by 'push_back'
}

void temporary(const Partner &p) {
  puts(std::string("to ").append(p.email).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // Only the status and literals are added.
  std::string out;
  out.append("status ").append(p.status);
  out.insert(0, "[");
  out.push_back(']');
  puts(out.c_str());
}
