// Mock <QtCore/qfile.h>: QIODevice and the file and socket that share it.
#ifndef MOCK_QFILE_H
#define MOCK_QFILE_H
#include <QtCore/qstring.h>
class QIODevice {
public:
  long long write(const char *data);
};
class QFile : public QIODevice {
public:
  explicit QFile(const QString &name);
};
class QTcpSocket : public QIODevice {};
#endif
