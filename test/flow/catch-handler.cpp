// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Catch handlers are analysed although the CFG has no exception edges: they start from what any point of the function may hold.
//
// Logging in a catch handler is the most common place to log a partner's
// details; the handler is code of the function like any other.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
};

void send_sms(const Partner &p);

void handler_after_a_call(const Partner &p) {
  try {
    send_sms(p);
  } catch (...) {
    fprintf(stderr, "could not send an SMS to %s\n", p.phone.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
}

void data_prepared_before_the_try(const Partner &p) {
  std::string to = p.email;
  try {
    send_sms(p);
  } catch (int code) {
    printf("error %d for %s\n", code, to.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  }
}
