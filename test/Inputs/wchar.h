/* Mock <wchar.h> for piiflow's lit tests. */
#ifndef PIIFLOW_TEST_WCHAR_H
#define PIIFLOW_TEST_WCHAR_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
int wprintf(const wchar_t *format, ...);
size_t wcslen(const wchar_t *s);
#ifdef __cplusplus
}
#endif
#endif
