// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Qt: qDebug() and its siblings log what is inserted into the QDebug they
// return, and a printf-style message given to them. QString carries data
// from std::string, through arg() and back.
#include <QtCore/QDebug>
#include <QtCore/QString>
#include <string>
#include <stdio.h>

struct Partner {
  std::string phone;
  QString email;
  long long iin;
  int attempts;
};

void streamed(const Partner &p) {
  qDebug() << "email" << p.email;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'QDebug::operator<<'
  qWarning() << QString::fromStdString(p.phone) << "attempts" << p.attempts;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  qInfo().noquote() << p.iin;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void printf_style(const Partner &p) {
  qCritical("bad partner %s", qPrintable(p.email));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through 'QMessageLogger::critical'
}

void through_qstring(const Partner &p) {
  QString line = QString("partner %1").arg(QString::fromStdString(p.phone));
  qDebug() << line;
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::string back = p.email.toStdString();
  puts(back.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  QString msg = QString::number(p.iin);
  puts(msg.toUtf8().constData());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A counter and literals are not personal data.
  qDebug() << "attempts" << p.attempts;
  qWarning("retrying after %d attempts", p.attempts);
  qInfo() << QString("done").arg(p.attempts);
  // Only measured, not logged.
  qDebug() << p.email.size();
}
