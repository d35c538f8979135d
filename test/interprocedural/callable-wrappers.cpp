// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs -DPIIFLOW_MOCK_BOOST_FUNCTION_N=0 | FileCheck %s --implicit-check-not=warning:
//
// Callable wrappers other than std::function (the invoker models of
// rules/models/callables.json): a call through one reaches the lambdas and
// functions of its signature, with the captures of the callable it holds;
// std::invoke calls the callable it is given. Each wrapper here has a
// signature of its own, so that each finding comes from one model. The
// second RUN line has boost::function take its call operator from older
// Boost's function1.
#include <absl/functional/any_invocable.h>
#include <absl/functional/function_ref.h>
#include <boost/function.hpp>
#include <folly/Function.h>
#include <functional>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
  std::string email;
  std::string status;
};

void any_invocable(const Partner &p) {
  absl::AnyInvocable<void(const std::string &)> f = [](const std::string &s) {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  };
  f(p.phone);
}

// A callable of another signature is no candidate: the call above passes a
// const std::string &, this lambda takes a const char *.
void other_signature(const Partner &p) {
  absl::AnyInvocable<void(const char *)> g = [](const char *s) { puts(s); };
  g(p.status.c_str());
}

// What the lambda captured travels in the wrapper to its body.
void any_invocable_captures(const Partner &p) {
  std::string e = p.email;
  absl::AnyInvocable<void()> later = [e]() { puts(e.c_str()); };
  // CHECK: :[[@LINE-1]]:46: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
  later();
}

void function_ref(const Partner &p) {
  absl::FunctionRef<void(const std::string &, int)> f =
      [](const std::string &s, int) {
        puts(s.c_str());
        // CHECK: :[[@LINE-1]]:9: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
      };
  f(p.phone, 1);
}

void move_only(const Partner &p) {
  std::move_only_function<void(const std::string &, long)> f =
      [](const std::string &s, long) {
        puts(s.c_str());
        // CHECK: :[[@LINE-1]]:9: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
      };
  f(p.phone, 2L);
}

void copyable(const Partner &p) {
  std::copyable_function<void(const std::string &, unsigned)> f =
      [](const std::string &s, unsigned) {
        puts(s.c_str());
        // CHECK: :[[@LINE-1]]:9: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
      };
  f(p.phone, 3u);
}

void std_function_ref(const Partner &p) {
  auto print = [](const std::string &s, short) {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  };
  std::function_ref<void(const std::string &, short)> f = print;
  f(p.phone, 4);
}

void folly_function(const Partner &p) {
  folly::Function<void(const std::string &, char)> f =
      [](const std::string &s, char) {
        puts(s.c_str());
        // CHECK: :[[@LINE-1]]:9: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
      };
  f(p.phone, 'x');
}

void folly_function_ref(const Partner &p) {
  auto print = [](const std::string &s, bool) {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  };
  folly::FunctionRef<void(const std::string &, bool)> f = print;
  f(p.phone, true);
}

void boost_function(const Partner &p) {
  boost::function<void(std::string)> f = [](std::string s) {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  };
  f(p.phone);
}

// std::invoke and std::invoke_r call the callable they are given: a
// function, a lambda with its captures, a functor, or a wrapper.
void log_email(const std::string &s, double) {
  fputs(s.c_str(), stderr);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
}

struct Printer {
  void operator()(const std::string &s, float) const {
    puts(s.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }
};

void invoke(const Partner &p) {
  std::invoke(log_email, p.email, 1.0);
  std::string n = p.phone;
  auto show = [n](long long times) { printf("%s %lld\n", n.c_str(), times); };
  // CHECK: :[[@LINE-1]]:38: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  std::invoke(show, 2LL);
  std::invoke_r<void>(Printer{}, p.phone, 1.0f);
  std::function<void(const std::string &, unsigned char)> f =
      [](const std::string &s, unsigned char) {
        puts(s.c_str());
        // CHECK: :[[@LINE-1]]:9: warning: personal data (contact.email) from 'Partner::email' reaches a log [pii-log]
      };
  std::invoke(f, p.email, 'y');
}

// std::invoke calls the function it names, not every function of its type:
// log_status, whose address is taken, is no candidate of the call to drop.
void log_status(const std::string &s, unsigned long) { puts(s.c_str()); }
void drop(const std::string &, unsigned long) {}

void invoke_names_its_callee(const Partner &p) {
  void (*keep)(const std::string &, unsigned long) = log_status;
  keep(p.status, 0ul);
  std::invoke(drop, p.phone, 1ul);
}
