#pragma once

#include "backoffice/partner.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace backoffice {

class Session {
public:
  Session(std::string iin, std::string email, std::string token)
      : iin_(std::move(iin)), email_(std::move(email)),
        token_(std::move(token)) {}

  const std::string &iin() const { return iin_; }
  const std::string &email() const { return email_; }
  const std::string &token() const { return token_; }

private:
  std::string iin_;
  std::string email_;
  std::string token_;
};

// Partners sign in to the cabinet with a one-time SMS code; back-office staff
// use a password.
class AuthService {
public:
  bool send_code(const Partner &partner);
  std::optional<Session> verify_code(const std::string &phone,
                                     const std::string &otp);

  void add_staff(const std::string &login, const std::string &password);
  bool check_password(const std::string &login,
                      const std::string &password) const;

private:
  struct PendingLogin {
    std::string code;
    std::string iin;
    std::string email;
  };
  struct Credentials {
    std::string salt;
    std::string hash;
  };

  std::unordered_map<std::string, PendingLogin> pending_;  // by phone
  std::unordered_map<std::string, Credentials> staff_;     // by login
};

// Our outsourcing backend (api.outsourcing.pbo.kz).
class OutsourcingClient {
public:
  bool upload(const Partner &p);

private:
  long timeout_seconds_ = 10;
};

// Product analytics vendor.
class AnalyticsClient {
public:
  bool track_signup(const Partner &p);
  bool track_export(std::size_t partner_count);
};

} // namespace backoffice
