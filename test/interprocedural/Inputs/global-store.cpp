#include "partner.h"
const char *g_recent_caller;
void on_call(const Partner &p) { g_recent_caller = p.phone.c_str(); }
