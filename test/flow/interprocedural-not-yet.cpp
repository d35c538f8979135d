// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning: --allow-empty
//
// Flows that cross a function boundary are not followed yet: interprocedural
// flows are issue 5. Each case below leaks personal data, and each is missed
// today; when issue 5 lands, these become findings and this test changes.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
};

// Inside the callee the parameter is not named as personal data, so the
// callee alone has no finding.
void log_value(const char *value) { puts(value); }
void log_line(const std::string &line) { printf("%s\n", line.c_str()); }

// A helper whose name is not a category term returns the phone.
std::string describe(const Partner &p) { return "partner " + p.phone; }

void argument_to_a_logging_helper(const Partner &p) {
  // Interprocedural flows are issue 5.
  log_value(p.email);
  log_line(p.phone);
}

void return_value_of_a_helper(const Partner &p) {
  // Interprocedural flows are issue 5.
  puts(describe(p).c_str());
}

void out_parameter(const Partner &p, std::string &out);
void through_an_out_parameter(const Partner &p) {
  // Interprocedural flows are issue 5 (and the callee has no body here).
  std::string text;
  out_parameter(p, text);
  puts(text.c_str());
}
