// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// An encoding is not a sanitizer: base64 of a phone number still reaches
// the log as the phone number.
#include <QtCore/QByteArray>
#include <absl/strings/escaping.h>
#include <cstdio>
#include <string>

// A project's own encoder, named as most are.
std::string base64_encode(const std::string &in);
// As in <openssl/evp.h>.
extern "C" int EVP_EncodeBlock(unsigned char *t, const unsigned char *f, int n);

struct Partner {
  std::string phone;
  std::string email;
  int phone_count;
};

void encoded(const Partner &p) {
  std::string a = base64_encode(p.phone);
  std::puts(a.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::string b;
  absl::Base64Escape(p.email, &b);
  std::puts(b.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  QByteArray c = QByteArray::fromStdString(p.phone).toBase64();
  std::puts(c.constData());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  unsigned char d[64];
  EVP_EncodeBlock(d, reinterpret_cast<const unsigned char *>(p.email.data()),
                  static_cast<int>(p.email.size()));
  std::puts(reinterpret_cast<const char *>(d));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A count, encoded, is still not personal data.
  std::puts(base64_encode(std::to_string(p.phone_count)).c_str());
}
