#include "backoffice/log.h"

#include <syslog.h>

#include <cstdio>
#include <iostream>

namespace backoffice {

void log_info(const std::string &text) {
  syslog(LOG_INFO, "%s", text.c_str());
}

void log_partner(const Partner &p) {
  log_info("partner updated: " + p.email);  // leak: partner.email -> log (interprocedural, via log_info)
}

std::string mask_phone(const std::string &phone) {
  if (phone.size() <= 4)
    return std::string(phone.size(), '*');
  return std::string(phone.size() - 4, '*') + phone.substr(phone.size() - 4);
}

void print_partner_card(const Partner &partner, bool verbose) {
  if (verbose)
    printf("phone: %s\n", partner.phone.c_str());  // leak: partner.phone -> log
  else
    std::cout << "phone: " << mask_phone(partner.phone) << '\n';  // ok: sanitized by mask_phone
  printf("%d phones\n", partner.phone_count);  // ok: a count, not a number
  printf("phone digits: %zu\n", partner.phone.size());  // ok: length only
  printf("email verified: %s\n", partner.email_verified ? "yes" : "no");  // ok: a flag
  std::cout << "name format: " << partner.name_format << '\n';  // ok: a layout setting, not a name
  std::cout << "contract scan: " << partner.filename << '\n';  // ok: archive file name
}

void print_partner_status(const Partner &p) {
  const std::string partner_status =
      p.email_verified ? "active" : "awaiting email confirmation";
  fprintf(stdout, "%s\n", partner_status.c_str());  // ok: derived from a flag only
}

void print_birthday_reminder(const Partner &p) {
  // The nightly job's output goes to the managers' channel, who send greetings.
  const char *dob = p.birth_date.c_str();
  fputs("birthday: ", stdout);
  puts(dob);  // leak: partner.birth_date -> log
}

} // namespace backoffice
