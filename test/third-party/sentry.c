// RUN: not piiflow scan %s -- -std=c11 -nostdinc -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-crash-reporting.json %s -- -std=c11 -nostdinc -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// RUN: not piiflow scan %s -- -x c++ -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// (As C++ the handle is passed by copy construction: the same findings.)
// Sentry Native: the user, tags and events go to the Sentry server, a
// third party whose host the call does not say. A policy may approve the
// project's crash-reporting functions by name.
#include <sentry.h>
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *email;
  int attempts;
};

void set_user(const struct Partner *p) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "email", sentry_value_new_string(p->email));
  sentry_set_user(user);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-3]]:3: note: added to 'user' by 'sentry_value_set_by_key'
  // CHECK: :[[@LINE-3]]:3: note: reaches a third party (host not known) through 'sentry_set_user'
  // APPROVED: :[[@LINE-4]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
}

void event(const struct Partner *p) {
  char text[128];
  snprintf(text, sizeof text, "no reply from %s", p->phone);
  sentry_value_t event =
      sentry_value_new_message_event(SENTRY_LEVEL_ERROR, "sync", text);
  sentry_capture_event(event);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known)
  sentry_set_tag("partner_email", p->email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
}

void not_personal(const struct Partner *p) {
  // A count is not personal data.
  sentry_value_t extra = sentry_value_new_object();
  sentry_value_set_by_key(extra, "attempts", sentry_value_new_int32(p->attempts));
  sentry_set_extra("sync", extra);
}

// The project's crash-reporting function, approved by the second policy.
void crash_reporting_breadcrumb(const struct Partner *p) {
  sentry_value_t crumb = sentry_value_new_breadcrumb("sync", p->phone);
  sentry_add_breadcrumb(crumb);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}
