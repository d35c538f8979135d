// Mock <fmt/ostream.h>: print to a std::ostream.
#ifndef MOCK_FMT_OSTREAM_H
#define MOCK_FMT_OSTREAM_H
#include <fmt/core.h>
#include <ostream>
namespace fmt {
inline namespace v10 {
template <class... T> void print(std::ostream &os, const char *fmt, T &&...args);
} // namespace v10
} // namespace fmt
#endif
