// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A global variable carries data between functions: what any function
// stores in it is there when any function reads it (flow-insensitive: the
// order of the calls is not known). Constant tables are not followed.
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *id;
};

static const char *g_last_contact;
const char *g_label;
const char *g_through_setter;

void remember(const Partner &p) {
  g_last_contact = p.phone;
  g_label = p.id;
}

void dump() {
  puts(g_last_contact);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data
  // CHECK-NEXT: :[[@LINE-8]]:20: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-9]]:3: note: assigned to 'g_last_contact'
  // CHECK-NEXT: :[[@LINE-5]]:8: note: 'g_last_contact' is read: a global, what any function stored in it
  // CHECK-NEXT: :[[@LINE-6]]:3: note: reaches a log through 'puts'
}

// Only ever given an id: nothing personal.
void dump_label() { puts(g_label); }

// Stored by a function that is given the data by its caller.
void set(const char *v) { g_through_setter = v; }
void caller(const Partner &p) { set(p.phone); }
void dump_setter() {
  puts(g_through_setter);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: passed as argument 1 to 'set'
  // CHECK: note: 'g_through_setter' is read: a global
}

// A constant table is never stored into.
static const char *const kGreetings[] = {"hello", "hi"};
void greet(int i) { puts(kGreetings[i]); }
