// Mock of Qt's QUrl and QUrlQuery: the declarations the models in
// rules/models/qt-network.json name.
#ifndef MOCK_QURL_H
#define MOCK_QURL_H
#include <QtCore/qstring.h>
class QUrlQuery {
public:
  QUrlQuery();
  void addQueryItem(const QString &key, const QString &value);
  QString toString() const;
};
class QUrl {
public:
  enum ParsingMode { TolerantMode, StrictMode };
  QUrl();
  QUrl(const QString &url, ParsingMode mode = TolerantMode);
  void setQuery(const QUrlQuery &query);
  void setQuery(const QString &query);
  void setPath(const QString &path);
  QString toString() const;
};
#endif
