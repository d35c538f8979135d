#!/usr/bin/env python3
"""make_cdb.py DIR SOURCE... [-- ARGS]: copies the sources into DIR and writes
DIR/compile_commands.json with one absolute entry per source."""
import json
import os
import shutil
import sys

argv = sys.argv[1:]
extra = []
if "--" in argv:
    i = argv.index("--")
    argv, extra = argv[:i], argv[i + 1:]
out_dir = os.path.abspath(argv[0])
os.makedirs(out_dir, exist_ok=True)
entries = []
for src in argv[1:]:
    dest = os.path.join(out_dir, os.path.basename(src))
    shutil.copyfile(src, dest)
    compiler = "clang" if dest.endswith(".c") else "clang++"
    entries.append({"directory": out_dir, "file": dest,
                    "arguments": [compiler, "-c", dest] + extra})
with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
