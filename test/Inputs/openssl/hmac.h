/* Mock <openssl/hmac.h>. */
#ifndef MOCK_OPENSSL_HMAC_H
#define MOCK_OPENSSL_HMAC_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len,
                    const unsigned char *d, size_t n, unsigned char *md,
                    unsigned int *md_len);
#ifdef __cplusplus
}
#endif
#endif
