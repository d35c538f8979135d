// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// spdlog: the free functions log to the default logger, the methods of
// spdlog::logger to that logger, and the SPDLOG_* macros call
// spdlog::logger::log. Every argument is data.
#include <spdlog/spdlog.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  long iin;
  int attempts;
  const char *status;
};

void free_functions(const Partner &p) {
  spdlog::info("partner phone {}", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'spdlog::info'
  spdlog::error("bad iin {} after {} attempts", p.iin, p.attempts);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  spdlog::critical(p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void logger_methods(spdlog::logger &log, spdlog::logger *audit, const Partner &p) {
  log.warn("email {}", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'spdlog::logger::warn'
  audit->debug("phone {}", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void macros(const Partner &p) {
  SPDLOG_INFO("phone {}", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void not_personal(spdlog::logger &log, const Partner &p) {
  // A counter, a status and a literal are not personal data.
  spdlog::info("attempt {} status {}", p.attempts, p.status);
  log.trace("done");
  SPDLOG_ERROR("failed after {} attempts", p.attempts);
  spdlog::set_level(spdlog::level::debug);
}
