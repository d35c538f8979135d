// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -isystem %S/../Inputs/QtCore | FileCheck %s --check-prefix=SERVER --allow-empty --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/client-profile.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -isystem %S/../Inputs/QtCore | FileCheck %s --check-prefix=CLIENT --implicit-check-not=warning:
//
// The OS version of the machine the code runs on is the user's device
// information only in client code: the models of uname and QSysInfo's
// versions apply when the policy enables the 'client' profile. On a server
// (the default policy) they are the operator's machine: no finding.
// device.os_version is of low sensitivity: its findings are notes, which
// do not fail the scan.
#include <QSysInfo>
#include <stdio.h>
#include <sys/utsname.h>

void report_platform() {
  struct utsname u;
  uname(&u);
  printf("%s %s\n", u.sysname, u.release);
  // CLIENT: :[[@LINE-1]]:3: warning: personal data (device.os_version) from 'uname' reaches a log [pii-log]
  printf("%s\n", QSysInfo::productVersion().toStdString().c_str());
  // CLIENT: :[[@LINE-1]]:3: warning: personal data (device.os_version) from 'QSysInfo::productVersion' reaches a log [pii-log]
}
// SERVER-NOT: warning:
