// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// The policy's sanitizers (mask*, Mask*, redact*, Redact*, anonymi*,
// Anonymi*, pseudonymi*, Pseudonymi*) stop the flow: what they return is not
// personal data.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  const char *client_ip;
  long iin;
};

std::string mask_phone(const std::string &phone);
std::string redactEmail(const std::string &email);
std::string MaskAll(const std::string &text);
const char *anonymize_ip(const char *ip);
long pseudonymizeIin(long iin);
std::string sha256_hex(const std::string &text);
std::string hash_phone(const std::string &phone);

void approved(const Partner &p) {
  // Each value passes through an approved sanitizer before it is logged.
  printf("%s\n", mask_phone(p.phone).c_str());
  std::string e = redactEmail(p.email);
  puts(e.c_str());
  puts(MaskAll("phone " + p.phone).c_str());
  puts(anonymize_ip(p.client_ip));
  printf("%ld\n", pseudonymizeIin(p.iin));
}

void sanitized_and_raw(const Partner &p) {
  std::string msg = mask_phone(p.phone) + " / " + p.email;
  puts(msg.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void sanitized_too_late(const Partner &p) {
  puts(p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  puts(mask_phone(p.phone).c_str());
}

void unapproved_hash(const Partner &p) {
  // sha256_hex is not an approved sanitizer, but no finding either: a call
  // with no model does not propagate what it is given.
  puts(sha256_hex(p.phone).c_str());
}

void source_by_its_own_name(const Partner &p) {
  // hash_phone is not approved, and whatever it is given does not propagate;
  // but its name ends in 'phone', so its result is a source by that name.
  puts(hash_phone(p.phone).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'hash_phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:8: note: call to 'hash_phone' returns contact.phone
}
