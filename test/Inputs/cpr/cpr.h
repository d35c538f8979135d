// Mock <cpr/cpr.h>: the request options (Url, Body, Payload, Header,
// Parameters, Authentication, Bearer), the variadic free functions that take
// them in any order, and Session.
#ifndef MOCK_CPR_CPR_H
#define MOCK_CPR_CPR_H
#include <initializer_list>
#include <string>
namespace cpr {
class Url {
public:
  Url();
  Url(const std::string &url);
  Url(const char *url);
};
class Body {
public:
  Body();
  Body(const std::string &body);
  Body(const char *body);
};
struct Pair {
  Pair(const std::string &p_key, const std::string &p_value);
  std::string key;
  std::string value;
};
class Payload {
public:
  Payload(const std::initializer_list<Pair> &pairs);
};
struct Parameter {
  Parameter(const std::string &p_key, const std::string &p_value);
};
class Parameters {
public:
  Parameters(const std::initializer_list<Parameter> &parameters);
};
class Header {
public:
  Header(std::initializer_list<Pair> init);
};
enum class AuthMode { BASIC, DIGEST };
class Authentication {
public:
  Authentication(const std::string &username, const std::string &password,
                 AuthMode auth_mode);
};
class Bearer {
public:
  Bearer(const std::string &token);
};
struct Response {
  long status_code;
  std::string text;
};
template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> Response Post(Ts &&...ts);
template <typename... Ts> Response Put(Ts &&...ts);
template <typename... Ts> Response Patch(Ts &&...ts);
template <typename... Ts> Response Delete(Ts &&...ts);
class Session {
public:
  void SetUrl(const Url &url);
  void SetBody(const Body &body);
  void SetPayload(const Payload &payload);
  void SetHeader(const Header &header);
  void SetParameters(const Parameters &parameters);
  void SetAuth(const Authentication &auth);
  Response Get();
  Response Post();
  Response Put();
};
} // namespace cpr
#endif
