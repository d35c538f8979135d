// RUN: not piiflow scan --report-html %t.html --report-md %t.md %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs
// RUN: FileCheck %s --input-file %t.html
// RUN: FileCheck %s --check-prefix=MD --input-file %t.md
// The HTML escapes every name it shows, and the page can make no request:
// a Content-Security-Policy forbids anything but its inline style and script.
#include <curl/curl.h>
#include <string>

struct Partner {
  std::string email;
};

void send(const Partner &p) {
  CURL *c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, "https://a<b>\"c'&d.example/x");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, p.email.c_str());
}

// CHECK: <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
// CHECK-NOT: a<b>
// CHECK: <code>a&lt;b&gt;&quot;c&#39;&amp;d.example</code>
// CHECK-NOT: a<b>
// CHECK: <svg id="map-diagram"
// CHECK-NOT: a<b>
// CHECK: </html>

// MD: third party: `a<b>"c'&d.example` receives contact.email
