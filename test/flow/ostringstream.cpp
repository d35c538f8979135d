// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Inserting into a std::ostringstream moves the data into the stream, and
// str() takes it out again.
#include <iostream>
#include <sstream>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  long iin;
  std::string status;
  int attempts;
};

void build_then_log(const Partner &p) {
  std::ostringstream oss;
  oss << "partner " << p.phone << " failed";
  std::string line = oss.str();
  puts(line.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-5]]:24: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-6]]:3: note: added to 'oss' by 'operator<<'
  // CHECK-NEXT: :[[@LINE-6]]:3: note: stored in 'line'
  // CHECK-NEXT: :[[@LINE-6]]:3: note: reaches a log through 'puts'
}

void number_member_operator(const Partner &p) {
  std::ostringstream oss;
  oss << p.iin;
  std::cerr << oss.str() << std::endl;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: added to 'oss' by 'operator<<'
}

void separate_statements(const Partner &p) {
  std::ostringstream oss;
  oss << "to: ";
  oss << p.email;
  oss << "; attempts: " << p.attempts;
  printf("%s\n", oss.str().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void stringstream(const Partner &p) {
  std::stringstream ss;
  ss << p.email;
  puts(ss.str().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // Only a status and a counter go into the stream.
  std::ostringstream oss;
  oss << "status " << p.status << ", attempts " << p.attempts;
  puts(oss.str().c_str());
}

void other_stream_not_logged(const Partner &p) {
  // The personal data goes into 'hidden', but only 'shown' is logged.
  std::ostringstream hidden, shown;
  hidden << p.phone;
  shown << "partner " << p.status;
  puts(shown.str().c_str());
}
