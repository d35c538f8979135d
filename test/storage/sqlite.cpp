// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// SQLite: values bound to statements and SQL run directly are stored. The
// default policy approves no storage; a deployment approves its own data
// layer in approved.storage, and then nothing here is reported.
#include <sqlite3.h>
#include <string>

struct Partner {
  std::string iin;
  std::string phone;
  long long card_number;
  int phone_count;
};

namespace repo {
void save(sqlite3 *db, sqlite3_stmt *st, const Partner &p) {
  sqlite3_bind_text(st, 1, p.iin.c_str(), -1, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  sqlite3_bind_int64(st, 2, p.card_number);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (payment.card) from 'Partner::card_number' reaches storage [pii-storage]
  // A count is not personal data.
  sqlite3_bind_int64(st, 3, p.phone_count);
  std::string sql = "UPDATE partners SET phone = '" + p.phone + "'";
  sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  // APPROVED-NOT: pii-storage
  // Reading is not storing.
  sqlite3_column_text(st, 0);
}
} // namespace repo
