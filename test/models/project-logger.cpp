// RUN: piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=DEFAULT --allow-empty --implicit-check-not=warning:
// RUN: not piiflow scan --policy %S/Inputs/project-logger.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: %exitcode piiflow scan --policy %S/Inputs/project-logger-bad.json %s -- -std=c++17 | FileCheck %s --check-prefix=BAD
// A project's own logger is a sink when its policy says so: a "models"
// array in the policy file, in the format of rules/models/*.json.
#include <string>

namespace app {
void log_line(int level, const char *fmt, ...);
}

struct Partner {
  std::string phone;
};

void notify(const Partner &p) {
  app::log_line(2, "sent to %s", p.phone.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // DEFAULT-NOT: warning:
}

// BAD: project-logger-bad.json:4:59: error: unknown sink kind 'logs'; did you mean 'log'? (at /models/0/sink)
// BAD: exit: 2
