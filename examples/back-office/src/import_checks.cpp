#include "backoffice/partner.h"

#include <iostream>
#include <map>

namespace backoffice {

// Two partners with the same phone are usually a typo in the import file:
// the operator compares the two records by IIN.
void report_shared_phones(const std::vector<Partner> &partners) {
  std::map<std::string, int> times_seen;
  std::map<std::string, std::string> first_holder;
  for (const Partner &p : partners) {
    const int uses = ++times_seen[p.phone];
    if (uses == 1) {
      first_holder[p.phone] = p.iin;
      continue;
    }
    std::cerr << "import: a phone is given " << uses << " times\n";  // ok: a count, looked up by phone
    std::cerr << "import: same phone as partner " << first_holder.at(p.phone) << '\n';  // leak: partner.iin -> log (through a std::map)
  }
}

} // namespace backoffice
