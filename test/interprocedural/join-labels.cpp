// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// A variable that would hold more than 32 symbolic labels (what 70 calls
// return, appended to one buffer) holds one join label instead: the link
// resolves it to every value that went in, so the flow from the 69th call
// is found, with its path through the buffer. (Within one block the
// labels are all there; the join is made where the block ends.)
#include <cstring>
#include <stdio.h>

struct Partner {
  const char *phone;
  const char *id;
};

const char *part0(const Partner &p) { return p.id; }
const char *part1(const Partner &p) { return p.id; }
const char *part2(const Partner &p) { return p.id; }
const char *part3(const Partner &p) { return p.id; }
const char *part4(const Partner &p) { return p.id; }
const char *part5(const Partner &p) { return p.id; }
const char *part6(const Partner &p) { return p.id; }
const char *part7(const Partner &p) { return p.id; }
const char *part8(const Partner &p) { return p.id; }
const char *part9(const Partner &p) { return p.id; }
const char *part10(const Partner &p) { return p.id; }
const char *part11(const Partner &p) { return p.id; }
const char *part12(const Partner &p) { return p.id; }
const char *part13(const Partner &p) { return p.id; }
const char *part14(const Partner &p) { return p.id; }
const char *part15(const Partner &p) { return p.id; }
const char *part16(const Partner &p) { return p.id; }
const char *part17(const Partner &p) { return p.id; }
const char *part18(const Partner &p) { return p.id; }
const char *part19(const Partner &p) { return p.id; }
const char *part20(const Partner &p) { return p.id; }
const char *part21(const Partner &p) { return p.id; }
const char *part22(const Partner &p) { return p.id; }
const char *part23(const Partner &p) { return p.id; }
const char *part24(const Partner &p) { return p.id; }
const char *part25(const Partner &p) { return p.id; }
const char *part26(const Partner &p) { return p.id; }
const char *part27(const Partner &p) { return p.id; }
const char *part28(const Partner &p) { return p.id; }
const char *part29(const Partner &p) { return p.id; }
const char *part30(const Partner &p) { return p.id; }
const char *part31(const Partner &p) { return p.id; }
const char *part32(const Partner &p) { return p.id; }
const char *part33(const Partner &p) { return p.id; }
const char *part34(const Partner &p) { return p.id; }
const char *part35(const Partner &p) { return p.id; }
const char *part36(const Partner &p) { return p.id; }
const char *part37(const Partner &p) { return p.id; }
const char *part38(const Partner &p) { return p.id; }
const char *part39(const Partner &p) { return p.id; }
const char *part40(const Partner &p) { return p.id; }
const char *part41(const Partner &p) { return p.id; }
const char *part42(const Partner &p) { return p.id; }
const char *part43(const Partner &p) { return p.id; }
const char *part44(const Partner &p) { return p.id; }
const char *part45(const Partner &p) { return p.id; }
const char *part46(const Partner &p) { return p.id; }
const char *part47(const Partner &p) { return p.id; }
const char *part48(const Partner &p) { return p.id; }
const char *part49(const Partner &p) { return p.id; }
const char *part50(const Partner &p) { return p.id; }
const char *part51(const Partner &p) { return p.id; }
const char *part52(const Partner &p) { return p.id; }
const char *part53(const Partner &p) { return p.id; }
const char *part54(const Partner &p) { return p.id; }
const char *part55(const Partner &p) { return p.id; }
const char *part56(const Partner &p) { return p.id; }
const char *part57(const Partner &p) { return p.id; }
const char *part58(const Partner &p) { return p.id; }
const char *part59(const Partner &p) { return p.id; }
const char *part60(const Partner &p) { return p.id; }
const char *part61(const Partner &p) { return p.id; }
const char *part62(const Partner &p) { return p.id; }
const char *part63(const Partner &p) { return p.id; }
const char *part64(const Partner &p) { return p.id; }
const char *part65(const Partner &p) { return p.id; }
const char *part66(const Partner &p) { return p.id; }
const char *part67(const Partner &p) { return p.id; }
const char *part68(const Partner &p) { return p.phone; }
const char *part69(const Partner &p) { return p.id; }

void report(const Partner &p) {
  char all[4096] = "";
  char other[64] = "";
  strcat(all, part0(p));
  strcat(all, part1(p));
  strcat(all, part2(p));
  strcat(all, part3(p));
  strcat(all, part4(p));
  strcat(all, part5(p));
  strcat(all, part6(p));
  strcat(all, part7(p));
  strcat(all, part8(p));
  strcat(all, part9(p));
  strcat(all, part10(p));
  strcat(all, part11(p));
  strcat(all, part12(p));
  strcat(all, part13(p));
  strcat(all, part14(p));
  strcat(all, part15(p));
  strcat(all, part16(p));
  strcat(all, part17(p));
  strcat(all, part18(p));
  strcat(all, part19(p));
  strcat(all, part20(p));
  strcat(all, part21(p));
  strcat(all, part22(p));
  strcat(all, part23(p));
  strcat(all, part24(p));
  strcat(all, part25(p));
  strcat(all, part26(p));
  strcat(all, part27(p));
  strcat(all, part28(p));
  strcat(all, part29(p));
  strcat(all, part30(p));
  strcat(all, part31(p));
  strcat(all, part32(p));
  strcat(all, part33(p));
  strcat(all, part34(p));
  strcat(all, part35(p));
  strcat(all, part36(p));
  strcat(all, part37(p));
  strcat(all, part38(p));
  strcat(all, part39(p));
  strcat(all, part40(p));
  strcat(all, part41(p));
  strcat(all, part42(p));
  strcat(all, part43(p));
  strcat(all, part44(p));
  strcat(all, part45(p));
  strcat(all, part46(p));
  strcat(all, part47(p));
  strcat(all, part48(p));
  strcat(all, part49(p));
  strcat(all, part50(p));
  strcat(all, part51(p));
  strcat(all, part52(p));
  strcat(all, part53(p));
  strcat(all, part54(p));
  strcat(all, part55(p));
  strcat(all, part56(p));
  strcat(all, part57(p));
  strcat(all, part58(p));
  strcat(all, part59(p));
  strcat(all, part60(p));
  strcat(all, part61(p));
  strcat(all, part62(p));
  strcat(all, part63(p));
  strcat(all, part64(p));
  strcat(all, part65(p));
  strcat(all, part66(p));
  strcat(all, part67(p));
  strcat(all, part68(p));
  strcat(all, part69(p));
  strcat(other, part0(p));
  puts(other);
  if (p.id)
    puts(all);
  // CHECK: :[[@LINE-1]]:5: warning: personal data (contact.phone) from 'Partner::phone' reaches a log [pii-log]
  // CHECK: note: 'Partner::phone' is read: contact.phone
  // CHECK: note: returned by 'part68'
  // CHECK: note: held in 'all' with many other values
  // CHECK: :[[@LINE-5]]:5: note: reaches a log through 'puts'
}
