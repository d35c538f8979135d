// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-export.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
//
// write() on a descriptor: a file that open() returned is storage, a socket
// is a third party, a descriptor of unknown origin is not reported.
#include <fcntl.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

struct Partner {
  std::string phone;
};

void export_partner(const Partner &p) {
  int fd = open("/var/lib/app/partners.csv", O_WRONLY | O_CREAT | O_APPEND, 0600);
  write(fd, p.phone.data(), p.phone.size());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  // APPROVED-NOT: :[[@LINE-2]]:3: warning:
  close(fd);
}

void push_partner(const Partner &p) {
  int fd = socket(2, 1, 0);
  write(fd, p.phone.data(), p.phone.size());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

void to_a_descriptor(int fd, const Partner &p) {
  // A pipe, a terminal or a file: the function does not say.
  write(fd, p.phone.data(), p.phone.size());
}
