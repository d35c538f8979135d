/* Mock <fcntl.h>. */
#ifndef MOCK_FCNTL_H
#define MOCK_FCNTL_H
#ifdef __cplusplus
extern "C" {
#endif
#define O_WRONLY 01
#define O_CREAT 0100
#define O_APPEND 02000
int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, unsigned mode);
#ifdef __cplusplus
}
#endif
#endif
