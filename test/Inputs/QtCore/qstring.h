// Mock of Qt's QString, QByteArray and QVariant: the declarations the
// models in rules/models/qt.json name.
#ifndef MOCK_QSTRING_H
#define MOCK_QSTRING_H
#include <string>
class QByteArray {
public:
  QByteArray();
  QByteArray(const char *data, int size = -1);
  const char *constData() const;
  const char *data() const;
};
class QString {
public:
  QString();
  QString(const char *s);
  QString(const QString &other);
  static QString fromStdString(const std::string &s);
  static QString fromUtf8(const char *s, int size = -1);
  static QString fromLatin1(const char *s, int size = -1);
  static QString number(long long n, int base = 10);
  std::string toStdString() const;
  QByteArray toUtf8() const;
  QByteArray toLocal8Bit() const;
  QByteArray toLatin1() const;
  QString arg(const QString &a, int fieldWidth = 0) const;
  QString arg(long long a, int fieldWidth = 0, int base = 10) const;
  QString &append(const QString &s);
  QString &operator+=(const QString &s);
  int size() const;
  bool isEmpty() const;
};
class QVariant {
public:
  QVariant();
  QVariant(const QString &s);
  QVariant(int i);
  QVariant(long long i);
  QVariant(const char *s);
  QString toString() const;
};
#define qPrintable(string) (string).toLocal8Bit().constData()
#endif
