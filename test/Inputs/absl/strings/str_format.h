// Mock <absl/strings/str_format.h>: StrFormat and StrAppendFormat.
#ifndef MOCK_ABSL_STRINGS_STR_FORMAT_H
#define MOCK_ABSL_STRINGS_STR_FORMAT_H
#include <string>
namespace absl {
namespace str_format_internal {
template <typename... Args> class FormatSpecTemplate {
public:
  FormatSpecTemplate(const char *s);
};
template <typename T> struct Identity {
  typedef T type;
};
} // namespace str_format_internal
// Not deduced from the format string, as in absl: Args come from the values.
template <typename... Args>
using FormatSpec = typename str_format_internal::Identity<
    str_format_internal::FormatSpecTemplate<Args...>>::type;
template <typename... Args>
std::string StrFormat(const FormatSpec<Args...> &format, const Args &...args);
template <typename... Args>
std::string &StrAppendFormat(std::string *dst,
                             const FormatSpec<Args...> &format,
                             const Args &...args);
} // namespace absl
#endif
