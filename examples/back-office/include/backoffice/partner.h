#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

struct sqlite3;

namespace backoffice {

// A client whose books we keep: an individual entrepreneur or the director of
// a small company.
struct Partner {
  std::string iin;         // 12-digit individual identification number
  std::string full_name;
  std::string phone;       // E.164
  std::string email;
  std::string birth_date;  // YYYY-MM-DD

  int phone_count = 0;     // how many numbers the partner gave us
  bool email_verified = false;
  std::string name_format = "last-first";  // how printed documents order the name
  std::string filename;    // scanned service contract, relative to the archive
  std::string hostname;    // the partner's 1C server, if we sync with it

  static constexpr std::size_t max_name_length = 200;
};

bool validate_partner(const Partner &partner);

class PartnerRepository {
public:
  explicit PartnerRepository(const std::string &db_path);
  ~PartnerRepository();
  PartnerRepository(const PartnerRepository &) = delete;
  PartnerRepository &operator=(const PartnerRepository &) = delete;

  bool ok() const { return db_ != nullptr; }
  bool add(const Partner &partner);
  bool update_phone(const std::string &iin, const std::string &phone);

private:
  sqlite3 *db_ = nullptr;
};

std::vector<Partner> read_partners_csv(std::istream &in);
// Reports partners who share a phone number (usually an import typo).
void report_shared_phones(const std::vector<Partner> &partners);
bool export_partners_csv(const std::vector<Partner> &partners,
                         const std::string &filename);
// Tab-separated list of numbers for the call-centre dialer.
bool export_dialer_list(const std::vector<Partner> &partners,
                        const std::string &path);

} // namespace backoffice
