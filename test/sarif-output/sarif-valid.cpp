// RUN: not piiflow scan --sarif %t.sarif --source-root %S %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: %validate-sarif %t.sarif
// RUN: %python %S/../Inputs/sarif-summary.py %t.sarif | FileCheck %s --check-prefix=SARIF
// RUN: FileCheck %s --check-prefix=JSON --input-file=%t.sarif
//
// A run with findings writes SARIF 2.1.0 that passes the SARIF Multitool and
// GitHub's ingestion rules, with URIs relative to --source-root, code flows
// for every result and both fingerprints.
#include <iostream>
#include <stdio.h>
#include <string>

// SARIF: version 2.1.0
// SARIF-NEXT: tool piiflow rules 3: pii-log pii-third-party pii-storage
// SARIF-NEXT: columnKind utf16CodeUnits
// SARIF-NEXT: base %SRCROOT% = file://{{.*}}/sarif-output/
// SARIF-NEXT: results 3

// JSON: "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
// JSON: "name": "piiflow",
// JSON: "rules": [
// JSON: "id": "pii-log",
// JSON: "id": "pii-third-party",
// JSON: "id": "pii-storage",
// JSON: "automationDetails": {
// JSON-NEXT: "id": "piiflow/"
// JSON: "%SRCROOT%": {

struct Partner {
  std::string phone;
  const char *email;
  long iin;
};

void log_phone(const Partner &p) {
  std::string msg = "partner " + p.phone;
  printf("%s\n", msg.c_str());
  // CHECK: sarif-valid.cpp:[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]

  // SARIF: result pii-log warning contact.phone at %SRCROOT%/sarif-valid.cpp:[[#@LINE-3]]:3-[[#@LINE-3]]:30
  // SARIF-NEXT: message Personal data (contact.phone) from 'Partner::phone' reaches a log. Cited: policy 3.5.1, 4.3 (a log); contact.phone is declared in 3.1, 3.4.
  // SARIF-NEXT: fingerprint piiflow/v2 = {{[0-9a-f]{16}:1}}
  // SARIF-NEXT: fingerprint primaryLocationLineHash = {{[0-9a-f]+}}:1
  // SARIF-NEXT: flow 'Partner::phone' to 'printf'
  // SARIF-NEXT: step 1 %SRCROOT%/sarif-valid.cpp:[[#@LINE-15]]:15-[[#@LINE-15]]:20: 'Partner::phone' holds personal data (contact.phone): {{.*}} [acquire,sensitive]
  // SARIF-NEXT: step 2 %SRCROOT%/sarif-valid.cpp:[[#@LINE-10]]:34-[[#@LINE-10]]:41: 'Partner::phone' is read: contact.phone [acquire,sensitive]
  // SARIF-NEXT: step 3 %SRCROOT%/sarif-valid.cpp:[[#@LINE-11]]:3-[[#@LINE-11]]:41: stored in 'msg' [sensitive]
  // SARIF-NEXT: step 4 %SRCROOT%/sarif-valid.cpp:[[#@LINE-11]]:3-[[#@LINE-11]]:30: reaches a log through 'printf' [expose,sensitive]

  // JSON: "ruleId": "pii-log",
  // JSON-NEXT: "ruleIndex": 0,
  // JSON-NEXT: "level": "warning",
  // JSON: "uri": "sarif-valid.cpp",
  // JSON-NEXT: "uriBaseId": "%SRCROOT%"
  // JSON: "codeFlows": [
  // JSON: "threadFlows": [
  // JSON: "partialFingerprints": {
  // JSON-NEXT: "primaryLocationLineHash": "{{[0-9a-f]+}}:1",
  // JSON-NEXT: "piiflow/v2": "{{[0-9a-f]{16}:1}}"
  // JSON: "category": "contact.phone",
  // JSON-NEXT: "categoryTitle": "Mobile phone number",
  // JSON-NEXT: "sensitivity": "medium",
  // JSON-NEXT: "policy": "prosto-back-office",
}

void non_ascii_columns(const Partner &p) {
  // Text output counts bytes; SARIF counts UTF-16 code units.
  printf("Почта: %s\n", p.email);
  // CHECK: sarif-valid.cpp:[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: sarif-valid.cpp:[[@LINE-2]]:30: note: 'Partner::email' is read: contact.email

  // SARIF: result pii-log warning contact.email at %SRCROOT%/sarif-valid.cpp:[[#@LINE-4]]:3-[[#@LINE-4]]:33
  // SARIF: step 2 %SRCROOT%/sarif-valid.cpp:[[#@LINE-5]]:25-[[#@LINE-5]]:32: 'Partner::email' is read: contact.email [acquire,sensitive]
}

void high_sensitivity(const Partner &p) {
  std::cerr << p.iin;
  // CHECK: sarif-valid.cpp:[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]

  // A high-sensitivity category is an error in SARIF.
  // SARIF: result pii-log error person.national_id at %SRCROOT%/sarif-valid.cpp:[[#@LINE-4]]:3-[[#@LINE-4]]:21
  // SARIF: flow 'Partner::iin' to 'std::basic_ostream::operator<<'
  // SARIF: step 3 {{.*}}: reaches a log through 'std::basic_ostream::operator<<' [expose,sensitive]
  // JSON: "level": "error",
  // JSON: "category": "person.national_id",
  // JSON-NEXT: "categoryTitle": "IIN / ЖСН / ИИН (12 digits); passport and ID-card numbers",
  // JSON-NEXT: "sensitivity": "high",
}
