/* Mock <sodium.h>. */
#ifndef MOCK_SODIUM_H
#define MOCK_SODIUM_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
int crypto_generichash(unsigned char *out, size_t outlen,
                       const unsigned char *in, unsigned long long inlen,
                       const unsigned char *key, size_t keylen);
int crypto_secretbox_easy(unsigned char *c, const unsigned char *m,
                          unsigned long long mlen, const unsigned char *n,
                          const unsigned char *k);
int crypto_box_seal(unsigned char *c, const unsigned char *m,
                    unsigned long long mlen, const unsigned char *pk);
#ifdef __cplusplus
}
#endif
#endif
