// RUN: %exitcode piiflow scan %s -- -nostdinc -nostdinc++ -isystem %S/../../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A block comment pair (BEGIN with a rule list, then END with the same list)
// suppresses the findings between them; a bare pair suppresses every rule.
#include <stdio.h>
struct Partner { const char *phone; const char *email; const char *iin; };

// NOLINTBEGIN(pii-log): a debugging tool that never ships
void debug(const Partner &p) {
  printf("%s\n", p.phone);
  printf("%s\n", p.email);
}
// NOLINTEND(pii-log)

// NOLINTBEGIN
void g(const Partner &p) { printf("%s\n", p.phone); }
// NOLINTEND

void after(const Partner &p) {
  printf("%s\n", p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}
// CHECK: piiflow: 1 finding {{.*}}; 3 suppressed
// CHECK: exit: 1
