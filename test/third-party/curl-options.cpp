// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// libcurl: headers (a curl_slist), credentials, a copied body and MIME parts
// go to the host of the handle's URL, like a POST body.
#include <curl/curl.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string password;
  int phone_count;
};

void header(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://collect.vendor.example/v1");
  struct curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, ("X-Phone: " + p.phone).c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
}

void credentials_and_copied_body(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://api.partner-api.example/v1");
  curl_easy_setopt(c, CURLOPT_USERPWD, (p.email + ":" + p.password).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (credential.secret) from 'Partner::password' reaches a third party at 'api.partner-api.example' [pii-third-party]
  curl_easy_setopt(c, CURLOPT_COPYPOSTFIELDS, p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'api.partner-api.example' [pii-third-party]
}

void mime(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://collect.vendor.example/upload");
  curl_mime *form = curl_mime_init(c);
  curl_mime_data(curl_mime_addpart(form), p.email.c_str(), 0);
  curl_easy_setopt(c, CURLOPT_MIMEPOST, form);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example'
}

void not_personal(const Partner &p) {
  // A count in a header is not personal data; an approved host is no third party.
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://collect.vendor.example/v1");
  struct curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, ("X-Count: " + std::to_string(p.phone_count)).c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
  CURL *ours = curl_easy_init();
  curl_easy_setopt(ours, CURLOPT_URL, "https://api.pbo.kz/v1");
  curl_easy_setopt(ours, CURLOPT_USERPWD, p.password.c_str());
}
