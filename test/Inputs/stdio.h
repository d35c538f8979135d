/* Mock <stdio.h> for piiflow's lit tests: the declarations the stdio
   models (rules/models/stdio.json) and the C string models name. */
#ifndef PIIFLOW_TEST_STDIO_H
#define PIIFLOW_TEST_STDIO_H
#include <stddef.h>
#include <stdarg.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct _IO_FILE FILE;
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr
#define EOF (-1)
FILE *fopen(const char *path, const char *mode);
int fclose(FILE *stream);
int fflush(FILE *stream);
int printf(const char *format, ...);
int vprintf(const char *format, va_list ap);
int fprintf(FILE *stream, const char *format, ...);
int vfprintf(FILE *stream, const char *format, va_list ap);
int sprintf(char *str, const char *format, ...);
int snprintf(char *str, size_t size, const char *format, ...);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
int putchar(int c);
size_t fwrite(const void *ptr, size_t size, size_t n, FILE *stream);
void perror(const char *s);
#ifdef __cplusplus
}
#endif
#endif
