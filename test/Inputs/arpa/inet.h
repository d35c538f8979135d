/* Mock <arpa/inet.h>. */
#ifndef MOCK_ARPA_INET_H
#define MOCK_ARPA_INET_H
#include <netinet/in.h>
#include <sys/socket.h>
#ifdef __cplusplus
extern "C" {
#endif
#define INET6_ADDRSTRLEN 46
const char *inet_ntop(int af, const void *src, char *dst, socklen_t size);
char *inet_ntoa(struct in_addr in);
#ifdef __cplusplus
}
#endif
#endif
