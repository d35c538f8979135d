// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Writing to a file stream is storage; to a string stream it is not (yet).
#include <fstream>
#include <sstream>
#include <string>

struct Partner {
  std::string email;
  std::string full_name;
};

void export_csv(const Partner &p) {
  std::ofstream out("partners.csv");
  out << p.full_name << ';' << p.email << '\n';
  // CHECK-DAG: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // CHECK-DAG: :[[@LINE-2]]:3: warning: personal data (person.full_name) from 'Partner::full_name' reaches storage [pii-storage]
}

void to_memory(const Partner &p) {
  // A string stream holds the data in memory: not storage.
  std::ostringstream oss;
  oss << p.email;
}
