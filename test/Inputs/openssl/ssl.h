/* Mock <openssl/ssl.h>. */
#ifndef MOCK_OPENSSL_SSL_H
#define MOCK_OPENSSL_SSL_H
#ifdef __cplusplus
extern "C" {
#endif
typedef struct ssl_st SSL;
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_read(SSL *ssl, void *buf, int num);
#ifdef __cplusplus
}
#endif
#endif
