#include "partner.h"
std::string contact_line(const Partner &p) { return p.email + " / " + p.phone; }
