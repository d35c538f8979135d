// Mock of Qt's logging: the qDebug() family expands, as in Qt, to a
// QMessageLogger whose debug()/info()/warning()/critical() either take a
// printf-style message or return a QDebug stream.
#ifndef MOCK_QDEBUG_H
#define MOCK_QDEBUG_H
#include <QtCore/qstring.h>
class QDebug {
public:
  QDebug(const QDebug &other);
  ~QDebug();
  QDebug &space();
  QDebug &nospace();
  QDebug &quote();
  QDebug &noquote();
  QDebug &operator<<(const QString &s);
  QDebug &operator<<(const char *s);
  QDebug &operator<<(const std::string &s);
  QDebug &operator<<(int i);
  QDebug &operator<<(long i);
  QDebug &operator<<(long long i);
};
class QMessageLogger {
public:
  QMessageLogger(const char *file, int line, const char *function);
  void debug(const char *msg, ...) const;
  void info(const char *msg, ...) const;
  void warning(const char *msg, ...) const;
  void critical(const char *msg, ...) const;
  [[noreturn]] void fatal(const char *msg, ...) const;
  QDebug debug() const;
  QDebug info() const;
  QDebug warning() const;
  QDebug critical() const;
};
#define qDebug QMessageLogger(__FILE__, __LINE__, __func__).debug
#define qInfo QMessageLogger(__FILE__, __LINE__, __func__).info
#define qWarning QMessageLogger(__FILE__, __LINE__, __func__).warning
#define qCritical QMessageLogger(__FILE__, __LINE__, __func__).critical
#define qFatal QMessageLogger(__FILE__, __LINE__, __func__).fatal
#endif
