#include "partner.h"
void report(const Partner &p) { log_contact(contact_line(p)); }
