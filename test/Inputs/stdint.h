/* Mock <stdint.h> for piiflow's lit tests: the exact-width integers. */
#ifndef PIIFLOW_TEST_STDINT_H
#define PIIFLOW_TEST_STDINT_H
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long long uint64_t;
#endif
