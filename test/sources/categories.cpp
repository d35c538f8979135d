// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs 2>%t.err | FileCheck %s --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=warning: --input-file=%t.err
//
// One source of each of the 21 categories of the default policy, each logged
// with printf and reported with its category id. The summary counts them by
// sensitivity: high is an error, medium a warning, low a note.
#include <stdio.h>

struct Profile {
  const char *full_name;
  const char *iin;
  const char *birth_date;
  const char *email;
  const char *phone;
  const char *client_ip;
  const char *user_agent;
  const char *os_version;
  const char *imei;
  const char *last_login;
  const char *latitude;
  const char *face_template;
  const char *cookie;
  const char *contacts;
  const char *photo;
  const char *sms_code;
  const char *card_number;
  const char *iban;
  const char *call_recording;
  const char *password;
  const char *home_address;
};

void log_profile(const Profile &p) {
  printf("%s\n", p.full_name);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.full_name) from 'Profile::full_name' reaches a log [pii-log]
  printf("%s\n", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Profile::iin' reaches a log [pii-log]
  printf("%s\n", p.birth_date);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.birth_date) from 'Profile::birth_date' reaches a log [pii-log]
  printf("%s\n", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Profile::email' reaches a log [pii-log]
  printf("%s\n", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Profile::phone' reaches a log [pii-log]
  printf("%s\n", p.client_ip);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (network.ip_address) from 'Profile::client_ip' reaches a log [pii-log]
  printf("%s\n", p.user_agent);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.info) from 'Profile::user_agent' reaches a log [pii-log]
  printf("%s\n", p.os_version);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.os_version) from 'Profile::os_version' reaches a log [pii-log]
  printf("%s\n", p.imei);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.identifier) from 'Profile::imei' reaches a log [pii-log]
  printf("%s\n", p.last_login);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (activity.access_time) from 'Profile::last_login' reaches a log [pii-log]
  printf("%s\n", p.latitude);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'Profile::latitude' reaches a log [pii-log]
  printf("%s\n", p.face_template);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (biometric) from 'Profile::face_template' reaches a log [pii-log]
  printf("%s\n", p.cookie);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (tracking.cookie) from 'Profile::cookie' reaches a log [pii-log]
  printf("%s\n", p.contacts);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.contacts) from 'Profile::contacts' reaches a log [pii-log]
  printf("%s\n", p.photo);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (media.photo) from 'Profile::photo' reaches a log [pii-log]
  printf("%s\n", p.sms_code);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (message.sms) from 'Profile::sms_code' reaches a log [pii-log]
  printf("%s\n", p.card_number);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.card) from 'Profile::card_number' reaches a log [pii-log]
  printf("%s\n", p.iban);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.bank_account) from 'Profile::iban' reaches a log [pii-log]
  printf("%s\n", p.call_recording);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (recording.call) from 'Profile::call_recording' reaches a log [pii-log]
  printf("%s\n", p.password);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (credential.secret) from 'Profile::password' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: policy 3.5.1, 4.3 (a log); credential.secret extends 2.9, 4.3
  printf("%s\n", p.home_address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.address) from 'Profile::home_address' reaches a log [pii-log]
}

// SUMMARY: piiflow: 21 findings (7 error, 9 warning, 5 note) in 1 of 1 translation units
