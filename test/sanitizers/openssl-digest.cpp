// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// OpenSSL's digests protect each category they can hide: an unkeyed SHA-2
// digest of a phone number is reversed by hashing every phone number, so it
// protects only values that cannot be enumerated (a session token); HMAC,
// keyed, protects every category (rules/models/openssl.json).
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string session_token;
};

void unkeyed_digest_of_a_phone(const Partner &p) {
  const unsigned char *d = SHA256(
      reinterpret_cast<const unsigned char *>(p.phone.data()), p.phone.size(), nullptr);
  printf("%s\n", d);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: passes through 'SHA256', which does not protect contact.phone
}

void unkeyed_digest_of_a_token(const Partner &p) {
  // A token is random: its digest hides it.
  const unsigned char *d = SHA256(
      reinterpret_cast<const unsigned char *>(p.session_token.data()), p.session_token.size(), nullptr);
  printf("%s\n", d);
}

void keyed_digest_of_a_phone(const Partner &p, const char *key) {
  // HMAC protects every category.
  unsigned char out[64];
  unsigned int n = 0;
  const unsigned char *d = HMAC(EVP_sha256(), key, 16,
      reinterpret_cast<const unsigned char *>(p.phone.data()), p.phone.size(), out, &n);
  printf("%s %s\n", d, out);
}

void digest_into_a_named_local(const Partner &p) {
  // The local's name says secret; it holds the digest of a token.
  const unsigned char *secret = SHA512(
      reinterpret_cast<const unsigned char *>(p.session_token.data()), p.session_token.size(), nullptr);
  printf("%s\n", secret);
}
