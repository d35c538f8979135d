// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Lambda bodies are analysed like functions.
//
// A lambda's body is a function like any other: a source read in it that
// reaches a sink in it is a finding, at the sink inside the lambda.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  const char *status;
};

void captured_source(const Partner &p) {
  auto log = [&] { puts(p.email); };
  // CHECK: :[[@LINE-1]]:20: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  log();
}

void parameter_source() {
  auto log = [](const std::string &phone) { printf("%s\n", phone.c_str()); };
  // CHECK: :[[@LINE-1]]:45: warning: personal data (contact.phone) from 'phone' reaches a log [pii-log]
  log("+70000000000");
}

void not_personal(const Partner &p) {
  // The lambda logs only the status.
  auto log = [&] { puts(p.status); };
  log();
}
