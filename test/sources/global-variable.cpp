// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Global and namespace-scope variables are named by their qualified name.
#include <stdio.h>
#include <string>

std::string g_admin_email;
static const char *fallback_phone = "";

namespace config {
const char *support_phone;
namespace detail {
std::string operator_iin;
}
} // namespace config

const char *g_app_name = "back-office";

void global() {
  puts(g_admin_email.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'g_admin_email' reaches a log [pii-log]
  // CHECK-NEXT: :[[@LINE-15]]:13: note: 'g_admin_email' holds personal data (contact.email)
  // CHECK-NEXT: :[[@LINE-3]]:8: note: 'g_admin_email' is read: contact.email
}

void file_static() {
  puts(fallback_phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'fallback_phone' reaches a log [pii-log]
}

void namespaced() {
  printf("%s %s\n", config::support_phone, config::detail::operator_iin.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'config::support_phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: warning: personal data (person.national_id) from 'config::detail::operator_iin' reaches a log [pii-log]
}

void not_personal() {
  // An application name is not a person's name.
  puts(g_app_name);
}
