// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// std::operator+ and the compound '+=' carry the data of every operand.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string status;
  long iin;
};

void plus_left_and_right(const Partner &p) {
  std::string msg = "phone " + p.phone + " (" + p.status + ")";
  puts(msg.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-4]]:32: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: stored in 'msg'
  std::string tail = p.status + ": " + p.email;
  puts(tail.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void plus_in_the_call(const Partner &p) {
  printf("%s\n", ("to: " + p.email).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void plus_equals(const Partner &p) {
  std::string line = "partner";
  line += " ";
  line += p.phone;
  line += ".";
  puts(line.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-4]]:3: note: added to 'line' by 'operator+='
}

void arithmetic_compound(const Partner &p) {
  long checksum = 0;
  checksum += p.iin;
  printf("%ld\n", checksum);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: note: assigned to 'checksum'
}

void not_personal(const Partner &p) {
  // Only literals and a status are concatenated.
  std::string msg = "status " + p.status + "!";
  msg += " done";
  puts(msg.c_str());
}
