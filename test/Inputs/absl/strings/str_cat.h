// Mock <absl/strings/str_cat.h>: StrCat and StrAppend take AlphaNum, made
// implicitly from each argument.
#ifndef MOCK_ABSL_STRINGS_STR_CAT_H
#define MOCK_ABSL_STRINGS_STR_CAT_H
#include <string>
#include <string_view>
namespace absl {
using std::string_view;
class AlphaNum {
public:
  AlphaNum(int x);
  AlphaNum(long x);
  AlphaNum(const char *c_str);
  AlphaNum(const std::string &str);
  AlphaNum(absl::string_view pc);
};
std::string StrCat(const AlphaNum &a);
std::string StrCat(const AlphaNum &a, const AlphaNum &b);
std::string StrCat(const AlphaNum &a, const AlphaNum &b, const AlphaNum &c);
void StrAppend(std::string *dest, const AlphaNum &a);
void StrAppend(std::string *dest, const AlphaNum &a, const AlphaNum &b);
} // namespace absl
#endif
