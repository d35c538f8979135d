// Mock <spdlog/spdlog.h>: the free logging functions, spdlog::logger and
// the SPDLOG_* macros, with the variadic templates simplified.
#ifndef MOCK_SPDLOG_H
#define MOCK_SPDLOG_H
namespace spdlog {
namespace level {
enum level_enum { trace, debug, info, warn, err, critical, off };
}
struct source_loc {
  const char *filename;
  int line;
  const char *funcname;
};
class logger {
public:
  template <class... A> void trace(const char *fmt, const A &...args);
  template <class... A> void debug(const char *fmt, const A &...args);
  template <class... A> void info(const char *fmt, const A &...args);
  template <class... A> void warn(const char *fmt, const A &...args);
  template <class... A> void error(const char *fmt, const A &...args);
  template <class... A> void critical(const char *fmt, const A &...args);
  template <class... A>
  void log(source_loc loc, level::level_enum lvl, const char *fmt, const A &...args);
  bool should_log(level::level_enum lvl) const;
};
logger *default_logger_raw();
template <class... A> void trace(const char *fmt, const A &...args);
template <class... A> void debug(const char *fmt, const A &...args);
template <class... A> void info(const char *fmt, const A &...args);
template <class... A> void warn(const char *fmt, const A &...args);
template <class... A> void error(const char *fmt, const A &...args);
template <class... A> void critical(const char *fmt, const A &...args);
void set_level(level::level_enum lvl);
} // namespace spdlog
#define SPDLOG_LOGGER_CALL(logger, level, ...)                                 \
  (logger)->log(spdlog::source_loc{__FILE__, __LINE__, __func__}, level, __VA_ARGS__)
#define SPDLOG_INFO(...)                                                       \
  SPDLOG_LOGGER_CALL(spdlog::default_logger_raw(), spdlog::level::info, __VA_ARGS__)
#define SPDLOG_ERROR(...)                                                      \
  SPDLOG_LOGGER_CALL(spdlog::default_logger_raw(), spdlog::level::err, __VA_ARGS__)
#endif
