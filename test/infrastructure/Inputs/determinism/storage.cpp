#include "customer.h"
#include <sqlite3.h>

void save(sqlite3_stmt *stmt, const Customer &c) {
  audit(c);
  sqlite3_bind_text(stmt, 1, c.iin, -1, nullptr);
  sqlite3_bind_text(stmt, 2, c.email, -1, nullptr);
}
