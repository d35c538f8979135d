// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Methods: a setter stores data in its object, a getter returns it, and a
// method that logs its object's state logs what the object was given.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
};

class Message {
public:
  void set_body(const std::string &b) { body_ = b; }
  const std::string &body() const { return body_; }
  void print() const { puts(body_.c_str()); }
  // CHECK: :[[@LINE-1]]:24: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]

private:
  std::string body_;
};

class Envelope {
public:
  explicit Envelope(const std::string &text) : text_(text) {}
  const std::string &text() const { return text_; }

private:
  std::string text_;
};

void setter_then_getter(const Partner &p) {
  Message m;
  m.set_body(p.phone);
  puts(m.body().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  m.print();
}

void constructed(const Partner &p) {
  Envelope e(p.phone);
  fputs(e.text().c_str(), stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void unrelated_object() {
  // This message was never given personal data.
  Message m;
  m.set_body("hello");
  puts(m.body().c_str());
}
