// RUN: not piiflow scan %s -- -nostdinc -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A call through a function-pointer field ("t->send_text(...)") reaches
// the functions stored in that field, in an initialiser or an assignment
// anywhere in the program: not every function of the same signature.
#include <stdio.h>

struct partner {
  const char *phone;
};

struct tech {
  void (*send_text)(const char *text);
  void (*hangup)(const char *reason);
};

static void sip_send_text(const char *text) {
  printf("%s\n", text);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'partner::phone' reaches a log [pii-log]
  // CHECK: note: passed as argument 1 through a pointer to 'sip_send_text'
}

static void iax_send_text(const char *text) { (void)text; }

// The same signature, stored in another field: never called with a phone.
static void noisy_hangup(const char *reason) { fputs(reason, stderr); }

const struct tech sip_tech = {.send_text = sip_send_text,
                              .hangup = noisy_hangup};

void use_iax(struct tech *t) { t->send_text = iax_send_text; }

void send_sms(const struct tech *t, const struct partner *p) {
  t->send_text(p->phone);
}

void hang_up(const struct tech *t) { t->hangup("busy"); }
