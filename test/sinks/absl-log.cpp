// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Abseil: LOG(INFO) << x inserts into absl::log_internal::LogMessage's
// InternalStream(), a log; so do VLOG(n) and DLOG(severity).
#include <absl/log/log.h>
#include <sstream>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void log_partner(const Partner &p) {
  LOG(INFO) << "partner " << p.phone << " updated";
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'absl::log_internal::LogMessage::operator<<'
  VLOG(2) << p.email;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  DLOG(WARNING) << "email " << p.email;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  LOG(FATAL) << p.phone;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // A count is not personal data.
  LOG(ERROR) << p.phone_count << " phones";
}

void not_a_log(const Partner &p) {
  // A string stream that is not absl's.
  std::ostringstream oss;
  oss << p.phone;
}
