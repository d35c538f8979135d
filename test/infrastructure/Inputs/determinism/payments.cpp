#include "customer.h"
#include <string>

void charge(const Customer &c) {
  trace(c);
  std::string line = std::string("card ") + c.card_number;
  fprintf(stderr, "%s\n", line.c_str());
}
