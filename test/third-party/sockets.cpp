// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/approve-partner-api.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --implicit-check-not=warning:
// Sockets and TLS: what is written to a socket goes to the peer, a third
// party whose host the call does not tell. A project approves its own
// client functions by name in approved.recipients.
#include <openssl/ssl.h>
#include <string>
#include <sys/socket.h>

struct Partner {
  std::string phone;
  std::string email;
  int attempts;
};

void plain_socket(int fd, const Partner &p) {
  send(fd, p.phone.data(), p.phone.size(), 0);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  // CHECK: :[[@LINE-2]]:3: note: reaches a third party (host not known) through 'send'
  // APPROVED: :[[@LINE-3]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
  std::string msg = "EMAIL " + p.email + "\r\n";
  sendto(fd, msg.c_str(), msg.size(), 0, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
}

void over_tls(SSL *ssl, const Partner &p) {
  SSL_write(ssl, p.email.c_str(), (int)p.email.size());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
  // APPROVED: :[[@LINE-2]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a third party (host not known) [pii-third-party]
}

// The project's own client for an approved partner: the policy decides.
void partner_api_push(SSL *ssl, const Partner &p) {
  SSL_write(ssl, p.phone.c_str(), (int)p.phone.size());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a third party (host not known) [pii-third-party]
}

void not_personal(int fd, SSL *ssl, const Partner &p) {
  // A counter and a literal are not personal data; the length of a phone
  // number is not the number.
  std::string hello = "HELLO " + std::to_string(p.attempts);
  send(fd, hello.data(), hello.size(), 0);
  SSL_write(ssl, "PING", 4);
  send(fd, "LEN", p.phone.size(), 0);
  // Reading from a socket sends nothing.
  char buf[64];
  SSL_read(ssl, buf, sizeof buf);
}

// A method that happens to be called send is not the C function.
struct Mailer {
  int send(int channel, const char *text, unsigned long n, int flags);
};
void queue_locally(Mailer &m, const char *phone) {
  m.send(1, phone, 16, 0);
}
