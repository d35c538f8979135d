// Mock <glog/logging.h>: LOG(severity) streams into a LogMessage.
#ifndef MOCK_GLOG_LOGGING_H
#define MOCK_GLOG_LOGGING_H
#include <ostream>
namespace google {
enum LogSeverity { GLOG_INFO, GLOG_WARNING, GLOG_ERROR };
class LogMessage {
public:
  LogMessage(const char *file, int line, LogSeverity s);
  ~LogMessage();
  std::ostream &stream();
};
} // namespace google
#define LOG(severity) google::LogMessage(__FILE__, __LINE__, google::GLOG_##severity).stream()
#define VLOG(level) LOG(INFO)
#define DLOG(severity) LOG(severity)
#endif
