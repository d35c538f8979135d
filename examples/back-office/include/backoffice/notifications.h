#pragma once

#include "backoffice/partner.h"

#include <string>
#include <vector>

namespace backoffice {

// Posts one message to the managers' room of the team chat
// (hooks.teamchat.example). Defined in src/chat_client.cpp.
bool post_to_managers_chat(const std::string &text);

// Tells the managers about a partner who has just signed up, so that one of
// them calls the partner within a day.
void notify_new_partner(const Partner &p);
// Tells the managers how many partners were imported.
void notify_import_done(std::size_t partner_count);

// Queues the "please confirm your e-mail" reminders for partners whose
// e-mail address is not verified yet.
void queue_email_reminders(const std::vector<Partner> &partners);

} // namespace backoffice
