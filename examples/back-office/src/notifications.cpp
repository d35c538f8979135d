#include "backoffice/log.h"
#include "backoffice/notifications.h"

#include <iostream>

namespace backoffice {

void notify_new_partner(const Partner &p) {
  post_to_managers_chat("New partner " + p.full_name + " <" + p.email + ">");  // leak: partner.full_name, partner.email -> third party (cross-file, via post_to_managers_chat in chat_client.cpp)
  post_to_managers_chat("Please call " + mask_phone(p.phone) + " today");  // ok: sanitized by mask_phone (cross-file)
}

void notify_import_done(std::size_t partner_count) {
  post_to_managers_chat("Imported " + std::to_string(partner_count) + " partners");  // ok: only a count (cross-file)
}

void queue_email_reminders(const std::vector<Partner> &partners) {
  std::vector<std::string> unconfirmed;
  for (const Partner &p : partners)
    if (!p.email_verified)
      unconfirmed.push_back(p.email);
  std::clog << unconfirmed.size() << " e-mail reminders queued\n";  // ok: only the number of addresses
  for (std::size_t i = 0; i < unconfirmed.size(); ++i)
    std::clog << "reminder queued for " << unconfirmed[i] << '\n';  // leak: partner.email -> log (through a std::vector)
}

} // namespace backoffice
