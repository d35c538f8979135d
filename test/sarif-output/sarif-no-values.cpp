// RUN: not piiflow scan --sarif %t.sarif --source-root %S %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs > %t.out
// RUN: FileCheck %s --implicit-check-not=warning: --input-file=%t.out
// RUN: not grep 77010000000 %t.out
// RUN: not grep 870412300415 %t.out
// RUN: not grep ivanov@example.kz %t.out
// RUN: %validate-sarif --forbid 77010000000 --forbid 870412300415 --forbid ivanov@example.kz --forbid Ivanov %t.sarif
//
// Reports name the declarations that hold personal data, never the values:
// a literal assigned into a classified variable appears neither in the text
// output nor anywhere in the SARIF log.
#include <stdio.h>
#include <string>

void literal_values() {
  std::string phone = "+77010000000";
  printf("%s\n", phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'phone' reaches a log [pii-log]

  char iin[13] = "870412300415";
  puts(iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'iin' reaches a log [pii-log]

  const char *email = "ivanov@example.kz";
  std::string full_name = "Ivanov Ivan";
  printf("%s <%s>\n", full_name.c_str(), email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (person.full_name) from 'full_name' reaches a log [pii-log]
}
