// What protoc and grpc_cpp_plugin generate for a small service
// (acme/partners/v1/partners.proto), reduced to the declarations tests use.
#ifndef ACME_PARTNERS_GRPC_PB_H
#define ACME_PARTNERS_GRPC_PB_H
#include <google/protobuf/message.h>
#include <grpcpp/grpcpp.h>
#include <string>
namespace acme {
namespace partners {
namespace v1 {
class Contact final : public ::google::protobuf::Message {
public:
  void set_phone(const std::string &value);
  std::string *mutable_phone();
};
class SyncRequest final : public ::google::protobuf::Message {
public:
  const std::string &email() const;
  void set_email(const std::string &value);
  void set_attempts(int value);
  Contact *mutable_contact();
  void add_tags(const std::string &value);
};
class SyncReply final : public ::google::protobuf::Message {};
class PartnerService final {
public:
  class StubInterface {
  public:
    virtual ~StubInterface();
    virtual ::grpc::Status Sync(::grpc::ClientContext *context,
                                const SyncRequest &request,
                                SyncReply *response) = 0;
  };
  class Stub final : public StubInterface {
  public:
    ::grpc::Status Sync(::grpc::ClientContext *context,
                        const SyncRequest &request,
                        SyncReply *response) override;
  };
  static std::unique_ptr<Stub>
  NewStub(const std::shared_ptr<::grpc::ChannelInterface> &channel);
};
} // namespace v1
} // namespace partners
} // namespace acme
#endif
