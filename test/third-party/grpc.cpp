// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -I %S/Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partners-service.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -I %S/Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// gRPC: a generated stub sends its request message and the context's
// metadata; protobuf setters fill the message. The server is not known from
// the call; a policy that approves the service's stubs approves the flows.
#include "partners.grpc.pb.h"
#include <cstdio>
#include <string>

using namespace acme::partners::v1;

struct Partner {
  std::string phone;
  std::string email;
  int attempts;
};

void sync(PartnerService::Stub &stub, const Partner &p) {
  grpc::ClientContext ctx;
  SyncRequest req;
  req.set_email(p.email);
  SyncReply reply;
  stub.Sync(&ctx, req, &reply);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-4]]:3: note: added to 'req' by 'set_email'
  // CHECK: :[[@LINE-3]]:3: note: reaches a third party (host not known) through 'acme::partners::v1::PartnerService::Stub::Sync'
}

void nested_and_metadata(const std::shared_ptr<grpc::Channel> &channel,
                         const Partner &p) {
  std::unique_ptr<PartnerService::Stub> stub = PartnerService::NewStub(channel);
  grpc::ClientContext ctx;
  ctx.AddMetadata("x-contact", p.email);
  SyncRequest req;
  req.mutable_contact()->set_phone(p.phone);
  SyncReply reply;
  stub->Sync(&ctx, req, &reply);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

void through_the_interface(PartnerService::StubInterface *stub, const Partner &p) {
  SyncRequest req;
  req.add_tags(p.phone);
  grpc::ClientContext ctx;
  SyncReply reply;
  stub->Sync(&ctx, req, &reply);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

void serialised_and_logged(const Partner &p) {
  Contact c;
  *c.mutable_phone() = p.phone;
  std::puts(c.DebugString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

// Not a protobuf message: its setter is not modelled.
struct Settings {
  void set_label(const std::string &value);
};

void not_sent(PartnerService::Stub &stub, const Partner &p) {
  Settings s;
  s.set_label(p.phone);
  std::puts(reinterpret_cast<const char *>(&s));
  // A count is not personal data.
  SyncRequest req;
  req.set_attempts(p.attempts);
  grpc::ClientContext ctx;
  SyncReply reply;
  stub.Sync(&ctx, req, &reply);
}
