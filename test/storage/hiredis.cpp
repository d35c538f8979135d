// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// hiredis: a command that writes stores its arguments; a read does not.
#include <hiredis/hiredis.h>
#include <string>

struct Partner {
  std::string iin;
  std::string phone;
};

void cache(redisContext *c, const Partner &p) {
  redisCommand(c, "SET partner:%s %s", p.iin.c_str(), p.phone.c_str());
  // CHECK-DAG: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  // CHECK-DAG: :[[@LINE-2]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  redisCommand(c, "hset partner %s %s", "phone", p.phone.c_str());
  // CHECK-DAG: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
}

void lookup(redisContext *c, const Partner &p) {
  // A read stores nothing.
  redisCommand(c, "GET partner:%s", p.iin.c_str());
}
