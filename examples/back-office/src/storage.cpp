#include "backoffice/partner.h"

#include <sqlite3.h>

#include <iostream>

namespace backoffice {

namespace {
constexpr const char *kSchema =
    "CREATE TABLE IF NOT EXISTS partners ("
    " iin TEXT PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, email TEXT,"
    " birth_date TEXT, email_verified INTEGER NOT NULL DEFAULT 0)";
} // namespace

bool validate_partner(const Partner &partner) {
  if (partner.iin.size() != 12 ||
      partner.iin.find_first_not_of("0123456789") != std::string::npos) {
    std::cerr << "rejecting partner: IIN must be 12 digits\n";
    return false;
  }
  if (partner.full_name.empty() ||
      partner.full_name.size() > Partner::max_name_length) {
    std::cerr << "rejecting partner: name must be 1.." << Partner::max_name_length << " bytes\n";  // ok: a limit, not a name
    return false;
  }
  if (partner.email.empty()) std::cerr << "no email\n";  // ok: only tests emptiness
  return true;
}

PartnerRepository::PartnerRepository(const std::string &db_path) {
  if (sqlite3_open(db_path.c_str(), &db_) != SQLITE_OK) {
    std::cerr << "cannot open " << db_path << ": " << sqlite3_errmsg(db_) << '\n';
    sqlite3_close(db_);
    db_ = nullptr;
    return;
  }
  char *error = nullptr;
  if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &error) != SQLITE_OK) {  // ok: schema, no data
    std::cerr << "schema: " << error << '\n';
    sqlite3_free(error);
  }
}

PartnerRepository::~PartnerRepository() { sqlite3_close(db_); }

bool PartnerRepository::add(const Partner &partner) {
  const char *sql =
      "INSERT OR REPLACE INTO partners"
      " (iin, full_name, phone, email, birth_date, email_verified)"
      " VALUES (?, ?, ?, ?, ?, ?)";
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) {
    std::cerr << "prepare: " << sqlite3_errmsg(db_) << '\n';
    return false;
  }
  sqlite3_bind_text(stmt, 1, partner.iin.c_str(), -1, SQLITE_STATIC);  // leak: partner.iin -> storage
  sqlite3_bind_text(stmt, 2, partner.full_name.c_str(), -1, SQLITE_STATIC);  // leak: partner.full_name -> storage
  sqlite3_bind_text(stmt, 3, partner.phone.c_str(), -1, SQLITE_STATIC);  // leak: partner.phone -> storage
  sqlite3_bind_text(stmt, 4, partner.email.c_str(), -1, SQLITE_STATIC);  // leak: partner.email -> storage
  sqlite3_bind_text(stmt, 5, partner.birth_date.c_str(), -1, SQLITE_STATIC);  // leak: partner.birth_date -> storage
  sqlite3_bind_int(stmt, 6, partner.email_verified ? 1 : 0);  // ok: a flag
  const bool done = sqlite3_step(stmt) == SQLITE_DONE;
  sqlite3_finalize(stmt);
  if (!done) {
    std::cerr << "insert failed: " << sqlite3_errmsg(db_) << '\n';
    return false;
  }

  std::string msg = "new partner " + partner.full_name;
  msg += " " + partner.email;
  std::cerr << msg << std::endl;  // leak: partner.full_name, partner.email -> log
  return true;
}

bool PartnerRepository::update_phone(const std::string &iin,
                                     const std::string &phone) {
  // Both values passed validate_partner(): digits and '+' only.
  const std::string sql =
      "UPDATE partners SET phone = '" + phone + "' WHERE iin = '" + iin + "'";
  char *error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {  // leak: phone, iin -> storage
    std::cerr << "update failed: " << error << '\n';
    sqlite3_free(error);
    return false;
  }
  return true;
}

} // namespace backoffice
