#include <stdio.h>
#include <syslog.h>

struct subscriber {
  const char *msisdn;
  const char *email;
};

void log_subscriber(const struct subscriber *s) {
  syslog(LOG_INFO, "%s %s", s->msisdn, s->email);
}
