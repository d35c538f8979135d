// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// fprintf, vfprintf and fwrite are logs only when the stream is stderr or
// stdout; every argument after the stream is data.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  const char *email;
  const char *status;
};

void to_stderr(const Partner &p) {
  fprintf(stderr, "cannot reach %s\n", p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'fprintf'
}

void to_stdout(const Partner &p) {
  fprintf(stdout, "%s\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void format_string_on_stderr(const Partner &p) {
  fprintf(stderr, p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void v_to_stderr(const Partner &p, va_list ap) {
  vfprintf(stderr, p.email, ap);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'vfprintf'
}

void fwrite_to_stderr(const Partner &p) {
  fwrite(p.phone.data(), 1, p.phone.size(), stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'fwrite'
}

void to_a_file(const Partner &p) {
  // A FILE* from fopen is a file: storage, not a log.
  FILE *f = fopen("partners.txt", "a");
  fprintf(f, "%s %s\n", p.phone.c_str(), p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  fwrite(p.phone.data(), 1, p.phone.size(), f);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  fclose(f);
}

void not_personal(const Partner &p) {
  // A status field is not personal data.
  fprintf(stderr, "status: %s\n", p.status);
}
