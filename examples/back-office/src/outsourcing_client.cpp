#include "backoffice/services.h"

#include <curl/curl.h>
#include <syslog.h>

#include <iostream>
#include <memory>
#include <sstream>

namespace backoffice {

namespace {
size_t discard_body(char *, size_t size, size_t nmemb, void *) {
  return size * nmemb;
}
} // namespace

bool OutsourcingClient::upload(const Partner &p) {
  std::cout << "syncing partner, 1C host " << p.hostname << '\n';  // ok: hostname is not personal data

  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(),
                                                           &curl_easy_cleanup);
  if (!curl)
    return false;

  // Values are validated on import and contain no quotes.
  const std::string body =
      "{\"iin\":\"" + p.iin + "\",\"full_name\":\"" + p.full_name +
      "\",\"phone\":\"" + p.phone + "\",\"email\":\"" + p.email +
      "\",\"birth_date\":\"" + p.birth_date + "\"}";
  curl_slist *headers =
      curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(curl.get(), CURLOPT_URL,
                   "https://api.outsourcing.pbo.kz/v1/partners");
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());  // ok: approved host *.pbo.kz
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, discard_body);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, timeout_seconds_);
  const CURLcode rc = curl_easy_perform(curl.get());
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);

  if (rc != CURLE_OK || status >= 300) {
    std::ostringstream oss;
    oss << "outsourcing upload failed (" << curl_easy_strerror(rc)
        << ", HTTP " << status << ") iin=" << p.iin;
    syslog(LOG_WARNING, "%s", oss.str().c_str());  // leak: partner.iin -> log
    return false;
  }
  return true;
}

} // namespace backoffice
