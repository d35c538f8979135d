// RUN: cd %S && piiflow scan --report-json %t.json --report-md %t.md undeclared.cpp -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs
// RUN: %map-summary %t.json | FileCheck %s
// RUN: FileCheck %s --check-prefix=MD < %t.md
// Policy drift: data the code handles that no category of the policy
// declares, found by the built-in terms of rules/drift-terms.json, matched on
// whole words as the classifier matches them. Nothing here reaches a sink.
#include <string>

struct Applicant {
  std::string driver_license_number; // drift: driving licence
  std::string gender;                 // drift: gender
  double monthlySalary;               // drift: income
  std::string passport_number;        // the policy's person.national_id
  bool is_gender_set;                 // a flag, not the data
  int salary_count;                   // a count: the term does not end it
  std::string licensee;               // no whole word 'license'
};

int vin_checks(const std::string &vehicle_vin) { return vehicle_vin.size(); }

// CHECK: schema: valid
// CHECK: totals: categories=1/21 declarations=1 functions=0 destinations=0 (log=0 third-party=0 storage=0 approved=0) flows=0 approved-flows=0 findings=0 drift=0/4/2
// CHECK: category person.national_id: declarations=1 readers= destinations=
// CHECK-NEXT: decl person.national_id Applicant::passport_number field name undeclared.cpp:13
// CHECK: drift undeclared driving-licence: Applicant::driver_license_number@undeclared.cpp:10 (terms license number)
// CHECK-NEXT: drift undeclared gender: Applicant::gender@undeclared.cpp:11 (terms gender)
// CHECK-NEXT: drift undeclared income: Applicant::monthlySalary@undeclared.cpp:12 (terms salary)
// CHECK-NEXT: drift undeclared vehicle: vehicle_vin@undeclared.cpp:19 (terms vin)
// CHECK-NOT: drift undeclared

// MD: ## Privacy data map
// MD: | 1 of 21 categories in 1 declaration, read by 0 functions | 0 logs, 0 third parties, 0 stores (0 approved) | 0 (0 error, 0 warning, 0 note) | 6 |
// MD: **Personal data the policy does not declare** (4):
// MD: - Driving licence number: `Applicant::driver_license_number` at `undeclared.cpp:10`
// MD: **Approved destinations that no flow uses** (2):
// MD-EMPTY:
// MD-NEXT: - recipient-host `pbo.kz` in `rules/policies/prosto-back-office.json`
