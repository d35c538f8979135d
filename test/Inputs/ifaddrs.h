/* Mock <ifaddrs.h>. */
#ifndef MOCK_IFADDRS_H
#define MOCK_IFADDRS_H
#include <sys/socket.h>
#ifdef __cplusplus
extern "C" {
#endif
struct ifaddrs {
  struct ifaddrs *ifa_next;
  char *ifa_name;
  struct sockaddr *ifa_addr;
};
int getifaddrs(struct ifaddrs **ifap);
void freeifaddrs(struct ifaddrs *ifa);
#ifdef __cplusplus
}
#endif
#endif
