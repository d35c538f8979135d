/* Mock <stddef.h> for piiflow's lit tests: just enough to be hermetic. */
#ifndef PIIFLOW_TEST_STDDEF_H
#define PIIFLOW_TEST_STDDEF_H
typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif
#endif
