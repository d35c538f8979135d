// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// The type can rule a name out: bool is a flag, an enum is a state, a single
// char is no data, and an arithmetic type holds only a numeric category
// (a phone number or a card number can be an integer; an email cannot).
#include <stdio.h>

enum class PhoneState { Unknown, Verified };
typedef unsigned long u64;

struct Partner {
  bool phone;
  PhoneState mobile;
  int email;
  double full_name;
  char tel;
  long long card_number;
  double latitude;
  float lng;
  unsigned long iin;
  u64 imei;
  int phone_number;
};

void numeric_categories(const Partner &p) {
  printf("%lld\n", p.card_number);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.card) from 'Partner::card_number' reaches a log [pii-log]
  printf("%f\n", p.latitude);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'Partner::latitude' reaches a log [pii-log]
  printf("%f\n", p.lng);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'Partner::lng' reaches a log [pii-log]
  printf("%lu\n", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
  printf("%lu\n", p.imei);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.identifier) from 'Partner::imei' reaches a log [pii-log]
  printf("%d\n", p.phone_number);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone_number' reaches a log [pii-log]
}

void ruled_out_by_type(const Partner &p) {
  // bool: a flag that says whether there is a phone.
  printf("%d\n", p.phone);
  // enum: the state of the phone, not the phone.
  printf("%d\n", static_cast<int>(p.mobile));
  // int and double cannot hold an email address or a full name.
  printf("%d %f\n", p.email, p.full_name);
  // A single character is no data.
  printf("%c\n", p.tel);
}

// A pointer to a function holds code, whatever its name says.
struct Hooks {
  const char *(*get_phone)(int);
};
void callbacks(const Hooks &h) {
  printf("%p\n", (void *)h.get_phone);
}
