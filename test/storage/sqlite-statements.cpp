// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// SQLite: SQL formatted with sqlite3_mprintf or sqlite3_snprintf and run
// with sqlite3_exec stores what was formatted into it; every sqlite3_bind_*
// stores its value. An approved data layer (repo::*) is not reported.
#include <sqlite3.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string iin;
  double geo_latitude;
  int birth_year;
  int phone_count;
};

namespace repo {
void insert_formatted(sqlite3 *db, const Partner &p) {
  char *sql = sqlite3_mprintf("INSERT INTO partners(phone) VALUES(%Q)",
                              p.phone.c_str());
  sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  // CHECK: :[[@LINE-4]]:3: note: stored in 'sql'
  // CHECK: :[[@LINE-3]]:3: note: reaches storage through 'sqlite3_exec'
  sqlite3_free(sql);
  char buf[256];
  sqlite3_snprintf(sizeof buf, buf, "UPDATE partners SET email = %Q", p.email.c_str());
  sqlite3_exec(db, buf, nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // A count formatted into SQL is not personal data.
  char *count = sqlite3_mprintf("UPDATE stats SET phones = %d", p.phone_count);
  sqlite3_exec(db, count, nullptr, nullptr, nullptr);
}


void bind(sqlite3_stmt *st, const Partner &p) {
  sqlite3_bind_text64(st, 1, p.iin.c_str(), p.iin.size(), nullptr, 1);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  sqlite3_bind_text16(st, 2, p.email.data(), -1, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  sqlite3_bind_blob(st, 3, p.phone.data(), -1, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  sqlite3_bind_blob64(st, 4, p.iin.data(), p.iin.size(), nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  sqlite3_bind_double(st, 5, p.geo_latitude);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'Partner::geo_latitude' reaches storage [pii-storage]
  sqlite3_bind_int(st, 6, p.birth_year);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.birth_date) from 'Partner::birth_year' reaches storage [pii-storage]
  // A count is not personal data.
  sqlite3_bind_int(st, 7, p.phone_count);
  // APPROVED-NOT: pii-storage
}
} // namespace repo
