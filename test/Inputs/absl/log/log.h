// Mock <absl/log/log.h>: LOG, VLOG and DLOG build a temporary
// absl::log_internal::LogMessage and insert into its InternalStream(), as
// absl/log/internal/log_impl.h and strip.h expand them.
#ifndef MOCK_ABSL_LOG_LOG_H
#define MOCK_ABSL_LOG_LOG_H
#include <string>
namespace absl {
namespace log_internal {
class LogMessage {
public:
  struct InfoTag {};
  struct WarningTag {};
  struct ErrorTag {};
  LogMessage(const char *file, int line, InfoTag);
  LogMessage(const char *file, int line, WarningTag);
  LogMessage(const char *file, int line, ErrorTag);
  ~LogMessage();
  LogMessage &InternalStream() { return *this; }
  LogMessage &WithVerbosity(int verbose_level);
  LogMessage &operator<<(const std::string &v);
  LogMessage &operator<<(const char *v);
  LogMessage &operator<<(int v);
  LogMessage &operator<<(long v);
};
class LogMessageFatal : public LogMessage {
public:
  LogMessageFatal(const char *file, int line);
};
class Voidify {
public:
  template <typename T> void operator&&(const T &) const && {}
};
} // namespace log_internal
} // namespace absl

#define ABSL_LOG_INTERNAL_CONDITION(condition)                                 \
  switch (0)                                                                   \
  case 0:                                                                      \
  default:                                                                     \
    !(condition) ? (void)0 : ::absl::log_internal::Voidify() &&
#define ABSL_LOGGING_INTERNAL_LOG_INFO                                         \
  ::absl::log_internal::LogMessage(                                            \
      __FILE__, __LINE__, ::absl::log_internal::LogMessage::InfoTag{})
#define ABSL_LOGGING_INTERNAL_LOG_WARNING                                      \
  ::absl::log_internal::LogMessage(                                            \
      __FILE__, __LINE__, ::absl::log_internal::LogMessage::WarningTag{})
#define ABSL_LOGGING_INTERNAL_LOG_ERROR                                        \
  ::absl::log_internal::LogMessage(                                            \
      __FILE__, __LINE__, ::absl::log_internal::LogMessage::ErrorTag{})
#define ABSL_LOGGING_INTERNAL_LOG_FATAL                                        \
  ::absl::log_internal::LogMessageFatal(__FILE__, __LINE__)

#define LOG(severity)                                                          \
  ABSL_LOG_INTERNAL_CONDITION(true)                                            \
  ABSL_LOGGING_INTERNAL_LOG_##severity.InternalStream()
#define DLOG(severity) LOG(severity)
#define VLOG(verbose_level)                                                    \
  ABSL_LOG_INTERNAL_CONDITION(true)                                            \
  ABSL_LOGGING_INTERNAL_LOG_INFO.InternalStream().WithVerbosity(verbose_level)
#endif
