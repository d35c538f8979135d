// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// QString: conversions from and to std::string and UTF-8, arg(), + and the
// parts of a string carry the data.
#include <QtCore/QString>
#include <cstdio>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void conversions(const Partner &p) {
  QString q = QString::fromStdString(p.phone);
  std::puts(q.toStdString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  QString e = QString::fromStdString(p.email);
  std::puts(e.toUtf8().constData());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void composed(const Partner &p) {
  QString a = QString("partner %1").arg(QString::fromStdString(p.phone));
  std::puts(a.toStdString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  QString b = QString("email ") + QString::fromStdString(p.email);
  std::puts(b.trimmed().toStdString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // A Qt string on the right of +, and a QByteArray on its left.
  QString d = "tel " + QString::fromStdString(p.phone);
  std::puts(d.toStdString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  QByteArray e = QByteArray::fromStdString(p.email) + ";";
  std::puts(e.constData());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  QString c = QString::asprintf("%s", p.phone.c_str()).mid(2);
  std::puts(c.toLower().toStdString().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A count is not personal data; the length of a phone is not the phone.
  QString a = QString("%1 phones").arg(p.phone_count);
  std::puts(a.toStdString().c_str());
  std::printf("%d\n", QString::fromStdString(p.phone).size());
}
