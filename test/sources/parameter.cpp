// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A parameter whose name ends in a category term is a source inside its own
// function, and is named by its plain name.
#include <stdio.h>
#include <string>

void by_reference(const std::string &phone) {
  printf("%s\n", phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'phone' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-3]]:38: note: 'phone' holds personal data (contact.phone): name 'phone' ends in the term 'phone' of contact.phone
  // CHECK-NEXT: :[[@LINE-3]]:18: note: 'phone' is read: contact.phone
}

void by_pointer(int attempt, const char *user_email) {
  printf("%d %s\n", attempt, user_email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'user_email' reaches a log [pii-log]
}

void by_value(std::string birthDate) {
  puts(birthDate.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.birth_date) from 'birthDate' reaches a log [pii-log]
}

struct Session {
  void log_in(const char *password) const {
    puts(password);
    // CHECK: :[[@LINE-1]]:5: warning: personal data (credential.secret) from 'password' reaches a log [pii-log]
  }
};

void not_personal(const char *message, int retries) {
  // Neither name ends in a category term.
  printf("%s (%d)\n", message, retries);
}
