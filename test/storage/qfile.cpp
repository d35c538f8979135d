// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// QIODevice::write is storage when the device is a file, not a socket.
#include <QtCore/QFile>

struct Partner {
  const char *iin;
};

void save(QFile &file, const Partner &p) {
  file.write(p.iin);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
}

void send(QTcpSocket &socket, const Partner &p) {
  // A socket is not storage (third-party sockets are a later model).
  socket.write(p.iin);
}
