// Mock <curl/curl.h>: the easy interface.
#ifndef MOCK_CURL_H
#define MOCK_CURL_H
typedef void CURL;
struct curl_slist;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_COPYPOSTFIELDS = 10165,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_COOKIE = 10022,
  CURLOPT_USERPWD = 10005,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_MIMEPOST = 10269
} CURLoption;
typedef struct curl_mime curl_mime;
typedef struct curl_mimepart curl_mimepart;
extern "C" {
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
struct curl_slist *curl_slist_append(struct curl_slist *, const char *);
curl_mime *curl_mime_init(CURL *easy);
curl_mimepart *curl_mime_addpart(curl_mime *mime);
CURLcode curl_mime_name(curl_mimepart *part, const char *name);
CURLcode curl_mime_data(curl_mimepart *part, const char *data, unsigned long datasize);
}
#endif
