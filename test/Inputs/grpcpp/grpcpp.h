// Mock <grpcpp/grpcpp.h>: channels, the client context and the status that
// generated stubs use.
#ifndef MOCK_GRPCPP_GRPCPP_H
#define MOCK_GRPCPP_GRPCPP_H
#include <memory>
#include <string>
namespace grpc {
class ChannelInterface {};
class Channel : public ChannelInterface {};
class ChannelCredentials {};
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();
std::shared_ptr<Channel>
CreateChannel(const std::string &target,
              const std::shared_ptr<ChannelCredentials> &creds);
class ClientContext {
public:
  ClientContext();
  void AddMetadata(const std::string &meta_key, const std::string &meta_value);
};
class Status {
public:
  bool ok() const;
};
} // namespace grpc
#endif
