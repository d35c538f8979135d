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
  // For rules/models/qt-string.json and base64.json.
  static QByteArray fromStdString(const std::string &s);
  std::string toStdString() const;
  QByteArray toBase64() const;
  static QByteArray fromBase64(const QByteArray &base64);
  QByteArray toHex() const;
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
  // For rules/models/qt-string.json.
  static QString asprintf(const char *format, ...);
  QString mid(int position, int n = -1) const;
  QString trimmed() const;
  QString toLower() const;
};
const QString operator+(const QString &s1, const QString &s2);
const QString operator+(const char *s1, const QString &s2);
const QByteArray operator+(const QByteArray &a1, const char *a2);
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
