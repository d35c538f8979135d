// RUN: piiflow scan --fail-on none -j 1 --sarif %t.j1.sarif --source-root %S/.. %s %S/../Inputs/sarif-deterministic-second.cpp -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs > %t.j1.txt
// RUN: piiflow scan --fail-on none -j 2 --sarif %t.j2.sarif --source-root %S/.. %s %S/../Inputs/sarif-deterministic-second.cpp -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs > %t.j2.txt
// RUN: piiflow scan --fail-on none -j 2 --sarif %t.rev.sarif --source-root %S/.. %S/../Inputs/sarif-deterministic-second.cpp %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs > %t.rev.txt
//
// The same inputs give byte-identical reports, whether the units are analysed
// one at a time or in parallel, and in whatever order they are given. Only
// the recorded command line may differ.
// RUN: diff %t.j1.txt %t.j2.txt
// RUN: diff %t.j1.txt %t.rev.txt
// RUN: grep -v '"commandLine"' %t.j1.sarif > %t.j1.norm
// RUN: grep -v '"commandLine"' %t.j2.sarif > %t.j2.norm
// RUN: grep -v '"commandLine"' %t.rev.sarif > %t.rev.norm
// RUN: diff %t.j1.norm %t.j2.norm
// RUN: diff %t.j1.norm %t.rev.norm
// RUN: %validate-sarif %t.j1.sarif
//
// And the report is the expected one: the header's finding once, not once
// per unit.
// RUN: FileCheck %s --implicit-check-not=warning: --input-file=%t.j1.txt
// RUN: %python %S/../Inputs/sarif-summary.py %t.j1.sarif | FileCheck %s --check-prefix=SARIF
#include "../Inputs/sarif-deterministic-shared.h"
#include <string>

// Text output is ordered by file, line and column; the other unit's and the
// header's findings come first.
// CHECK: Inputs/sarif-deterministic-second.cpp:6:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
// CHECK: Inputs/sarif-deterministic-second.cpp:6:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
// CHECK: Inputs/sarif-deterministic-shared.h:15:45: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
// SARIF: results 4
// SARIF: result pii-log warning contact.email at %SRCROOT%/Inputs/sarif-deterministic-second.cpp:6:3
// SARIF: result pii-log error person.national_id at %SRCROOT%/Inputs/sarif-deterministic-second.cpp:6:3
// SARIF: result pii-log warning contact.phone at %SRCROOT%/Inputs/sarif-deterministic-shared.h:15:45

void first_unit(const Partner &p) {
  log_partner(p);
  std::string msg = std::string("mail ") + p.email;
  puts(msg.c_str());
  // CHECK: sarif-output/sarif-deterministic.cpp:[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // SARIF: result pii-log warning contact.email at %SRCROOT%/sarif-output/sarif-deterministic.cpp:[[#@LINE-2]]:3
  // SARIF-NOT: result
}
