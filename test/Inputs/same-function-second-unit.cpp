// The second program of flow/same-function-two-units.cpp: another main().
#include <stdio.h>

struct Partner { const char *phone; const char *email; };
Partner load(int argc, char **argv);

int main(int argc, char **argv) {
  Partner p = load(argc, argv);
  puts(p.phone);
  return 0;
}
