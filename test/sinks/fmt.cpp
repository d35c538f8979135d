// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// {fmt}: fmt::print with no stream writes to stdout, a log; with a FILE* it
// is a log for stderr and stdout and storage for any other file; with a
// std::ostream a log for the standard streams and storage for a file
// stream. fmt::format and fmt::to_string carry the data into their string.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fstream>
#include <iostream>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  long iin;
  int attempts;
};

void to_stdout(const Partner &p) {
  fmt::print("phone {}\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'fmt::print'
  fmt::println("iin {}", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void to_standard_files(const Partner &p) {
  fmt::print(stderr, "email {}\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  FILE *out = stdout;
  fmt::print(out, "phone {}\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void to_a_file(FILE *f, const Partner &p) {
  // Any other FILE* is a file: storage, not a log.
  fmt::print(f, "{}\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
}

void to_streams(const Partner &p) {
  fmt::print(std::cerr, "phone {}\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::ofstream file("partners.txt");
  fmt::print(file, "{}\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
}

void formatted_then_logged(const Partner &p) {
  std::string line = fmt::format("partner {} / {}", p.attempts, p.email);
  puts(line.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  std::string iin = fmt::to_string(p.iin);
  puts(iin.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void not_personal(FILE *f, const Partner &p) {
  // A counter and literals are not personal data, wherever they go.
  fmt::print("attempt {}\n", p.attempts);
  fmt::print(stderr, "done\n");
  fmt::print(f, "attempt {}\n", p.attempts);
  // Formatted into a string that is never written anywhere.
  std::string unused = fmt::format("{}", p.phone);
}
