// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// glog: LOG(INFO) << x inserts into google::LogMessage::stream(), a log.
#include <glog/logging.h>
#include <sstream>
#include <string>

struct Partner {
  std::string phone;
  int phone_count;
};

void log_partner(const Partner &p) {
  LOG(INFO) << "partner " << p.phone << " updated";
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  VLOG(2) << p.phone;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // A count is not personal data.
  LOG(WARNING) << p.phone_count << " phones";
}

void not_a_log(const Partner &p) {
  // A string stream that is not glog's.
  std::ostringstream oss;
  oss << p.phone;
}
