// RUN: %exitcode piiflow scan %s -- -nostdinc -nostdinc++ -isystem %S/../../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --quiet --fail-on=none %s -- -nostdinc -nostdinc++ -isystem %S/../../Inputs 2>&1 | FileCheck %s --check-prefix=QUIET
//
// A block's BEGIN without its END (or an END with a different list)
// suppresses nothing and is reported, as clang-tidy reports it.
#include <stdio.h>
struct Partner { const char *phone; const char *email; };

void f(const Partner &p) {
  printf("%s\n", p.email);
  // CHECK-DAG: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

// NOLINTBEGIN(pii-log)
// CHECK-DAG: nolint-unmatched.cpp:[[@LINE-1]]:4: warning: unmatched 'NOLIN{{T}}BEGIN' comment without a subsequent 'NOLIN{{T}}END' comment; it suppresses nothing [piiflow-nolint]
void g(const Partner &p) {
  printf("%s\n", p.phone);
  // CHECK-DAG: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}
// NOLINTEND(pii-*)
// CHECK-DAG: nolint-unmatched.cpp:[[@LINE-1]]:4: warning: unmatched 'NOLIN{{T}}END' comment without a previous 'NOLIN{{T}}BEGIN' comment [piiflow-nolint]
// CHECK: exit: 1

// --quiet drops the warnings about the comments (the findings stay).
// QUIET-NOT: piiflow-nolint
