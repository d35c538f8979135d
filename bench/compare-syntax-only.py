#!/usr/bin/env python3
"""Compares piiflow with the compiler's own parse on one compile database.

    bench/compare-syntax-only.py -p BUILD_DIR [-j N] [--piiflow PATH] [--clang PATH]

Runs `clang -fsyntax-only` on every entry of BUILD_DIR/compile_commands.json
(N at a time) and `piiflow scan -p BUILD_DIR -j N`, and prints wall time, CPU
time (user+sys of the child processes) and peak memory of one process, and the
ratios. It prints figures and asserts nothing: timings belong in notes and
docs, never in tests. Run it twice and quote the second run (warm caches)."""
import argparse
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def syntax_only_command(entry, clang):
    args = entry.get("arguments") or shlex.split(entry["command"])
    out = [clang + ("++" if not entry["file"].endswith(".c") else "")]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith("-o"):
            continue
        out.append(a)
    return out + ["-fsyntax-only", "-w"]


def run_measured(cmd, cwd=None):
    """Runs cmd; returns (exit status, cpu seconds, peak RSS in KiB) of it alone."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def run_syntax_only(entries, clang, jobs):
    def one(entry):
        return run_measured(syntax_only_command(entry, clang), cwd=entry["directory"])
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        runs = list(pool.map(one, entries))
    wall = time.monotonic() - start
    return (wall, sum(1 for r in runs if r[0] != 0), sum(r[1] for r in runs),
            max(r[2] for r in runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-p", required=True, help="directory with compile_commands.json")
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--piiflow", default=os.path.join(HERE, "..", "build", "tools", "piiflow", "piiflow"))
    ap.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang")
    args = ap.parse_args()
    entries = json.load(open(os.path.join(args.p, "compile_commands.json")))

    wall_c, failures, cpu_c, rss_c = run_syntax_only(entries, args.clang, args.j)
    start = time.monotonic()
    rc, cpu_p, rss_p = run_measured([args.piiflow, "scan", "-p", args.p, "-j", str(args.j),
                                     "--fail-on", "none", "--quiet"])
    wall_p = time.monotonic() - start
    print("compile database: %s (%d entries, %d failed to parse)" % (args.p, len(entries), failures))
    print("jobs: %d" % args.j)
    print("%-22s %10s %10s %16s" % ("", "wall s", "cpu s", "peak RSS MiB"))
    print("%-22s %10.2f %10.2f %16.0f" % ("clang -fsyntax-only", wall_c, cpu_c, rss_c / 1024))
    print("%-22s %10.2f %10.2f %16.0f" % ("piiflow scan", wall_p, cpu_p, rss_p / 1024))
    print("ratio piiflow/clang:   wall %.2fx, cpu %.2fx, peak memory %.2fx (one clang process"
          " vs the piiflow process)" % (wall_p / wall_c, cpu_p / cpu_c, rss_p / rss_c))
    print("piiflow exit status: %d" % rc)


if __name__ == "__main__":
    sys.exit(main())
