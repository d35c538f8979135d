#include <stdio.h>
struct Partner { const char *phone; int phone_count; };
void show(const Partner &p) { printf("%d\n", p.phone_count); }
