// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// PostgreSQL libpq: SQL and its parameter values are stored. A deployment
// approves its own data layer in approved.storage.
#include <libpq-fe.h>
#include <string>

struct Partner {
  std::string iin;
  std::string phone;
  std::string email;
  int phone_count;
};

namespace repo {
void save(PGconn *db, const Partner &p) {
  std::string sql = "UPDATE partners SET phone = '" + p.phone + "'";
  PQexec(db, sql.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: note: reaches storage through 'PQexec'
  const char *values[2] = {p.iin.c_str(), "active"};
  PQexecParams(db, "INSERT INTO partners(iin, state) VALUES($1, $2)", 2, nullptr,
               values, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-2]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  char *quoted = PQescapeLiteral(db, p.email.c_str(), p.email.size());
  std::string upd = std::string("UPDATE partners SET email = ") + quoted;
  PQexec(db, upd.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // APPROVED-NOT: pii-storage
}

void not_personal(PGconn *db, const Partner &p) {
  // A count and a constant query are not personal data; reading is not
  // storing.
  std::string sql = "UPDATE stats SET phones = " + std::to_string(p.phone_count);
  PQexec(db, sql.c_str());
  PGresult *r = PQexec(db, "SELECT phone FROM partners");
  PQgetvalue(r, 0, 0);
}
} // namespace repo
