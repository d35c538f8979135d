// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Digests and ciphertexts written to an out-parameter: the buffer holds
// what the inputs held minus what the function protects, and nothing of
// what it held before.
#include <openssl/evp.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <string>

struct Partner {
  std::string phone;
  std::string api_secret;
};

void encrypted_over_the_plaintext(const Partner &p, EVP_CIPHER_CTX *ctx) {
  unsigned char buf[64];
  memcpy(buf, p.phone.data(), p.phone.size());
  int n = 0;
  // The ciphertext replaces the phone number in buf.
  EVP_EncryptUpdate(ctx, buf, &n, reinterpret_cast<const unsigned char *>(p.phone.data()), 10);
  printf("%s\n", buf);
}

void secretbox(const Partner &p, const unsigned char *nonce, const unsigned char *key) {
  unsigned char box[128];
  crypto_secretbox_easy(box, reinterpret_cast<const unsigned char *>(p.phone.data()),
                        p.phone.size(), nonce, key);
  printf("%s\n", box);
}

void streaming_digest_of_a_phone(const Partner &p) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx, p.phone.data(), p.phone.size());
  unsigned char md[32];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, md, &len);
  printf("%s\n", md);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: passes through 'EVP_DigestFinal_ex', which does not protect contact.phone
}

void streaming_digest_of_a_secret(const Partner &p) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  EVP_DigestUpdate(ctx, p.api_secret.data(), p.api_secret.size());
  unsigned char md[32];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, md, &len);
  printf("%s\n", md);
}

void generichash_of_a_phone(const Partner &p) {
  // crypto_generichash may be unkeyed: it does not protect a phone number.
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(p.phone.data()),
                     p.phone.size(), nullptr, 0);
  printf("%s\n", h);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}
