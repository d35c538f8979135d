#!/usr/bin/env python3
"""Runs a command, passes its output through, then prints 'exit: N'.

lit's shell has no $?; CLI tests check exact exit codes with this."""
import subprocess
import sys

proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
sys.stdout.write(proc.stdout.decode("utf-8", "replace"))
print("exit: %d" % proc.returncode)
