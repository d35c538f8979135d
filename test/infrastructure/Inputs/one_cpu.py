#!/usr/bin/env python3
"""one_cpu.py COMMAND...: runs COMMAND allowed on one CPU only (the first
that this process may use), as `taskset -c N` would, and exits with its
status."""
import os
import subprocess
import sys

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
sys.exit(subprocess.call(sys.argv[1:]))
