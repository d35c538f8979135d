// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A field whose name ends in a category term holds personal data wherever it
// is read: through '.', '->', nested members and static members. Sources are
// named by their qualified name.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string partnerEmail;
  std::string status;
};

struct Order {
  Partner partner;
  const char *delivery_address;
};

namespace crm {
class Client {
public:
  std::string mobile_phone;
  static const char *support_email;
};
} // namespace crm

void dot(const Partner &p) {
  printf("%s\n", p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-21]]:15: note: 'Partner::phone' holds personal data (contact.phone): name 'phone' ends in the term 'phone' of contact.phone
  // CHECK-NEXT: :[[@LINE-3]]:18: note: 'Partner::phone' is read: contact.phone
}

void arrow_and_camel_case(const Partner *p) {
  printf("%s\n", p->partnerEmail.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::partnerEmail' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::partnerEmail' holds personal data (contact.email): name 'partnerEmail' ends in the term 'email' of contact.email
}

void nested(const Order &o) {
  printf("%s\n", o.partner.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  printf("%s\n", o.delivery_address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.address) from 'Order::delivery_address' reaches a log [pii-log]
}

void in_namespace(const crm::Client &c) {
  printf("%s\n", c.mobile_phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'crm::Client::mobile_phone' reaches a log [pii-log]
  printf("%s\n", crm::Client::support_email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'crm::Client::support_email' reaches a log [pii-log]
}

void not_personal(const Partner &p, const Order &o) {
  // A status field, and the partner object itself, are not sources.
  printf("%s\n", p.status.c_str());
  printf("%p\n", (const void *)&o.partner);
}

struct Courier {
  std::string phone;
  void dump() const {
    // A field read inside a member function, with and without 'this->'.
    printf("%s\n", phone.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Courier::phone' reaches a log [pii-log]
    // CHECK-NEXT: :[[@LINE-5]]:15: note: 'Courier::phone' holds personal data (contact.phone)
    // CHECK-NEXT: :[[@LINE-3]]:20: note: 'Courier::phone' is read: contact.phone
    puts(this->phone.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Courier::phone' reaches a log [pii-log]
  }
};
