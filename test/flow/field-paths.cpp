// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// Member access paths are tracked three fields deep ("e.hdr.body"): a
// store into one field is read back from that field, from the records
// around it and from the object as a whole, but not from its sibling fields.
// References and pointers bound to a part of a local designate that part.
#include <stdio.h>
#include <string>

struct Partner {
  const char *phone;
};

struct Header {
  const char *body;
  const char *id;
};

struct Envelope {
  Header hdr;
  Header meta;
};

void log_header(const Header &h);

void nested_field(const Partner &p) {
  Envelope e{};
  e.hdr.body = p.phone;
  puts(e.hdr.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data
  // CHECK-NEXT: :[[@LINE-4]]:16: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-5]]:3: note: stored in 'hdr.body'
  // The sibling field and the other header were never given it.
  puts(e.hdr.id);
  puts(e.meta.body);
}

void the_record_around_it(const Partner &p) {
  Envelope e{};
  e.hdr.body = p.phone;
  // The header that holds the field, passed whole, carries it.
  printf("%s\n", e.hdr.body ? "yes" : "no");
  Header copy = e.hdr;
  puts(copy.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void strong_update_of_a_path(const Partner &p) {
  Envelope e{};
  e.hdr.body = p.phone;
  e.hdr.body = "withheld";
  puts(e.hdr.body);
}

void strong_update_of_a_prefix(const Partner &p) {
  Envelope e{};
  e.hdr.body = p.phone;
  Header blank{};
  e.hdr = blank; // replaces the header and every field in it
  puts(e.hdr.body);
}

void through_a_pointer_parameter(Envelope *e, const Partner &p) {
  e->hdr.body = p.phone;
  puts(e->hdr.id);
  puts(e->hdr.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void through_a_reference_to_a_field(const Partner &p) {
  Envelope e{};
  Header &h = e.hdr;
  h.body = p.phone;
  puts(e.hdr.id);
  puts(e.hdr.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void reference_reads_a_later_store(const Partner &p) {
  Envelope e{};
  const Header &h = e.hdr;
  e.hdr.body = p.phone;
  puts(h.id);
  puts(h.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void through_a_pointer_to_a_local(const Partner &p) {
  Envelope e{};
  Envelope *q = &e;
  q->meta.body = p.phone;
  puts(e.hdr.body);
  puts(e.meta.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void pointer_copies(const Partner &p) {
  char buf[32];
  char *a = buf;
  char *b = a; // a copy of the pointer: the same buffer
  snprintf(b, sizeof buf, "%s", p.phone);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

struct Message {
  std::string text;
  std::string topic;
};

void string_member_through_a_reference(const Partner &p) {
  Message m;
  std::string &r = m.text;
  r = p.phone;
  puts(m.topic.c_str());
  puts(m.text.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

struct A { Envelope env; };
struct B { A a; };

void deeper_than_three(const Partner &p) {
  B b{};
  // b.a.env.hdr.body is four fields deep: the store counts for b.a.env.hdr,
  // so every field of that header may hold the data (never a missed flow).
  b.a.env.hdr.body = p.phone;
  puts(b.a.env.meta.id);
  puts(b.a.env.hdr.id);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}

void aggregate_initialisation(const Partner &p) {
  Envelope e{{p.phone, "id-1"}, {}};
  puts(e.hdr.id);
  puts(e.meta.body);
  puts(e.hdr.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK-NEXT: note: 'Partner::phone' holds personal data
  // CHECK-NEXT: :[[@LINE-6]]:15: note: 'Partner::phone' is read: contact.phone
  // CHECK-NEXT: :[[@LINE-7]]:15: note: stored in 'hdr.body'
}

void record_copies_keep_their_fields(const Partner &p) {
  Envelope e{};
  e.hdr.body = p.phone;
  Envelope copy = e;
  puts(copy.meta.body);
  Header h = e.hdr;
  puts(h.id);
  puts(copy.hdr.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  puts(h.body);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
}
