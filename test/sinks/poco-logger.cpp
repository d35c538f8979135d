// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// POCO: the level methods of Poco::Logger log their message.
#include <Poco/Logger.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  long iin;
  int attempts;
};

void levels(Poco::Logger &log, const Partner &p) {
  log.information("partner phone " + p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'Poco::Logger::information'
  Poco::Logger::get("audit").warning(p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  log.error("bad iin %ld", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void macro(Poco::Logger &log, const Partner &p) {
  poco_information(log, p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(Poco::Logger &log, const Partner &p) {
  // Testing a level logs nothing; a counter is not personal data.
  if (log.debug())
    log.debug("attempt " + std::to_string(p.attempts));
  log.notice("done");
}
