#include "backoffice/partner.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace backoffice {

// Import format: iin;full_name;phone;email;birth_date;hostname, one header line.
std::vector<Partner> read_partners_csv(std::istream &in) {
  std::vector<Partner> partners;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (line.empty())
      continue;
    std::istringstream fields(line);
    Partner p;
    std::getline(fields, p.iin, ';');
    std::getline(fields, p.full_name, ';');
    std::getline(fields, p.phone, ';');
    std::getline(fields, p.email, ';');
    std::getline(fields, p.birth_date, ';');
    std::getline(fields, p.hostname, ';');
    p.phone_count = p.phone.empty() ? 0 : 1;
    p.filename = "contracts/" + std::to_string(partners.size() + 1) + ".pdf";
    partners.push_back(std::move(p));
  }
  return partners;
}

bool export_partners_csv(const std::vector<Partner> &partners,
                         const std::string &filename) {
  std::ofstream out(filename);
  if (!out) {
    std::cerr << "cannot write " << filename << '\n';  // ok: filename is a path
    return false;
  }
  out << "iin;full_name;phone;email;birth_date\n";  // ok: header row, no data
  for (const Partner &p : partners)
    out << p.iin << ';' << p.full_name << ';' << p.phone << ';' << p.email << ';' << p.birth_date << '\n';  // leak: partner.iin, partner.full_name, partner.phone, partner.email, partner.birth_date -> storage
  std::cout << "exported " << partners.size() << " partners to " << filename << '\n';  // ok: filename is a path
  return true;
}

bool export_dialer_list(const std::vector<Partner> &partners,
                        const std::string &path) {
  FILE *file_handle = std::fopen(path.c_str(), "w");
  if (file_handle == nullptr) {
    std::perror(path.c_str());
    return false;
  }
  for (const Partner &p : partners)
    std::fprintf(file_handle, "%s\n", p.phone.c_str());  // leak: partner.phone -> storage (FILE* to a file, not a log)
  std::fclose(file_handle);
  return true;
}

} // namespace backoffice
