#!/usr/bin/env python3
"""has_escape.py yes|no < FILE: exits 0 when FILE holds (yes) or does not
hold (no) an ANSI colour escape sequence, 1 otherwise."""
import sys

has = b"\x1b[" in sys.stdin.buffer.read()
want = sys.argv[1] == "yes"
print("colour escapes: %s" % ("yes" if has else "no"))
sys.exit(0 if has == want else 1)
