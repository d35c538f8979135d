// RUN: %exitcode piiflow scan %s -- -nostdinc -nostdinc++ -isystem %S/../../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A NOLINT comment on the sink's line suppresses the finding: with a rule
// list (and a reason after the closing parenthesis, as clang-tidy allows),
// or bare for every rule. A list that names another rule suppresses nothing.
#include <stdio.h>
struct Partner { const char *phone; const char *email; const char *iin; };

void f(const Partner &p) {
  printf("%s\n", p.phone); // NOLINT(pii-log): the log is the partner's own device
  printf("%s\n", p.email); // NOLINT
  printf("%s\n", p.iin); // NOLINT(pii-storage)
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}
// CHECK: piiflow: 1 finding (1 error, 0 warning, 0 note) in 1 of 1 translation units; 2 suppressed
// CHECK: exit: 1
