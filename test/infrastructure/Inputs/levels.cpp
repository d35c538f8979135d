#include <stdio.h>
struct Visit { const char *ip_address; const char *email; const char *iin; };
#ifdef LOG_IP
void low(const Visit &v) { printf("%s\n", v.ip_address); }
#endif
#ifdef LOG_EMAIL
void medium(const Visit &v) { printf("%s\n", v.email); }
#endif
#ifdef LOG_IIN
void high(const Visit &v) { printf("%s\n", v.iin); }
#endif
