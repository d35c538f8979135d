// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
//
// A MIME form: data put into a part (curl_mime_data) is in the form that
// CURLOPT_MIMEPOST sends to the handle's host.
#include <curl/curl.h>
#include <string>

struct Partner {
  std::string phone;
  int attempts;
};

void upload(const Partner &p, const char *url) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_mime *form = curl_mime_init(curl);
  curl_mimepart *part = curl_mime_addpart(form);
  curl_mime_name(part, "phone");
  curl_mime_data(part, p.phone.c_str(), p.phone.size());
  curl_easy_setopt(curl, CURLOPT_MIMEPOST, form);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-3]]:3: note: added to 'form' by 'curl_mime_data'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

void upload_to_partner_api(const Partner &p) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://api.partner-api.example/v1/partners");
  curl_mime *form = curl_mime_init(curl);
  curl_mimepart *part = curl_mime_addpart(form);
  curl_mime_data(part, p.phone.c_str(), p.phone.size());
  curl_easy_setopt(curl, CURLOPT_MIMEPOST, form);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'api.partner-api.example' [pii-third-party]
  // APPROVED-NOT: :[[@LINE-2]]:3: warning:
}

void counters_only(const Partner &p, CURL *curl) {
  curl_mime *form = curl_mime_init(curl);
  curl_mimepart *part = curl_mime_addpart(form);
  curl_mime_data(part, "attempts", 8);
  curl_easy_setopt(curl, CURLOPT_MIMEPOST, form);
}
