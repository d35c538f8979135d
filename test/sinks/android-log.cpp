// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Android: __android_log_print and __android_log_write write to logcat.
#include <android/log.h>
#include <string>

#define LOG_TAG "partners"
#define ALOGI(...) __android_log_print(ANDROID_LOG_INFO, LOG_TAG, __VA_ARGS__)

struct Partner {
  std::string phone;
  const char *email;
  int attempts;
};

void printed(const Partner &p) {
  __android_log_print(ANDROID_LOG_DEBUG, "partners", "phone=%s", p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: :[[@LINE-2]]:3: note: reaches a log through '__android_log_print'
  ALOGI("email=%s", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void written(const Partner &p) {
  __android_log_write(ANDROID_LOG_WARN, LOG_TAG, p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

void not_personal(const Partner &p) {
  // A priority, a tag and a counter are not personal data; asking whether
  // a tag is loggable logs nothing.
  __android_log_print(ANDROID_LOG_INFO, LOG_TAG, "attempt %d", p.attempts);
  __android_log_write(ANDROID_LOG_INFO, LOG_TAG, "done");
  __android_log_is_loggable(ANDROID_LOG_DEBUG, LOG_TAG, ANDROID_LOG_INFO);
}
