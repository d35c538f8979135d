void added(const Partner &p) { printf("%s\n", p.phone); }
