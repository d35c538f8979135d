#include <stdio.h>
namespace acme { const char *obscure_phone(const char *); }
struct Partner { const char *phone; };
void show(const Partner &p) { printf("%s\n", acme::obscure_phone(p.phone)); }
