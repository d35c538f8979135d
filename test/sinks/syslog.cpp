// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// syslog and vsyslog are logs; the format and the values after the priority
// are data.
#include <string>
#include <syslog.h>

struct Partner {
  std::string phone;
  const char *email;
  const char *sms_code;
  const char *status;
  int priority;
};

void value(const Partner &p) {
  syslog(LOG_INFO, "partner %s logged in", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::email' holds personal data (contact.email)
  // CHECK-NEXT: :[[@LINE-3]]:44: note: 'Partner::email' is read: contact.email
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'syslog'
}

void std_string_value(const Partner &p) {
  syslog(LOG_AUTH | LOG_WARNING, "sms code %s sent to %s", p.sms_code,
         p.phone.c_str());
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:3: warning: personal data (message.sms) from 'Partner::sms_code' reaches a log [pii-log]
}

void format_string(const Partner &p) {
  syslog(LOG_ERR, p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void v_form(const Partner &p, va_list ap) {
  vsyslog(LOG_DEBUG, p.email, ap);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'vsyslog'
}

void not_personal(const Partner &p) {
  // The status is not personal data, nor is the priority.
  syslog(p.priority, "status %s", p.status);
}
