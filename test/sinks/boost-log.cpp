// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Boost.Log: BOOST_LOG_TRIVIAL and BOOST_LOG_SEV insert into a record
// pump's stream, and a record_ostream opened by hand is the same stream.
#include <boost/log/trivial.hpp>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void trivial(const Partner &p) {
  BOOST_LOG_TRIVIAL(info) << "partner " << p.phone << " updated";
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'boost::log::basic_formatting_ostream::operator<<'
  // A count is not personal data.
  BOOST_LOG_TRIVIAL(warning) << p.phone_count << " phones";
}

void severity(boost::log::sources::severity_logger<int> &lg, const Partner &p) {
  BOOST_LOG_SEV(lg, 3) << p.email;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void by_hand(boost::log::record &rec, const Partner &p) {
  boost::log::record_ostream strm(rec);
  strm << p.email;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  strm.flush();
}
