// Mock <boost/beast/http.hpp>: a request is a message whose fields
// (basic_fields::set/insert) and body (message::body()) the caller fills,
// and http::write sends it on a stream.
#ifndef MOCK_BOOST_BEAST_HTTP_HPP
#define MOCK_BOOST_BEAST_HTTP_HPP
#include <string>
namespace boost {
namespace beast {
namespace http {
enum class verb { get, post, put, patch };
enum class field : unsigned short {
  authorization,
  content_type,
  cookie,
  host,
  user_agent
};
struct string_body {
  typedef std::string value_type;
};
template <class Allocator> class basic_fields {
public:
  void set(field name, const std::string &value);
  void set(const std::string &name, const std::string &value);
  void insert(field name, const std::string &value);
  void insert(const std::string &name, const std::string &value);
};
typedef basic_fields<void> fields;
template <bool isRequest, class Fields = fields>
class header : public Fields {
public:
  void method(verb v);
  void target(const std::string &s);
};
template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
public:
  message();
  message(verb method, const std::string &target, unsigned version);
  typename Body::value_type &body();
  void prepare_payload();
};
template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;
template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
unsigned long write(SyncWriteStream &stream,
                    const message<isRequest, Body, Fields> &msg);
template <class AsyncWriteStream, bool isRequest, class Body, class Fields,
          class Handler>
void async_write(AsyncWriteStream &stream,
                 const message<isRequest, Body, Fields> &msg, Handler &&h) {}
} // namespace http
class tcp_stream {
public:
  void connect(const std::string &endpoint);
};
} // namespace beast
} // namespace boost
#endif
