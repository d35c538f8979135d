// Mock of Qt Network's QNetworkRequest and QNetworkAccessManager: a request
// carries a URL and headers; the manager sends it with a body.
#ifndef MOCK_QNETWORKACCESSMANAGER_H
#define MOCK_QNETWORKACCESSMANAGER_H
#include <QtCore/qstring.h>
#include <QtCore/qurl.h>
class QIODevice;
class QHttpMultiPart;
class QNetworkReply;
class QNetworkRequest {
public:
  enum KnownHeaders { ContentTypeHeader, CookieHeader, UserAgentHeader };
  QNetworkRequest();
  explicit QNetworkRequest(const QUrl &url);
  QNetworkRequest(const QNetworkRequest &other);
  void setUrl(const QUrl &url);
  void setRawHeader(const QByteArray &headerName, const QByteArray &value);
  void setHeader(KnownHeaders header, const QVariant &value);
};
class QNetworkAccessManager {
public:
  QNetworkAccessManager();
  QNetworkReply *get(const QNetworkRequest &request);
  QNetworkReply *post(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *post(const QNetworkRequest &request, QIODevice *data);
  QNetworkReply *put(const QNetworkRequest &request, const QByteArray &data);
  QNetworkReply *sendCustomRequest(const QNetworkRequest &request,
                                   const QByteArray &verb,
                                   const QByteArray &data);
};
#endif
