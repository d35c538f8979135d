// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A stream held in a local pointer or reference is the stream it is bound to.
#include <stdio.h>
#include <iostream>

struct Partner {
  const char *phone;
};

void to_file_pointer(const Partner &p) {
  FILE *out = stderr;
  fprintf(out, "%s\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void to_stream_reference(const Partner &p) {
  std::ostream &os = std::cerr;
  os << p.phone;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void to_a_file(const Partner &p, FILE *log_file) {
  // A FILE* parameter is not known to be a console stream: a file, so
  // storage rather than a log.
  FILE *out = log_file;
  fprintf(out, "%s\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
}
