// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// Boost.Beast: a request filled through body() and its fields goes where
// http::write sends it; the Host field names the recipient.
#include <boost/beast/http.hpp>
#include <string>

namespace http = boost::beast::http;

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void body(boost::beast::tcp_stream &stream, const Partner &p) {
  http::request<http::string_body> req{http::verb::post, "/v1/partners", 11};
  req.set(http::field::host, "collect.vendor.example");
  req.body() = "phone=" + p.phone;
  req.prepare_payload();
  http::write(stream, req);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: note: reaches a third party at 'collect.vendor.example' through 'boost::beast::http::write'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
}

void header(boost::beast::tcp_stream &stream, const Partner &p) {
  http::request<http::string_body> req{http::verb::get, "/lookup", 11};
  req.set(http::field::host, "api.partner-api.example");
  req.set("X-Contact", p.email);
  http::write(stream, req);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
}

void on_written(int, unsigned long);

void target(boost::beast::tcp_stream &stream, const Partner &p) {
  // No Host field: the host is not known.
  http::request<http::string_body> req;
  req.target("/lookup?phone=" + p.phone);
  http::async_write(stream, req, on_written);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known)
}

void to_our_backend(boost::beast::tcp_stream &stream, const Partner &p) {
  // An approved host of the default policy.
  http::request<http::string_body> req{http::verb::post, "/v1/partners", 11};
  req.set(http::field::host, "api.pbo.kz");
  req.body() = p.email;
  http::write(stream, req);
  // A count is not personal data.
  http::request<http::string_body> count{http::verb::post, "/v1/stats", 11};
  count.set(http::field::host, "collect.vendor.example");
  count.body() = std::to_string(p.phone_count);
  http::write(stream, count);
}
