#include <stdio.h>
#include <string>

struct Profile {
  std::string full_name;
  std::string birth_date;
};

void show(const Profile &p) {
  puts(p.full_name.c_str());
  printf("%s\n", p.birth_date.c_str());
}
