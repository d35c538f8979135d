#include "partner.h"
#include <stdio.h>
void log_contact(const std::string &text) { fprintf(stderr, "%s\n", text.c_str()); }
