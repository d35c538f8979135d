// Shared by the units of infrastructure/determinism.test: the inline and
// template bodies here are analysed in every unit that includes the header,
// and their findings must come out once, the same whichever unit is first.
#ifndef PIIFLOW_TEST_DETERMINISM_CUSTOMER_H
#define PIIFLOW_TEST_DETERMINISM_CUSTOMER_H
#include <stdio.h>
#include <syslog.h>

struct Customer {
  const char *phone;
  const char *email;
  const char *iin;
  const char *card_number;
};

// One function, two bodies: accounts.cpp defines CUSTOMER_AUDIT_PHONE, the
// others do not (as a per-file -D would). Which body the report shows must
// not depend on which unit finished first.
inline void audit(const Customer &c) {
#ifdef CUSTOMER_AUDIT_PHONE
  syslog(LOG_INFO, "%s", c.phone);
#else
  syslog(LOG_INFO, "%s", c.email);
#endif
}

template <typename T> void trace(const T &c) { printf("%s\n", c.phone); }
#endif
