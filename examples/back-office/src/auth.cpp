#include "backoffice/log.h"
#include "backoffice/services.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <random>

namespace backoffice {

namespace {

constexpr std::size_t kMinPasswordLength = 12;

std::string random_digits(int count) {
  static std::mt19937 rng{std::random_device{}()};
  std::uniform_int_distribution<int> digit(0, 9);
  std::string out;
  for (int i = 0; i < count; ++i)
    out += static_cast<char>('0' + digit(rng));
  return out;
}

// TODO(auth): switch to argon2 from libsodium before the cabinet goes public.
std::string hash_password(const std::string &password, const std::string &salt) {
  return std::to_string(std::hash<std::string>{}(salt + password));
}

} // namespace

bool AuthService::send_code(const Partner &partner) {
  if (partner.phone.empty())
    return false;
  std::string sms_code = random_digits(6);
  pending_[partner.phone] = {sms_code, partner.iin, partner.email};
  // Delivery goes through the SMS gateway queue, outside this service.
  std::clog << "sent code " << sms_code << '\n';  // leak: sms_code -> log
  std::clog << "code queued for " << mask_phone(partner.phone) << '\n';  // ok: sanitized by mask_phone
  return true;
}

std::optional<Session> AuthService::verify_code(const std::string &phone,
                                                const std::string &otp) {
  auto it = pending_.find(phone);
  if (it == pending_.end() || it->second.code != otp) {
    fprintf(stderr, "login failed for %s\n", phone.c_str());  // leak: phone -> log
    return std::nullopt;
  }
  Session session(it->second.iin, it->second.email, random_digits(32));
  pending_.erase(it);
  return session;
}

void AuthService::add_staff(const std::string &login,
                            const std::string &password) {
  if (password.size() < kMinPasswordLength) {
    std::cerr << "password must be at least " << kMinPasswordLength << " characters\n";  // ok: a constant, not the password
    return;
  }
  Credentials credentials;
  credentials.salt = random_digits(16);
  credentials.hash = hash_password(password, credentials.salt);
  staff_[login] = std::move(credentials);
}

bool AuthService::check_password(const std::string &login,
                                 const std::string &password) const {
  auto it = staff_.find(login);
  if (it == staff_.end())
    return false;
  return hash_password(password, it->second.salt) == it->second.hash;
}

} // namespace backoffice
