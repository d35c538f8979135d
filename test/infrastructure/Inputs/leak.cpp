#include <stdio.h>
struct Partner { const char *phone; };
void show(const Partner &p) { printf("%s\n", p.phone); }
