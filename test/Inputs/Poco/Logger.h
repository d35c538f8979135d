// Mock <Poco/Logger.h>.
#ifndef MOCK_POCO_LOGGER_H
#define MOCK_POCO_LOGGER_H
#include <string>
namespace Poco {
class Logger {
public:
  static Logger &get(const std::string &name);
  static Logger &root();
  void trace(const std::string &msg);
  void debug(const std::string &msg);
  void information(const std::string &msg);
  void notice(const std::string &msg);
  void warning(const std::string &msg);
  void error(const std::string &msg);
  void critical(const std::string &msg);
  void fatal(const std::string &msg);
  template <class T, class... Args>
  void information(const std::string &fmt, T arg1, Args &&...args);
  template <class T, class... Args>
  void error(const std::string &fmt, T arg1, Args &&...args);
  void information(const std::string &msg, const char *file, int line);
  bool trace() const;
  bool debug() const;
  bool information() const;
  bool warning() const;
  bool error() const;
};
} // namespace Poco
#define poco_information(logger, msg)                                          \
  if ((logger).information())                                                  \
  (logger).information(msg, __FILE__, __LINE__);                               \
  else                                                                         \
    (void)0
#endif
