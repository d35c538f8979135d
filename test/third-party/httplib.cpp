// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// cpp-httplib: the client's host comes from its constructor; its requests
// go there. An approved host (*.pbo.kz by default) is no third party.
#include <httplib.h>
#include <string>

struct Partner {
  std::string phone;
};

void to_vendor(const Partner &p) {
  httplib::Client cli("https://collect.vendor.example");
  cli.Post("/events", p.phone, "text/plain");
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
}

void to_our_backend(const Partner &p) {
  httplib::Client cli("https://api.pbo.kz");
  cli.Post("/v1/partners", p.phone, "text/plain");
}

void to_somewhere(const Partner &p, const std::string &host) {
  httplib::Client cli(host);
  cli.Get("/lookup?phone=" + p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}
