#include "backoffice/services.h"

#include <curl/curl.h>

#include <iostream>

namespace backoffice {

namespace {

size_t discard_body(char *, size_t size, size_t nmemb, void *) {
  return size * nmemb;
}

// Sends the request already set up on `curl`, then frees both handles.
bool perform_and_cleanup(CURL *curl, curl_slist *headers) {
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard_body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
  const CURLcode rc = curl_easy_perform(curl);
  if (rc != CURLE_OK)
    std::cerr << "analytics: " << curl_easy_strerror(rc) << '\n';
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}

} // namespace

bool AnalyticsClient::track_signup(const Partner &p) {
  CURL *curl = curl_easy_init();
  if (curl == nullptr)
    return false;
  // Marketing wants to match sign-ups with ad clicks by phone and email.
  const std::string body = "{\"event\":\"partner_signup\",\"phone\":\"" +
                           p.phone + "\",\"email\":\"" + p.email + "\"}";
  curl_easy_setopt(curl, CURLOPT_URL,
                   "https://collect.metricsvendor.example/v2/events");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());  // leak: partner.phone, partner.email -> third party
  return perform_and_cleanup(
      curl, curl_slist_append(nullptr, "Content-Type: application/json"));
}

bool AnalyticsClient::track_export(std::size_t partner_count) {
  CURL *curl = curl_easy_init();
  if (curl == nullptr)
    return false;
  const std::string body = "{\"event\":\"csv_export\",\"partners\":" +
                           std::to_string(partner_count) + "}";
  curl_easy_setopt(curl, CURLOPT_URL,
                   "https://collect.metricsvendor.example/v2/events");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());  // ok: only a count
  return perform_and_cleanup(
      curl, curl_slist_append(nullptr, "Content-Type: application/json"));
}

} // namespace backoffice
