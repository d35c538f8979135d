// Mock <sqlite3.h>.
#ifndef MOCK_SQLITE3_H
#define MOCK_SQLITE3_H
extern "C" {
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
int sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
int sqlite3_bind_text(sqlite3_stmt *, int, const char *, int, void (*)(void *));
int sqlite3_bind_int64(sqlite3_stmt *, int, long long);
int sqlite3_bind_int(sqlite3_stmt *, int, int);
int sqlite3_bind_double(sqlite3_stmt *, int, double);
int sqlite3_bind_text16(sqlite3_stmt *, int, const void *, int, void (*)(void *));
int sqlite3_bind_text64(sqlite3_stmt *, int, const char *, unsigned long long, void (*)(void *), unsigned char);
int sqlite3_bind_blob(sqlite3_stmt *, int, const void *, int, void (*)(void *));
int sqlite3_bind_blob64(sqlite3_stmt *, int, const void *, unsigned long long, void (*)(void *));
int sqlite3_step(sqlite3_stmt *);
const unsigned char *sqlite3_column_text(sqlite3_stmt *, int);
int sqlite3_exec(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);
char *sqlite3_mprintf(const char *, ...);
char *sqlite3_snprintf(int, char *, const char *, ...);
void sqlite3_free(void *);
}
#endif
