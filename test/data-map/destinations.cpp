// RUN: cd %S && not piiflow scan --policy Inputs/approvals.json --report-json %t.json destinations.cpp -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs
// RUN: %map-summary %t.json | FileCheck %s
// The data map's destinations: approved and unapproved hosts, approved and
// unapproved stores with their targets (SQL table, file path, Redis key
// prefix), and approvals in the policy that no flow uses any more.
#include <cstdio>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <sqlite3.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string iin;
};

void to_partner(const Partner &p) {
  // approved.recipients host api.partner.example (from Inputs/approvals.json)
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://api.partner.example/v1/partners");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.phone.c_str());
}

void to_vendor(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://collect.vendor.example/events");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.email.c_str());
}

void to_somewhere(const Partner &p, const char *url) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_COOKIE, p.phone.c_str());
}

namespace repo {
// approved.storage function repo::*: the project's own data layer.
void save(sqlite3 *db, const Partner &p) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO partners (phone) VALUES (?)", -1, &st,
                     nullptr);
  sqlite3_bind_text(st, 1, p.phone.c_str(), -1, nullptr);
}
} // namespace repo

void audit(sqlite3 *db, const Partner &p) {
  const std::string sql = "UPDATE audit_log SET iin = '" + p.iin + "'";
  sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

void dump(const Partner &p) {
  FILE *f = std::fopen("/var/tmp/partners.txt", "w");
  std::fprintf(f, "%s\n", p.email.c_str());
}

void cache(redisContext *r, const Partner &p) {
  redisCommand(r, "SET partner:phone:%s %s", p.iin.c_str(), p.phone.c_str());
}

// CHECK: schema: valid
// CHECK: totals: categories=3/21 declarations=3 functions=7 destinations=7 (log=0 third-party=3 storage=4 approved=2) flows=8 approved-flows=2 findings=6 drift=5/0/4
// CHECK: category contact.phone: declarations=1 readers=to_partner,to_somewhere,repo::save,cache destinations=third-party:function:to_somewhere,third-party:host:api.partner.example:approved,storage:redisCommand:key:partner:phone:,storage:sqlite3_bind_text:table:partners:approved
// CHECK: destination third-party:host:collect.vendor.example: approved=no categories=contact.email sites=destinations.cpp:28
// CHECK: destination third-party:function:to_somewhere: approved=no categories=contact.phone sites=destinations.cpp:34
// CHECK: destination third-party:host:api.partner.example:approved: approved=yes by=host 'api.partner.example' in Inputs/approvals.json categories=contact.phone sites=destinations.cpp:22
// CHECK: destination storage:fprintf:file:/var/tmp/partners.txt: approved=no categories=contact.email sites=destinations.cpp:54
// CHECK: destination storage:redisCommand:key:partner:phone:: approved=no categories=contact.phone,person.national_id sites=destinations.cpp:58
// CHECK: destination storage:sqlite3_exec:table:audit_log: approved=no categories=person.national_id sites=destinations.cpp:49
// CHECK: destination storage:sqlite3_bind_text:table:partners:approved: approved=yes by=function 'repo::*' in Inputs/approvals.json categories=contact.phone sites=destinations.cpp:43
// CHECK: drift unapproved: third-party:host:collect.vendor.example
// CHECK: drift unapproved: third-party:function:to_somewhere
// CHECK: drift unapproved: storage:fprintf:file:/var/tmp/partners.txt
// CHECK: drift unapproved: storage:redisCommand:key:partner:phone:
// CHECK: drift unapproved: storage:sqlite3_exec:table:audit_log
// CHECK-NOT: drift unapproved
// CHECK: drift unused: recipient-host pbo.kz
// CHECK-NEXT: drift unused: recipient-host *.pbo.kz
// CHECK-NEXT: drift unused: recipient-host old-crm.example
// CHECK-NEXT: drift unused: storage-function legacy_store_*
