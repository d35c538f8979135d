// Mock <nlohmann/json.hpp>: basic_json in its versioned inline namespace,
// with the members the models name, declared only.
#ifndef MOCK_NLOHMANN_JSON_HPP
#define MOCK_NLOHMANN_JSON_HPP
#include <initializer_list>
#include <stddef.h>
#include <string>
namespace nlohmann {
inline namespace json_abi_v3_11_3 {
namespace detail {
template <typename BasicJsonType> class json_ref {
public:
  template <class... Args> json_ref(Args &&...args);
};
} // namespace detail
template <class T = void> class basic_json {
public:
  typedef std::initializer_list<detail::json_ref<basic_json>> initializer_list_t;
  basic_json();
  basic_json(const basic_json &other);
  basic_json(initializer_list_t init);
  template <class CompatibleType> basic_json(const CompatibleType &val);
  basic_json &operator=(basic_json other);
  basic_json &operator[](const char *key);
  basic_json &operator[](const std::string &key);
  basic_json &operator[](size_t idx);
  basic_json &at(const std::string &key);
  void push_back(const basic_json &val);
  template <class... Args> basic_json &emplace_back(Args &&...args);
  std::string dump(int indent = -1) const;
  template <class V> V get() const;
  size_t size() const;
  bool contains(const std::string &key) const;
  static basic_json parse(const std::string &text);
};
using json = basic_json<>;
} // namespace json_abi_v3_11_3
} // namespace nlohmann
#endif
