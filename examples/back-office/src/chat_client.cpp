#include "backoffice/notifications.h"

#include <curl/curl.h>

#include <iostream>

namespace backoffice {

namespace {

constexpr const char *kManagersRoom =
    "https://hooks.teamchat.example/v1/rooms/pbo-managers/messages";

size_t discard_body(char *, size_t size, size_t nmemb, void *) {
  return size * nmemb;
}

} // namespace

bool post_to_managers_chat(const std::string &text) {
  CURL *curl = curl_easy_init();
  if (curl == nullptr)
    return false;
  // Callers build the text from validated fields: no quotes to escape.
  const std::string body = "{\"text\":\"" + text + "\"}";
  curl_slist *headers =
      curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(curl, CURLOPT_URL, kManagersRoom);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard_body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
  const CURLcode rc = curl_easy_perform(curl);
  if (rc != CURLE_OK)
    std::cerr << "team chat: " << curl_easy_strerror(rc) << '\n';
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}

} // namespace backoffice
