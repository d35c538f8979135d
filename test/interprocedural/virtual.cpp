// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// A virtual call may run any override in the class hierarchy.
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
};

class Sink {
public:
  virtual ~Sink() = default;
  virtual void write(const std::string &s) = 0;
};

class ConsoleSink : public Sink {
public:
  void write(const std::string &s) override { puts(s.c_str()); }
  // CHECK: :[[@LINE-1]]:47: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: passed as argument 1 to 'Sink::write'
};

class NullSink : public Sink {
public:
  void write(const std::string &) override {}
};

// Not in the hierarchy: a method of the same name is not a target.
class Printer {
public:
  void write(const std::string &s) { puts(s.c_str()); }
};

void report(Sink &out, const Partner &p) { out.write(p.phone); }

void qualified(ConsoleSink &out, const Partner &p) {
  // A qualified call names one body: NullSink's, which does nothing.
  NullSink n;
  n.NullSink::write(p.phone);
}

void printer(Printer &pr) { pr.write("hello"); }
