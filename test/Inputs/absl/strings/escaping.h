// Mock <absl/strings/escaping.h>: base64 encodings.
#ifndef MOCK_ABSL_STRINGS_ESCAPING_H
#define MOCK_ABSL_STRINGS_ESCAPING_H
#include <string>
#include <string_view>
namespace absl {
using std::string_view;
void Base64Escape(absl::string_view src, std::string *dest);
std::string Base64Escape(absl::string_view src);
std::string WebSafeBase64Escape(absl::string_view src);
bool Base64Unescape(absl::string_view src, std::string *dest);
} // namespace absl
#endif
