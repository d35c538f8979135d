// A record shared by the units of the cross-TU test.
#include <string>
struct Partner {
  std::string phone;
  std::string email;
};
void log_contact(const std::string &text);
std::string contact_line(const Partner &p);
