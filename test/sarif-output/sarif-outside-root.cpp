// RUN: not piiflow scan --sarif %t.sarif --source-root %S/../Inputs %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs 2>%t.err | FileCheck %s --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=WARN < %t.err
// RUN: FileCheck %s --check-prefix=URI < %t.sarif
// With the right root, the same log is accepted by GitHub's rules.
// RUN: not piiflow scan --sarif %t.good.sarif --source-root %S %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs
// RUN: %validate-sarif %t.good.sarif
//
// A file outside the source root cannot be named relative to it. The log
// names it by an absolute file:// URI (so that IDE viewers still open it),
// and piiflow warns that GitHub code scanning will reject such a location
// and says how to fix it.
#include <stdio.h>

struct Partner {
  const char *email;
};

void log_partner(const Partner &p) {
  puts(p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

// WARN: piiflow: warning: 1 file with findings is outside the source root '{{.*}}Inputs', so the SARIF log names them by absolute URIs, which GitHub code scanning rejects; run from the repository root or pass --source-root REPO_ROOT
// URI: "uri": "file://{{.*}}sarif-outside-root.cpp"
