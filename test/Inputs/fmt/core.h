// Mock <fmt/core.h>: print, println and format, with fmt's
// format_string<T...> simplified to const char *.
#ifndef MOCK_FMT_CORE_H
#define MOCK_FMT_CORE_H
#include <stdio.h>
#include <string>
namespace fmt {
inline namespace v10 {
template <class... T> void print(const char *fmt, T &&...args);
template <class... T> void print(FILE *f, const char *fmt, T &&...args);
template <class... T> void println(const char *fmt, T &&...args);
template <class... T> void println(FILE *f, const char *fmt, T &&...args);
template <class... T> std::string format(const char *fmt, T &&...args);
template <class T> std::string to_string(const T &value);
} // namespace v10
} // namespace fmt
#endif
