#include <stdio.h>
extern const char *g_recent_caller;
void dump_state() { fprintf(stderr, "%s\n", g_recent_caller); }
