// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
//
// Qt's global operator+ and operator% (rules/models/qt-string.json) model
// Qt's strings only: a program's own global operators on its own types are
// followed into their bodies, as any function of its code is.
#include <QtCore/QString>
#include <stdio.h>
#include <string>

struct Partner {
  std::string phone;
};

struct Note {
  std::string text;
};
struct Tally {
  int count;
};

// Logs its right operand: the finding is in its body.
Note operator+(const Note &n, const std::string &more) {
  puts(more.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  return n;
}

// Counts the strings added and keeps none of them: its result is not
// personal data.
Tally operator%(Tally t, const std::string &) { return Tally{t.count + 1}; }

void user_operators(const Partner &p) {
  Note n = Note{"call"} + p.phone;
  Tally t = Tally{0} % p.phone;
  printf("%d\n", t.count);
}
