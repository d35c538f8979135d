// The second translation unit of sarif-output/sarif-deterministic.cpp.
#include "sarif-deterministic-shared.h"

void second_unit(const Partner &p) {
  log_partner(p);
  printf("%s %ld\n", p.email, p.iin);
}
