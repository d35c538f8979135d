// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -isystem %S/../Inputs/QtCore -isystem %S/../Inputs/QtPositioning | FileCheck %s --implicit-check-not=warning:
//
// Qt's device identifier and position (rules/models/qt-platform.json).
#include <QGeoPositionInfoSource>
#include <QSysInfo>
#include <stdio.h>

void identify() {
  QByteArray id = QSysInfo::machineUniqueId();
  printf("device %s\n", id.constData());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (device.identifier) from 'QSysInfo::machineUniqueId' reaches a log [pii-log]
  // CHECK: :[[@LINE-3]]:19: note: 'QSysInfo::machineUniqueId' returns device.identifier
}

void where(const QGeoPositionInfoSource &source) {
  double lat = source.lastKnownPosition().coordinate().latitude();
  printf("at %f\n", lat);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (location.geo) from 'QGeoPositionInfoSource::lastKnownPosition' reaches a log [pii-log]
}

void architecture() {
  // The CPU architecture is no device identifier.
  printf("%s\n", QSysInfo::currentCpuArchitecture().toStdString().c_str());
}
