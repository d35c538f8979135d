// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// MySQL C API: SQL run with mysql_query and mysql_real_query is stored.
#include <mysql/mysql.h>
#include <string>

struct Partner {
  std::string iin;
  std::string email;
  int attempts;
};

namespace repo {
void save(MYSQL *db, const Partner &p) {
  std::string sql = "INSERT INTO partners(iin) VALUES('" + p.iin + "')";
  mysql_query(db, sql.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: note: reaches storage through 'mysql_query'
  char escaped[256];
  mysql_real_escape_string(db, escaped, p.email.c_str(), p.email.size());
  std::string upd = std::string("UPDATE partners SET email = '") + escaped + "'";
  mysql_real_query(db, upd.c_str(), upd.size());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // APPROVED-NOT: pii-storage
}

void not_personal(MYSQL *db, const Partner &p) {
  // A counter and a constant query are not personal data.
  std::string sql = "UPDATE stats SET attempts = " + std::to_string(p.attempts);
  mysql_query(db, sql.c_str());
  mysql_query(db, "SELECT email FROM partners");
  mysql_store_result(db);
}
} // namespace repo
