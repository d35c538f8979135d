/* Mock <syslog.h> for piiflow's lit tests. */
#ifndef PIIFLOW_TEST_SYSLOG_H
#define PIIFLOW_TEST_SYSLOG_H
#include <stdarg.h>
#define LOG_EMERG 0
#define LOG_ALERT 1
#define LOG_CRIT 2
#define LOG_ERR 3
#define LOG_WARNING 4
#define LOG_NOTICE 5
#define LOG_INFO 6
#define LOG_DEBUG 7
#define LOG_PID 0x01
#define LOG_USER (1 << 3)
#define LOG_AUTH (4 << 3)
#ifdef __cplusplus
extern "C" {
#endif
void openlog(const char *ident, int option, int facility);
void syslog(int priority, const char *format, ...);
void vsyslog(int priority, const char *format, va_list ap);
void closelog(void);
#ifdef __cplusplus
}
#endif
#endif
