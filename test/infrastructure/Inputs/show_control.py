#!/usr/bin/env python3
"""show_control.py < FILE: prints FILE with a carriage return shown as <CR>
and each run of two or more spaces as <N spaces>, so that FileCheck can
match what a terminal is sent."""
import re
import sys

text = sys.stdin.buffer.read().decode("utf-8", "replace")
text = text.replace("\r\n", "\n").replace("\r", "<CR>")
sys.stdout.write(re.sub(r"  +", lambda m: "<%d spaces>" % len(m.group(0)), text))
