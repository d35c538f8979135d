// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning: --allow-empty
//
// Names that mention a category term but are not the data. A term followed
// by another word is about the data (its count, flag, format, regex), a flag
// or count prefix makes a flag, and a term inside a longer word is no term.
// All are logged; none is a finding. Every one is a string or an int so that
// the name, not the type, decides.
#include <stdio.h>
#include <string>

struct Settings {
  int phone_count;
  std::string email_enabled;
  std::string is_phone_verified;
  int max_name_length;
  std::string filename;
  std::string hostname;
  std::string table_name;
  std::string email_regex;
  std::string name_format;
  int ip_version;
  int device_count;
  std::string card_game;
  std::string has_email;
  int num_phones;
  std::string telemetry;
  std::string phone_mask;
  std::string sms_template;
  std::string passwordPolicy;
  std::string zipFile;
  std::string company;
  std::string skip;
  int pin;
};

void log_settings(const Settings &s) {
  printf("%d\n", s.phone_count);
  printf("%s\n", s.email_enabled.c_str());
  printf("%s\n", s.is_phone_verified.c_str());
  printf("%d\n", s.max_name_length);
  printf("%s\n", s.filename.c_str());
  printf("%s\n", s.hostname.c_str());
  printf("%s\n", s.table_name.c_str());
  printf("%s\n", s.email_regex.c_str());
  printf("%s\n", s.name_format.c_str());
  printf("%d\n", s.ip_version);
  printf("%d\n", s.device_count);
  printf("%s\n", s.card_game.c_str());
  printf("%s\n", s.has_email.c_str());
  printf("%d\n", s.num_phones);
  printf("%s\n", s.telemetry.c_str());
  printf("%s\n", s.phone_mask.c_str());
  printf("%s\n", s.sms_template.c_str());
  printf("%s\n", s.passwordPolicy.c_str());
  printf("%s\n", s.zipFile.c_str());
  printf("%s\n", s.company.c_str());
  printf("%s\n", s.skip.c_str());
  printf("%d\n", s.pin);
}

// The same names as parameters and locals are not sources either.
void log_parameters(const char *email_domain, int phone_prefix) {
  std::string display_name = "Partner";
  printf("%s %d %s\n", email_domain, phone_prefix, display_name.c_str());
}
