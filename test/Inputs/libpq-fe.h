/* Mock <libpq-fe.h>. */
#ifndef MOCK_LIBPQ_FE_H
#define MOCK_LIBPQ_FE_H
#ifdef __cplusplus
extern "C" {
#endif
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef unsigned int Oid;
PGresult *PQexec(PGconn *conn, const char *query);
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams,
                       const Oid *paramTypes, const char *const *paramValues,
                       const int *paramLengths, const int *paramFormats,
                       int resultFormat);
PGresult *PQexecPrepared(PGconn *conn, const char *stmtName, int nParams,
                         const char *const *paramValues,
                         const int *paramLengths, const int *paramFormats,
                         int resultFormat);
char *PQgetvalue(const PGresult *res, int row, int col);
char *PQescapeLiteral(PGconn *conn, const char *str, unsigned long len);
void PQclear(PGresult *res);
#ifdef __cplusplus
}
#endif
#endif
