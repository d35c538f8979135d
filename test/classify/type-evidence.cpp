// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Types are evidence: a strong type or a typedef named after the data is
// the data; a listed type (sockaddr_in) is an IP address; sizes and
// counts are not personal data whatever their names.
#include <stdio.h>
#include <stddef.h>
#include <string>
#include <netinet/in.h>

class PhoneNumber {
public:
  const char *c_str() const;
};
using Iin = std::string;
typedef unsigned long long CardNumber;

struct Order {
  PhoneNumber contact;    // the type says it
  Iin owner;              // a typedef says it
  CardNumber paid_with;   // an integer typedef says it
  sockaddr_in client;     // a listed type says it
  size_t phone;           // a size, whatever the name
};

void log_order(const Order &o) {
  puts(o.contact.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Order::contact' reaches a log [pii-log]
  // CHECK: note: 'Order::contact' holds personal data (contact.phone): type 'PhoneNumber' is named after the term 'phone number' of contact.phone
  puts(o.owner.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Order::owner' reaches a log [pii-log]
  printf("%llu\n", o.paid_with);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.card) from 'Order::paid_with' reaches a log [pii-log]
  printf("%u\n", o.client.sin_addr.s_addr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (network.ip_address) from 'Order::client' reaches a log [pii-log]
  // 'phone' is a size_t: a count, not a phone number.
  printf("%zu\n", o.phone);
}

// A type named at length around a term is about the data, not the data.
struct SecurityEventInvalidPassword { int reason; };
struct Audit {
  SecurityEventInvalidPassword event;
};
void audit(const Audit &a) { printf("%d\n", a.event.reason); }
