#include "backoffice/log.h"
#include "backoffice/notifications.h"
#include "backoffice/partner.h"
#include "backoffice/services.h"

#include <curl/curl.h>
#include <syslog.h>

#include <algorithm>
#include <fstream>
#include <iostream>

using namespace backoffice;

int main(int argc, char **argv) {
  if (argc < 3) {
    std::cerr << "usage: back-office DB_PATH IMPORT_CSV [LOGIN_PHONE]\n";
    return 2;
  }
  openlog("back-office", LOG_PID, LOG_USER);
  curl_global_init(CURL_GLOBAL_DEFAULT);

  PartnerRepository repo(argv[1]);
  std::ifstream import(argv[2]);
  if (!repo.ok() || !import) {
    std::cerr << "cannot open database or " << argv[2] << '\n';
    return 1;
  }

  const std::vector<Partner> partners = read_partners_csv(import);
  report_shared_phones(partners);
  OutsourcingClient outsourcing;
  AnalyticsClient analytics;
  for (const Partner &partner : partners) {
    if (!validate_partner(partner) || !repo.add(partner))
      continue;
    outsourcing.upload(partner);
    analytics.track_signup(partner);
    log_partner(partner);  // reaches syslog via log_partner -> log_info
    notify_new_partner(partner);  // reaches the team chat via chat_client.cpp
    print_partner_card(partner, /*verbose=*/false);
    print_partner_status(partner);
    print_birthday_reminder(partner);
  }
  export_partners_csv(partners, "partners-export.csv");
  export_dialer_list(partners, "dialer.tsv");
  analytics.track_export(partners.size());
  notify_import_done(partners.size());
  queue_email_reminders(partners);

  // Optional: sign in to the partner cabinet with an SMS code read from stdin.
  if (argc > 3) {
    const std::string phone = argv[3];
    auto it = std::find_if(partners.begin(), partners.end(),
                           [&](const Partner &p) { return p.phone == phone; });
    AuthService auth;
    if (it != partners.end() && auth.send_code(*it)) {
      std::string code;
      std::getline(std::cin, code);
      if (std::optional<Session> session = auth.verify_code(phone, code)) {
        const Session &s = *session;
        std::cout << "signed in as " << s.email() << '\n';  // leak: session.email() -> log
      }
    }
  }

  curl_global_cleanup();
  closelog();
  return 0;
}
