// Mock <fmt/format.h>.
#ifndef MOCK_FMT_FORMAT_H
#define MOCK_FMT_FORMAT_H
#include <fmt/core.h>
#endif
