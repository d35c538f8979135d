// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// cpr: the free functions send every option to the host of their cpr::Url;
// a Session sends what its setters gave it to the URL SetUrl gave it.
#include <cpr/cpr.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string password;
  int phone_count;
};

void post_body(const Partner &p) {
  cpr::Post(cpr::Url{"https://collect.vendor.example/v1"}, cpr::Body{p.phone});
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: note: reaches a third party at 'collect.vendor.example' through 'cpr::Post'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
}

void payload_header_parameters(const Partner &p) {
  cpr::Put(cpr::Url{"https://api.partner-api.example/v1/partners"},
           cpr::Payload{{"email", p.email}});
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
  cpr::Get(cpr::Url{"https://lookup.vendor.example/find"},
           cpr::Parameters{{"phone", p.phone}});
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'lookup.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'lookup.vendor.example'
  cpr::Patch(cpr::Url{"https://collect.vendor.example/v1"},
             cpr::Header{{"X-Contact", p.email}});
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example'
}

void to_our_backend(const Partner &p) {
  // An approved host of the default policy: PBO's own backend.
  cpr::Post(cpr::Url{"https://api.pbo.kz/v1/partners"}, cpr::Body{p.phone});
  // A count is not personal data.
  cpr::Post(cpr::Url{"https://collect.vendor.example/v1"},
            cpr::Body{std::to_string(p.phone_count)});
}

void url_elsewhere(const Partner &p, const std::string &url) {
  // The URL is not a constant, or not the first option: host not known.
  cpr::Post(cpr::Url{url}, cpr::Body{p.email});
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
  cpr::Post(cpr::Body{p.phone}, cpr::Url{"https://api.pbo.kz/v1"});
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known)
}

void session(const Partner &p) {
  cpr::Session s;
  s.SetUrl(cpr::Url{"https://collect.vendor.example/v2"});
  s.SetAuth(cpr::Authentication{p.email, p.password, cpr::AuthMode::BASIC});
  s.Post();
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (credential.secret) from 'Partner::password' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example'
  // APPROVED: :[[@LINE-4]]:3: warning: personal data (credential.secret) from 'Partner::password' reaches a third party at 'collect.vendor.example'
}
