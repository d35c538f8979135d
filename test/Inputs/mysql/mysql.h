/* Mock <mysql/mysql.h>. */
#ifndef MOCK_MYSQL_H
#define MOCK_MYSQL_H
#ifdef __cplusplus
extern "C" {
#endif
typedef struct st_mysql MYSQL;
typedef struct st_mysql_res MYSQL_RES;
int mysql_query(MYSQL *mysql, const char *q);
int mysql_real_query(MYSQL *mysql, const char *q, unsigned long length);
unsigned long mysql_real_escape_string(MYSQL *mysql, char *to, const char *from,
                                       unsigned long length);
MYSQL_RES *mysql_store_result(MYSQL *mysql);
#ifdef __cplusplus
}
#endif
#endif
