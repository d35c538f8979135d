// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Inserting into std::cout, std::cerr or std::clog is a log. The finding is
// reported at the start of the chain (the stream), whatever its position.
#include <iostream>
#include <sstream>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  long iin;
  std::string status;
  int phone_count;
};

void cout_chain(const Partner &p) {
  std::cout << "phone: " << p.phone << std::endl;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-3]]:29: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'std::operator<<'
}

void cerr_number(const Partner &p) {
  std::cerr << "IIN " << p.iin << '\n';
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'std::basic_ostream::operator<<'
}

void clog_multiline(const Partner &p, bool verbose) {
  if (verbose)
    std::clog << "partner "
              << p.status
              << " "
              << p.email;
  // CHECK: :[[@LINE-4]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:18: note: 'Partner::email' is read: contact.email
}

void unqualified(const Partner &p) {
  using namespace std;
  cout << p.email << endl;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void two_categories_one_chain(const Partner &p) {
  std::cout << p.email << " / " << p.phone << "\n";
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A status, a count and a length are not personal data.
  std::cout << "status " << p.status << ", " << p.phone_count << " phones" << std::endl;
  std::cerr << p.email.size() << std::endl;
}

void string_stream_is_not_a_log(const Partner &p) {
  // Inserting into a string stream moves the data into it; it is never
  // printed here.
  std::ostringstream oss;
  oss << "phone " << p.phone;
  std::cout << "built a message" << std::endl;
}
