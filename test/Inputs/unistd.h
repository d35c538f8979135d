/* Mock <unistd.h>. */
#ifndef MOCK_UNISTD_H
#define MOCK_UNISTD_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef long ssize_t;
typedef long off_t;
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
ssize_t write(int fd, const void *buf, size_t n);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset);
int close(int fd);
#ifdef __cplusplus
}
#endif
#endif
