// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// log4cxx: the LOG4CXX_* macros stream the message into a MessageBuffer and
// call Logger::forcedLog; the level methods log their message.
#include <log4cxx/logger.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void macros(log4cxx::LoggerPtr logger, const Partner &p) {
  LOG4CXX_INFO(logger, "partner " << p.phone << " updated");
  // The call is spelled inside the macro: the finding is at its first
  // token written here, the logger.
  // CHECK: :[[@LINE-3]]:16: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-4]]:3: note: added to 'oss_' by 'operator<<'
  // CHECK: :[[@LINE-5]]:16: note: reaches a log through 'log4cxx::Logger::forcedLog'
  LOG4CXX_ERROR(logger, p.email);
  // CHECK: :[[@LINE-1]]:17: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // A count is not personal data.
  LOG4CXX_WARN(logger, p.phone_count << " phones");
}

void methods(log4cxx::LoggerPtr logger, const Partner &p) {
  logger->info("email " + p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  logger->forcedLog(log4cxx::Level::getDebug(), p.phone, LOG4CXX_LOCATION);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  logger->warn("no phone");
}
