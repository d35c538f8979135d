// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// Qt Network: QNetworkAccessManager sends a request's URL and headers and a
// body to the host of the request's URL.
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void post(QNetworkAccessManager &nam, const Partner &p) {
  QNetworkRequest req(QUrl("https://collect.vendor.example/v1/partners"));
  nam.post(req, QString::fromStdString(p.phone).toUtf8());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: note: reaches a third party at 'collect.vendor.example' through 'QNetworkAccessManager::post'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party at 'collect.vendor.example'
}

void header_then_put(QNetworkAccessManager &nam, const Partner &p) {
  QNetworkRequest req;
  req.setUrl(QUrl("https://api.partner-api.example/v1"));
  req.setRawHeader("X-Contact", QByteArray(p.email.c_str()));
  nam.put(req, QByteArray("{}"));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'api.partner-api.example' [pii-third-party]
}

void inline_request(QNetworkAccessManager &nam, const Partner &p) {
  nam.sendCustomRequest(QNetworkRequest(QUrl("https://collect.vendor.example/v2")),
                        "PATCH", QByteArray(p.email.c_str()));
  // CHECK: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example' [pii-third-party]
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party at 'collect.vendor.example'
}

void query(QNetworkAccessManager &nam, const QString &base, const Partner &p) {
  // The URL is not a constant: host not known.
  QUrl url(base);
  QUrlQuery q;
  q.addQueryItem("phone", QString::fromStdString(p.phone));
  url.setQuery(q);
  nam.get(QNetworkRequest(url));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known)
}

void to_our_backend(QNetworkAccessManager &nam, const Partner &p) {
  // An approved host of the default policy.
  QNetworkRequest req(QUrl("https://api.pbo.kz/v1/partners"));
  nam.post(req, QByteArray(p.email.c_str()));
  // A count is not personal data.
  QNetworkRequest stats(QUrl("https://collect.vendor.example/v1/stats"));
  nam.post(stats, QString::number(p.phone_count).toUtf8());
}
