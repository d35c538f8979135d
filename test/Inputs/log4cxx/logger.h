// Mock <log4cxx/logger.h>: Logger's level methods and forcedLog, and the
// LOG4CXX_* macros, which stream the message into a helpers::MessageBuffer
// and pass what it extracts to Logger::forcedLog (LOG4CXX_NS is log4cxx).
#ifndef MOCK_LOG4CXX_LOGGER_H
#define MOCK_LOG4CXX_LOGGER_H
#include <ostream>
#include <string>
namespace log4cxx {
namespace spi {
class LocationInfo {
public:
  LocationInfo(const char *file, const char *function, int line);
};
} // namespace spi
class Level;
typedef const Level *LevelPtr;
class Level {
public:
  static LevelPtr getInfo();
  static LevelPtr getWarn();
  static LevelPtr getError();
  static LevelPtr getDebug();
};
namespace helpers {
class CharMessageBuffer {
public:
  CharMessageBuffer &operator<<(const std::string &msg);
  CharMessageBuffer &operator<<(const char *msg);
  std::ostream &operator<<(int v);
};
class MessageBuffer {
public:
  MessageBuffer();
  CharMessageBuffer &operator<<(const std::string &msg);
  CharMessageBuffer &operator<<(const char *msg);
  std::ostream &operator<<(int v);
  const std::string &extract_str(CharMessageBuffer &buf);
  const std::string &extract_str(std::ostream &os);
  const std::string &str(CharMessageBuffer &buf);
  const std::string &str(std::ostream &os);
};
} // namespace helpers
class Logger;
typedef Logger *LoggerPtr;
class Logger {
public:
  static LoggerPtr getLogger(const std::string &name);
  static bool isInfoEnabledFor(const LoggerPtr &logger);
  static bool isWarnEnabledFor(const LoggerPtr &logger);
  static bool isErrorEnabledFor(const LoggerPtr &logger);
  void forcedLog(const LevelPtr &level, const std::string &message,
                 const spi::LocationInfo &location) const;
  void debug(const std::string &msg) const;
  void info(const std::string &msg) const;
  void info(const std::string &msg, const spi::LocationInfo &location) const;
  void warn(const std::string &msg) const;
  void error(const std::string &msg) const;
  void fatal(const std::string &msg) const;
  void trace(const std::string &msg) const;
  void log(const LevelPtr &level, const std::string &message) const;
};
} // namespace log4cxx

#define LOG4CXX_LOCATION ::log4cxx::spi::LocationInfo(__FILE__, __func__, __LINE__)
#define LOG4CXX_INFO(logger, message)                                          \
  do {                                                                         \
    if (::log4cxx::Logger::isInfoEnabledFor(logger)) {                         \
      ::log4cxx::helpers::MessageBuffer oss_;                                  \
      logger->forcedLog(::log4cxx::Level::getInfo(),                           \
                        oss_.extract_str(oss_ << message), LOG4CXX_LOCATION);  \
    }                                                                          \
  } while (0)
#define LOG4CXX_WARN(logger, message)                                          \
  do {                                                                         \
    if (::log4cxx::Logger::isWarnEnabledFor(logger)) {                         \
      ::log4cxx::helpers::MessageBuffer oss_;                                  \
      logger->forcedLog(::log4cxx::Level::getWarn(),                           \
                        oss_.extract_str(oss_ << message), LOG4CXX_LOCATION);  \
    }                                                                          \
  } while (0)
#define LOG4CXX_ERROR(logger, message)                                         \
  do {                                                                         \
    if (::log4cxx::Logger::isErrorEnabledFor(logger)) {                        \
      ::log4cxx::helpers::MessageBuffer oss_;                                  \
      logger->forcedLog(::log4cxx::Level::getError(),                          \
                        oss_.str(oss_ << message), LOG4CXX_LOCATION);          \
    }                                                                          \
  } while (0)
#endif
