#include <stdio.h>
struct Partner { const char *phone; const char *email; };
#ifndef FIXED_OLD
void show(const char *phone) { printf("%s\n", phone); }
#endif
#ifdef NEW_LEAK
void mail(const Partner &p) { printf("%s\n", p.email); }
#endif
