// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// OpenSSL's one-shot digests return the digest, not the data: a variable
// that holds it is not personal data, whatever its name says.
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
};

void hashed_into_named_locals(const Partner &p, const char *key) {
  // Each local is named after a category, but holds a digest.
  const unsigned char *phone = SHA256(
      reinterpret_cast<const unsigned char *>(p.phone.data()), p.phone.size(), nullptr);
  printf("%s\n", phone);
  unsigned char out[64];
  const unsigned char *email = SHA512(
      reinterpret_cast<const unsigned char *>(p.email.data()), p.email.size(), out);
  printf("%s\n", email);
  unsigned int n = 0;
  const unsigned char *iin = HMAC(EVP_sha256(), key, 16,
      reinterpret_cast<const unsigned char *>(p.phone.data()), p.phone.size(), out, &n);
  printf("%s\n", iin);
}

void logged_beside_the_digest(const Partner &p) {
  // The digest is clean; the email printed next to it is not.
  const unsigned char *phone = SHA256(
      reinterpret_cast<const unsigned char *>(p.phone.data()), p.phone.size(), nullptr);
  printf("%s %s\n", phone, p.email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}
