struct Partner { const char *phone; };
void show(const Partner &p) { this_does_not_compile(p.phone) }
