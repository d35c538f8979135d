// RUN: rm -rf %t && mkdir -p %t && cp %s %t/nolint.cpp
// RUN: cd %t && not piiflow scan --include-suppressed --sarif %t/out.sarif nolint.cpp -- -nostdinc -nostdinc++ -isystem %S/../../Inputs
// RUN: %validate-sarif %t/out.sarif
// RUN: FileCheck %s --input-file=%t/out.sarif
// RUN: cd %t && not piiflow scan --sarif %t/plain.sarif nolint.cpp -- -nostdinc -nostdinc++ -isystem %S/../../Inputs
// RUN: FileCheck %s --check-prefix=PLAIN --input-file=%t/plain.sarif
//
// --include-suppressed writes suppressed findings to SARIF with
// "suppressions": kind inSource, the reason as the justification (none
// without a reason), and [] on the results that are not suppressed.
// Without it, suppressed findings are left out.
#include <stdio.h>
struct Partner { const char *phone; const char *email; const char *iin; };

void f(const Partner &p) {
  printf("%s\n", p.phone); // NOLINT(pii-log): the partner's own device
  printf("%s\n", p.email); // NOLINT(pii-log)
  printf("%s\n", p.iin);
}
// CHECK: "startLine": 16
// CHECK: "suppressions": [
// CHECK-NEXT: {
// CHECK-NEXT: "kind": "inSource",
// CHECK-NEXT: "status": "accepted",
// CHECK-NEXT: "justification": "the partner's own device",
// CHECK: "startLine": 17
// CHECK: "suppressions": [
// CHECK-NEXT: {
// CHECK-NEXT: "kind": "inSource",
// CHECK-NEXT: "status": "accepted",
// CHECK-NEXT: "location"
// CHECK: "startLine": 18
// CHECK: "suppressions": []

// PLAIN-NOT: "startLine": 16,
// PLAIN-NOT: "suppressions":
// PLAIN: "ruleId": "pii-log"
// PLAIN-NOT: "ruleId"
