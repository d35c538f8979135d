#pragma once

#include "backoffice/partner.h"

#include <string>

namespace backoffice {

// Writes one line to syslog (facility set up by openlog() in main).
void log_info(const std::string &text);
void log_partner(const Partner &p);

// Keeps the last four digits: "*******1234".
std::string mask_phone(const std::string &phone);

void print_partner_card(const Partner &partner, bool verbose);
void print_partner_status(const Partner &p);
void print_birthday_reminder(const Partner &p);

} // namespace backoffice
