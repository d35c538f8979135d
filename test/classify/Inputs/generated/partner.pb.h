// Stands for generated code that the project excludes.
#include <stdio.h>
namespace gen {
struct PartnerProto { const char *phone; };
inline void debug(const PartnerProto &p) { printf("%s\n", p.phone); }
}
