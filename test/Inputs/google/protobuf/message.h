// Mock <google/protobuf/message.h>: the base classes of generated messages.
#ifndef MOCK_GOOGLE_PROTOBUF_MESSAGE_H
#define MOCK_GOOGLE_PROTOBUF_MESSAGE_H
#include <string>
namespace google {
namespace protobuf {
class MessageLite {
public:
  virtual ~MessageLite();
  bool SerializeToString(std::string *output) const;
  std::string SerializeAsString() const;
};
class Message : public MessageLite {
public:
  std::string DebugString() const;
  std::string ShortDebugString() const;
};
} // namespace protobuf
} // namespace google
#endif
