// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// POCO Net: a session's host comes from its constructor or setHost; the
// request's headers go with sendRequest, the body through the stream it
// returns.
#include <Poco/Net/HTTPClientSession.h>
#include <string>

using namespace Poco::Net;

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void body(const Partner &p) {
  HTTPClientSession session("collect.vendor.example");
  HTTPRequest req(HTTPRequest::HTTP_POST, "/v1/partners", HTTPMessage::HTTP_1_1);
  session.sendRequest(req) << "phone=" << p.phone;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: note: reaches a third party at 'collect.vendor.example' through 'std::operator<<'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
}

void headers(const Partner &p) {
  HTTPSClientSession session("api.partner-api.example");
  HTTPRequest req(HTTPRequest::HTTP_GET, "/lookup", HTTPMessage::HTTP_1_1);
  req.set("X-Contact", p.email);
  session.sendRequest(req);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
}

void form(const std::string &host, const Partner &p) {
  // A host from outside: not known.
  HTTPClientSession session;
  session.setHost(host);
  HTTPRequest req(HTTPRequest::HTTP_POST, "/submit", HTTPMessage::HTTP_1_1);
  HTMLForm form;
  form.add("email", p.email);
  form.prepareSubmit(req);
  form.write(session.sendRequest(req));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-2]]:14: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
  // APPROVED: :[[@LINE-4]]:14: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known)
}

void to_our_backend(const Partner &p) {
  // An approved host of the default policy.
  HTTPSClientSession session("api.pbo.kz");
  HTTPRequest req(HTTPRequest::HTTP_POST, "/v1/partners?phone=" + p.phone, HTTPMessage::HTTP_1_1);
  session.sendRequest(req) << p.email;
  // A count is not personal data.
  HTTPClientSession other("collect.vendor.example");
  HTTPRequest stats(HTTPRequest::HTTP_POST, "/v1/stats", HTTPMessage::HTTP_1_1);
  other.sendRequest(stats) << p.phone_count;
}
