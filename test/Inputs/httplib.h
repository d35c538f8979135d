// Mock <httplib.h>: the client side.
#ifndef MOCK_HTTPLIB_H
#define MOCK_HTTPLIB_H
#include <string>
namespace httplib {
struct Result {};
class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  Result Post(const std::string &path, const std::string &body, const std::string &content_type);
  Result Get(const std::string &path);
};
} // namespace httplib
#endif
