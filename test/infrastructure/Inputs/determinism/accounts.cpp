#define CUSTOMER_AUDIT_PHONE
#include "customer.h"

void open_account(const Customer &c) {
  audit(c);
  trace(c);
  printf("opened for %s\n", c.phone);
}

// Slow to parse (constant evaluation), so that with -j4 this first unit
// finishes after the others: results must still come back in input order.
constexpr long spin(long n, long k) {
  long s = 0;
  for (long i = 0; i < n; ++i)
    s += (i ^ k) % 7;
  return s;
}
static_assert(spin(150000, 1) > 0, "");
static_assert(spin(150000, 2) > 0, "");
