// Mock <hiredis/hiredis.h>.
#ifndef MOCK_HIREDIS_H
#define MOCK_HIREDIS_H
typedef struct redisContext redisContext;
extern "C" void *redisCommand(redisContext *c, const char *format, ...);
#endif
