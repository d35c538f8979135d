/* Mock <sys/socket.h>. */
#ifndef MOCK_SYS_SOCKET_H
#define MOCK_SYS_SOCKET_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef unsigned int socklen_t;
typedef long ssize_t;
struct sockaddr {
  unsigned short sa_family;
  char sa_data[14];
};
int socket(int domain, int type, int protocol);
int connect(int fd, const struct sockaddr *addr, socklen_t len);
ssize_t send(int fd, const void *buf, size_t n, int flags);
ssize_t sendto(int fd, const void *buf, size_t n, int flags,
               const struct sockaddr *addr, socklen_t addr_len);
ssize_t recv(int fd, void *buf, size_t n, int flags);
ssize_t recvfrom(int fd, void *buf, size_t n, int flags,
                 struct sockaddr *addr, socklen_t *addr_len);
int accept(int fd, struct sockaddr *addr, socklen_t *len);
int getpeername(int fd, struct sockaddr *addr, socklen_t *len);
#ifdef __cplusplus
}
#endif
#endif
