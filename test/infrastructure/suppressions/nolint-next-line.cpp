// RUN: %exitcode piiflow scan %s -- -nostdinc -nostdinc++ -isystem %S/../../Inputs | FileCheck %s --implicit-check-not=warning:
//
// NOLINTNEXTLINE on the line before the sink suppresses it, with a glob over
// rule ids and with or without a reason; it does not reach two lines down.
#include <stdio.h>
struct Partner { const char *phone; const char *email; const char *iin; };

void f(const Partner &p) {
  // NOLINTNEXTLINE(pii-*): masked downstream
  printf("%s\n", p.phone);
  // NOLINTNEXTLINE(pii-log)
  printf("%s\n", p.email);
  // NOLINTNEXTLINE(pii-log)

  printf("%s\n", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}
// CHECK: piiflow: 1 finding {{.*}}; 2 suppressed
// CHECK: exit: 1
