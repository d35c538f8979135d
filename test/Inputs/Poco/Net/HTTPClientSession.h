// Mock <Poco/Net/HTTPClientSession.h> with HTTPRequest, HTTPSClientSession
// and HTMLForm: a session is built for a host; sendRequest sends a request's
// line and headers and returns the stream the body is written to.
#ifndef MOCK_POCO_NET_HTTPCLIENTSESSION_H
#define MOCK_POCO_NET_HTTPCLIENTSESSION_H
#include <ostream>
#include <string>
namespace Poco {
typedef unsigned short UInt16;
namespace Net {
class NameValueCollection {
public:
  void set(const std::string &name, const std::string &value);
  void add(const std::string &name, const std::string &value);
};
class MessageHeader : public NameValueCollection {};
class HTTPMessage : public MessageHeader {
public:
  static const std::string HTTP_1_1;
  void setContentLength(long length);
  void setContentType(const std::string &mediaType);
};
class HTTPRequest : public HTTPMessage {
public:
  static const std::string HTTP_GET;
  static const std::string HTTP_POST;
  HTTPRequest();
  HTTPRequest(const std::string &method, const std::string &uri,
              const std::string &version);
  void setURI(const std::string &uri);
  void setCredentials(const std::string &scheme,
                      const std::string &authInfo);
};
class HTTPResponse : public HTTPMessage {};
class HTTPClientSession {
public:
  HTTPClientSession();
  HTTPClientSession(const std::string &host, UInt16 port = 80);
  virtual ~HTTPClientSession();
  void setHost(const std::string &host);
  virtual std::ostream &sendRequest(HTTPRequest &request);
};
class HTTPSClientSession : public HTTPClientSession {
public:
  HTTPSClientSession(const std::string &host, UInt16 port = 443);
};
class HTMLForm : public NameValueCollection {
public:
  HTMLForm();
  void prepareSubmit(HTTPRequest &request);
  void write(std::ostream &ostr);
};
} // namespace Net
} // namespace Poco
#endif
