#include <stdio.h>
#include "generated/partner.pb.h"
namespace acme { struct LineId { const char *c_str() const; }; }
struct Account {
  acme::LineId line;          // a project type, listed for contact.phone
  const char *support_phone;  // the company's own line: excluded from contact.phone
  const char *legacy_email;   // a name the project excludes from everything
  const char *email;
  unsigned long long iin;
  acme::LineId backup;
};
void show(const Account &a, const gen::PartnerProto &proto) {
  puts(a.line.c_str());
  puts(a.support_phone);
  puts(a.legacy_email);
  puts(a.email);
  printf("%llu\n", a.iin);
  printf("%s\n", proto.phone);
}
