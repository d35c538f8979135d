// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A getter that only returns a field of its object ("return note_;") and a
// setter that only stores a parameter into one ("note_ = v;") act at the
// call as the field access they wrap: what a setter stores comes back from
// the getter of that field only, also in a record with personal fields
// (which is read field by field).
#include <stdio.h>
#include <string>

struct Partner {
  const char *phone;
};

class Contact {
public:
  void setNote(const char *v) { note_ = v; }
  const char *note() const { return note_; }
  const char *ident() const { return id_; }
  const char *phone() const { return phone_; }
  void setTitle(const std::string &t) { title_ = t; }
  const std::string &title() const { return title_; }
  // Not a plain setter: its body is followed at the link.
  void setAndLog(const char *v) {
    note_ = v;
    puts(v);
    // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  }

private:
  const char *phone_ = nullptr; // makes Contact a personal record
  const char *note_ = nullptr;
  const char *id_ = nullptr;
  std::string title_;
};

void setter_then_getter(const Partner &p) {
  Contact c;
  c.setNote(p.phone);
  puts(c.ident());
  puts(c.note());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data
  // CHECK-NEXT: :[[@LINE-5]]:13: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-6]]:3: note: stored in 'note_' by 'setNote'
  // CHECK-NEXT: :[[@LINE-5]]:8: note: returned by 'note'
  // CHECK-NEXT: :[[@LINE-6]]:3: note: reaches a log through 'puts'
}

void getter_of_a_personal_field(const Contact &c) {
  puts(c.phone());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Contact::phone' and 1 other source reaches a log [pii-log]
}

void string_setter(const Partner &p) {
  Contact c;
  c.setTitle(p.phone);
  puts(c.note());
  puts(c.title().c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void a_setter_replaces(const Partner &p) {
  Contact c;
  c.setNote(p.phone);
  c.setNote("none");
  puts(c.note());
}

void not_a_plain_setter(const Partner &p) {
  Contact c;
  c.setAndLog(p.phone);
}
