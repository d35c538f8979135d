#include <stdio.h>
struct Partner { const char *tel_no; };
void show(const Partner &p) { printf("%s\n", p.tel_no); }
