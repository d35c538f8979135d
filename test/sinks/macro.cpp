// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Logging is usually done through macros. A sink expanded from a macro is
// reported where the macro is used, and the read of the source where the
// argument is written.
#include <stdio.h>
#include <string>
#include <syslog.h>

#define LOG_LINE(text) printf("[app] %s\n", text)
#define LOGF(fmt, ...) syslog(LOG_INFO, fmt, __VA_ARGS__)
#define DEBUG_PARTNER(p) fprintf(stderr, "partner %s\n", (p).email)
#define CHECK_OK(cond) ((cond) ? (void)0 : perror("check failed: " #cond))

struct Partner {
  std::string phone;
  const char *email;
  long iin;
  int attempts;
};

void function_like(const Partner &p) {
  LOG_LINE(p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data (contact.phone)
  // CHECK-NEXT: :[[@LINE-3]]:12: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-4]]:3: note: reaches a log through 'printf'
}

void variadic(const Partner &p) {
  LOGF("login %s (%ld)", p.email, p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void source_inside_the_macro(const Partner &p) {
  DEBUG_PARTNER(p);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // The macro logs a counter and a stringized condition: the text of the
  // code, not the data.
  LOGF("%d attempts", p.attempts);
  CHECK_OK(p.email != nullptr);
}
