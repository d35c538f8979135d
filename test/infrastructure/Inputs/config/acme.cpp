void acme_log(const char *fmt, ...);
struct Partner { const char *phone; };
void show(const Partner &p) { acme_log("%s", p.phone); }
