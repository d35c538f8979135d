// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Peer addresses are IP addresses (rules/models/posix-net.json): accept,
// getpeername and recvfrom fill them in, getifaddrs lists them; inet_ntop
// carries an address into its text.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <stdio.h>
#include <sys/socket.h>

void accepted(int listener) {
  struct sockaddr peer;
  socklen_t len = sizeof peer;
  int fd = accept(listener, &peer, &len);
  char text[INET6_ADDRSTRLEN];
  inet_ntop(2, &peer, text, sizeof text);
  printf("connection %d from %s\n", fd, text);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (network.ip_address) from 'accept' reaches a log [pii-log]
  // CHECK: :[[@LINE-5]]:12: note: 'accept' fills 'peer' with network.ip_address
  // CHECK: :[[@LINE-4]]:3: note: added to 'text' by 'inet_ntop'
}

void peer_of(int fd) {
  char buf[128];
  socklen_t len = sizeof buf;
  getpeername(fd, reinterpret_cast<struct sockaddr *>(buf), &len);
  fprintf(stderr, "peer %s\n", inet_ntop(2, buf, nullptr, 0));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (network.ip_address) from 'getpeername' reaches a log [pii-log]
}

void datagram(int fd) {
  char data[512];
  struct sockaddr from;
  socklen_t len = sizeof from;
  recvfrom(fd, data, sizeof data, 0, &from, &len);
  // What was received is not classified; where it came from is.
  printf("%s\n", data);
  printf("%s\n", from.sa_data);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (network.ip_address) from 'recvfrom' reaches a log [pii-log]
}

void interfaces() {
  struct ifaddrs *list = nullptr;
  getifaddrs(&list);
  for (struct ifaddrs *i = list; i; i = i->ifa_next)
    puts(i->ifa_addr->sa_data);
  // CHECK: :[[@LINE-1]]:5: warning: personal data (network.ip_address) from 'getifaddrs' reaches a log [pii-log]
}

void configured_address() {
  // The server's own configured address, turned into text: no source.
  unsigned char listen_on[4] = {127, 0, 0, 1};
  char text[16];
  inet_ntop(2, listen_on, text, sizeof text);
  printf("listening on %s\n", text);
}
