// A header with an inline function that logs, included by both translation
// units of sarif-output/sarif-deterministic.cpp: its finding must be reported
// once, whichever unit is analysed first. Included with quotes, so it is not
// a system header.
#ifndef PIIFLOW_TEST_SARIF_DETERMINISTIC_SHARED_H
#define PIIFLOW_TEST_SARIF_DETERMINISTIC_SHARED_H
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *email;
  long iin;
};

inline void log_partner(const Partner &p) { printf("%s\n", p.phone); }
#endif
