/* Mock <string.h> for piiflow's lit tests. */
#ifndef PIIFLOW_TEST_STRING_H
#define PIIFLOW_TEST_STRING_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
char *strcat(char *dst, const char *src);
char *strncat(char *dst, const char *src, size_t n);
char *strdup(const char *s);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
#ifdef __cplusplus
}
#endif
#endif
