// RUN: piiflow scan --sarif %t.sarif --source-root %S %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning: --allow-empty
// RUN: %validate-sarif %t.sarif
// RUN: %python %S/../Inputs/sarif-summary.py %t.sarif | FileCheck %s --check-prefix=SARIF
// RUN: FileCheck %s --check-prefix=JSON --input-file=%t.sarif
//
// A run without findings (exit 0) still writes a complete, valid SARIF log:
// the three rules are declared and the results are an empty list.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string status;
};

void clean(const Partner &p) {
  // Only the status and the length of the phone are logged.
  printf("%s %zu\n", p.status.c_str(), p.phone.size());
}

// SARIF: version 2.1.0
// SARIF-NEXT: tool piiflow rules 3: pii-log pii-third-party pii-storage
// SARIF-NEXT: columnKind utf16CodeUnits
// SARIF-NEXT: base %SRCROOT% = file://{{.*}}/sarif-output/
// SARIF-NEXT: results 0
// SARIF-EMPTY:

// JSON: "executionSuccessful": true,
// JSON: "toolExecutionNotifications": []
// JSON: "results": [],
