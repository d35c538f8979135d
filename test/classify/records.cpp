// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A record that holds personal data, passed whole to a sink, leaks the
// categories of the fields that the code it is passed to reads.
#include <iostream>
#include <sstream>
#include <string>

struct Contact {
  std::string email;
};
struct Partner {
  int id;
  std::string phone;
  Contact contact;
  std::string iin;
};

// Reads only the id and the contact's email: only the email leaks.
std::ostream &operator<<(std::ostream &os, const Partner &p) {
  return os << p.id << ' ' << p.contact.email;
}

void print(const Partner &partner) {
  std::cout << partner;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Contact::email' reaches a log [pii-log]
  // CHECK: note: 'partner' is passed whole to 'operator<<', which reads 'Contact::email'
}

// Into a string stream first: the record's data moves into the stream.
void via_stream(const Partner &partner) {
  std::ostringstream oss;
  oss << partner;
  std::clog << oss.str();
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Contact::email' reaches a log [pii-log]
}

// The printer's body is not visible here: every personal field may leak.
struct Visit {
  int id;
  std::string ip_address;
  std::string user_agent;
};
std::ostream &operator<<(std::ostream &os, const Visit &v);

void print_visit(const Visit &visit) {
  std::cerr << visit;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.info) from 'Visit::user_agent' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (network.ip_address) from 'Visit::ip_address' reaches a log [pii-log]
  // CHECK: note: 'visit' is passed whole to 'operator<<'; 'Visit' holds 'Visit::ip_address'
}

// A record without personal fields is not personal data.
struct Stats {
  int phone_count;
  int requests;
};
std::ostream &operator<<(std::ostream &os, const Stats &s);
void print_stats(const Stats &stats) { std::cout << stats; }

// A printer that reads no personal field leaks nothing.
struct Ticket {
  int number;
  std::string email;
};
std::ostream &operator<<(std::ostream &os, const Ticket &t) {
  return os << t.number;
}
void print_ticket(const Ticket &ticket) { std::cout << ticket; }
