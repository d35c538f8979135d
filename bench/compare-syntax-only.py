#!/usr/bin/env python3
"""Compares piiflow with the compiler's own parse on one compile database.

    bench/compare-syntax-only.py -p BUILD_DIR [-j N] [--repeat K]
        [--include REGEX] [--exclude REGEX] [--piiflow PATH] [--clang PATH]
        [--json FILE]

Runs `clang -fsyntax-only` on every entry of BUILD_DIR/compile_commands.json
(N at a time, one process per entry) and `piiflow scan -p BUILD_DIR -j N -v`,
with ONE job and with N jobs (default: the CPUs this process may use), K
times each (default 3), interleaved, and prints the median of each figure:

- wall time;
- CPU time: user+sys of every clang process, summed; of the piiflow process
  (all its threads);
- peak memory, two figures:
  - of one process: the largest maximum RSS of any single process (one clang
    process, or the piiflow process);
  - of the machine: for clang, the peak of the SUM of the RSS of the clang
    processes running at the same time (at -j N up to N of them); for
    piiflow, the maximum RSS of its one process, as above (exact). A thread
    samples VmRSS of the live clang processes (and their children) from
    /proc/PID/status every 10 ms; the figure is the largest sampled sum, or
    the largest single clang process if that is larger (both are lower
    bounds). Sampling can only miss clang's true peak, never exceed it, so
    the ratio piiflow/clang of this figure is conservative: it over-states
    piiflow. At one job it equals the single-process figure;
- the ratios piiflow/clang of the four (wall, CPU, both memory figures);
- piiflow's phases from its `-v` timing line (load, extract, link, report)
  and the link step's share of piiflow's wall and CPU time.

--include / --exclude keep only the entries whose file matches (a Python
regular expression, searched in the absolute path); the filtered database is
written to a temporary directory that both tools read. --json writes every
run's figures and the medians.

It prints figures and asserts nothing: timings belong in notes and docs,
never in tests. On a shared or busy machine prefer the CPU times and the
medians of several runs (wall time depends on what else is running)."""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# "piiflow: time (wall/cpu seconds): load 0.020/0.010, extract ..., total ..."
TIME_LINE = re.compile(r"^piiflow: time \(wall/cpu seconds\): (.*)$", re.M)
PHASE = re.compile(r"(\w+) ([0-9.]+)/([0-9.]+)")
NOT_PARSED = re.compile(r"; (\d+) could not be parsed")
SUMMARY = re.compile(r"^piiflow: \d+ findings? .*$", re.M)


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


SAMPLE_INTERVAL = 0.010  # seconds between two samples of the clang processes' RSS
VMRSS = re.compile(r"^VmRSS:\s+(\d+) kB$", re.M)


def rss_kib(pid):
    """VmRSS of pid and of all its descendants, in KiB (0 for what has ended).

    clang runs its compiler in-process by default; the descendants count in
    case a driver spawns `clang -cc1` or another tool."""
    total = 0
    try:
        with open("/proc/%d/status" % pid) as f:
            m = VMRSS.search(f.read())
        if m:  # a zombie has no VmRSS line
            total += int(m.group(1))
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            children = [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return total
    return total + sum(rss_kib(c) for c in children)


class RssSampler:
    """Samples the summed RSS of a set of live processes; keeps the maximum.

    A process is registered when it is started and unregistered after it has
    ended but before it is reaped (see run_measured), so a PID it reads is
    never one the kernel has given to another process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pids = set()
        self.peak_kib = 0
        self.samples = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()

    def add(self, pid):
        with self.lock:
            self.pids.add(pid)

    def remove(self, pid):
        with self.lock:
            self.pids.discard(pid)

    def _run(self):
        while not self.stop.wait(SAMPLE_INTERVAL):
            with self.lock:
                if not self.pids:
                    continue
                total = sum(rss_kib(pid) for pid in self.pids)
            self.samples += 1
            self.peak_kib = max(self.peak_kib, total)


def run_measured(cmd, cwd=None, stderr=subprocess.DEVNULL, sampler=None):
    """Runs cmd; returns (exit status, wall s, cpu s, peak RSS KiB) of it alone.

    With a sampler, the process is in the sampler's set while it runs."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=stderr)
    if sampler:
        sampler.add(proc.pid)
        # Wait for the end without reaping, so the PID stays this process's
        # until the sampler has forgotten it.
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        sampler.remove(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def run_clang(entries, clang, jobs):
    start = time.monotonic()
    with RssSampler() as sampler:
        def one(entry):
            return run_measured(syntax_only_command(entry, clang),
                                cwd=entry["directory"], sampler=sampler)
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            runs = list(pool.map(one, entries))
    largest_kib = max(r[3] for r in runs)
    return {"wall": time.monotonic() - start,
            "cpu": sum(r[2] for r in runs),
            "rss_mib": largest_kib / 1024,
            # The concurrent total is at least the sampled sum and at least
            # the largest single process: the larger of two lower bounds.
            "rss_total_mib": max(sampler.peak_kib, largest_kib) / 1024,
            "rss_total_sampled_mib": sampler.peak_kib / 1024,
            "rss_samples": sampler.samples,
            "failed": sum(1 for r in runs if r[0] != 0)}


def run_piiflow(piiflow, build_dir, jobs):
    with tempfile.TemporaryFile() as err:
        rc, wall, cpu, rss = run_measured(
            [piiflow, "scan", "-p", build_dir, "-j", str(jobs), "-v",
             "--fail-on", "none"], stderr=err)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    m = TIME_LINE.search(text)
    if rc != 0 or not m:
        sys.exit("piiflow scan failed (exit %d) or printed no timing line:\n%s"
                 % (rc, text[-2000:]))
    phases = {name: (float(w), float(c)) for name, w, c in PHASE.findall(m.group(1))}
    failed = NOT_PARSED.search(text)
    summary = SUMMARY.search(text)
    return {"wall": wall, "cpu": cpu, "rss_mib": rss / 1024, "rss_total_mib": rss / 1024,
            "failed": int(failed.group(1)) if failed else 0,
            "phases": phases, "summary": summary.group(0) if summary else ""}


def median(runs, key):
    return statistics.median(r[key] for r in runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-p", required=True, metavar="BUILD_DIR",
                    help="directory with compile_commands.json")
    ap.add_argument("-j", type=int, default=len(os.sched_getaffinity(0)),
                    help="the parallel configuration (default: the CPUs this process may use)")
    ap.add_argument("--repeat", type=int, default=3, metavar="K",
                    help="runs per configuration; the median is shown (default 3)")
    ap.add_argument("--include", metavar="REGEX", help="keep only matching files")
    ap.add_argument("--exclude", metavar="REGEX", help="drop matching files")
    ap.add_argument("--piiflow", default=os.path.join(HERE, "..", "build", "tools", "piiflow", "piiflow"))
    ap.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang")
    ap.add_argument("--json", metavar="FILE", help="write all figures as JSON")
    args = ap.parse_args()

    db_path = os.path.join(args.p, "compile_commands.json")
    all_entries = json.load(open(db_path))
    entries = [e for e in all_entries
               if (not args.include or re.search(args.include, os.path.join(e["directory"], e["file"])))
               and (not args.exclude or not re.search(args.exclude, os.path.join(e["directory"], e["file"])))]
    if not entries:
        sys.exit("no entries left in %s" % db_path)
    tmp = None
    build_dir = args.p
    if len(entries) != len(all_entries):
        tmp = tempfile.TemporaryDirectory(prefix="piiflow-bench-")
        build_dir = tmp.name
        with open(os.path.join(build_dir, "compile_commands.json"), "w") as f:
            json.dump(entries, f, indent=1)

    job_counts = sorted({1, max(1, args.j)})
    runs = {j: {"clang": [], "piiflow": []} for j in job_counts}
    load_before = os.getloadavg()
    for rep in range(args.repeat):
        for j in job_counts:
            print("run %d/%d, %d job%s: clang..." % (rep + 1, args.repeat, j, "" if j == 1 else "s"),
                  end="", file=sys.stderr, flush=True)
            runs[j]["clang"].append(run_clang(entries, args.clang, j))
            print(" piiflow...", end="", file=sys.stderr, flush=True)
            runs[j]["piiflow"].append(run_piiflow(args.piiflow, build_dir, j))
            print(" done", file=sys.stderr, flush=True)
    load_after = os.getloadavg()

    summary = {"compile_database": os.path.abspath(args.p), "entries": len(entries),
               "entries_in_database": len(all_entries), "include": args.include,
               "exclude": args.exclude, "repeat": args.repeat,
               "cpus": len(os.sched_getaffinity(0)),
               "load_average_before": load_before[0], "load_average_after": load_after[0],
               "jobs": {}}
    print("compile database: %s (%d of %d entries)" % (args.p, len(entries), len(all_entries)))
    print("median of %d run%s per configuration; %d CPUs; load average %.1f before, %.1f after"
          % (args.repeat, "" if args.repeat == 1 else "s", summary["cpus"], load_before[0], load_after[0]))
    print()
    print("%-5s %-22s %9s %9s %13s %14s %7s"
          % ("jobs", "", "wall s", "cpu s", "peak RSS MiB", "total RSS MiB", "failed"))
    for j in job_counts:
        c, p = runs[j]["clang"], runs[j]["piiflow"]
        med = {tool: {k: median(rs, k) for k in ("wall", "cpu", "rss_mib", "rss_total_mib", "failed")}
               for tool, rs in (("clang", c), ("piiflow", p))}
        phases = {}
        for name in p[0]["phases"]:
            phases[name] = {"wall": statistics.median(r["phases"][name][0] for r in p),
                            "cpu": statistics.median(r["phases"][name][1] for r in p)}
        link_wall_share = statistics.median(r["phases"]["link"][0] / r["wall"] for r in p)
        link_cpu_share = statistics.median(r["phases"]["link"][1] / r["cpu"] for r in p)
        ratio = {k: med["piiflow"][k] / med["clang"][k]
                 for k in ("wall", "cpu", "rss_mib", "rss_total_mib")}
        for tool, label in (("clang", "clang -fsyntax-only"), ("piiflow", "piiflow scan")):
            m = med[tool]
            print("%-5d %-22s %9.2f %9.2f %13.0f %14.0f %7d"
                  % (j, label, m["wall"], m["cpu"], m["rss_mib"], m["rss_total_mib"], m["failed"]))
        print("%-5d %-22s %8.2fx %8.2fx %12.2fx %13.2fx"
              % (j, "ratio piiflow/clang", ratio["wall"], ratio["cpu"], ratio["rss_mib"],
                 ratio["rss_total_mib"]))
        print("%-5s clang's summed RSS: %.0f MiB at the largest of %s samples"
              % ("", median(c, "rss_total_sampled_mib"),
                 "/".join(str(r["rss_samples"]) for r in c)))
        print("%-5s piiflow phases (wall/cpu s): %s" % ("", ", ".join(
            "%s %.2f/%.2f" % (n, v["wall"], v["cpu"]) for n, v in phases.items())))
        print("%-5s link step: %.2f%% of piiflow's wall time, %.2f%% of its CPU time"
              % ("", 100 * link_wall_share, 100 * link_cpu_share))
        print("%-5s %s" % ("", p[-1]["summary"]))
        print()
        summary["jobs"][str(j)] = {"median": med, "ratio": ratio, "phases": phases,
                                   "link_share_wall": link_wall_share,
                                   "link_share_cpu": link_cpu_share,
                                   "runs": runs[j]}
    print("peak RSS: of one process (the largest clang process; the piiflow process).")
    print("total RSS: of the machine (clang: the peak of the summed RSS of its concurrent")
    print("  processes, sampled every %d ms, or the largest one if larger; piiflow: its one"
          % round(SAMPLE_INTERVAL * 1000))
    print("  process). Sampling can only under-estimate clang's peak, so the ratio of this")
    print("  figure over-states piiflow.")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
