#!/usr/bin/env python3
"""Precision and recall of piiflow's classification on a labelled list.

    bench/classification.py [--piiflow PATH] [--policy FILE]... [--show-errors]
                            [--min-precision X] [--min-recall Y] LIST.tsv

LIST.tsv has one identifier per line: NAME, TYPE, KIND (field, variable,
parameter, function), EXPECTED (a category id, or - for not personal data)
and an optional NOTE, separated by tabs; '#' starts a comment line. The
script writes one C++ declaration per row (with real system headers and the
small prelude beside the list, classify-prelude.h, for the project types the
list uses), runs `piiflow explain --format json` on it, and compares. It
prints precision and recall per category and overall. With --min-precision
or --min-recall it exits 1 when the overall figures fall below them (the test
suite's guard against regressions); otherwise it only prints figures."""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def read_rows(path):
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            sys.exit("%s:%d: expected NAME TYPE KIND EXPECTED [NOTE]" % (path, n))
        name, typ, kind, expected = (c.strip() for c in cols[:4])
        if kind not in ("field", "variable", "parameter", "function"):
            sys.exit("%s:%d: unknown kind %r" % (path, n, kind))
        rows.append({"name": name, "type": typ, "kind": kind,
                     "expected": None if expected == "-" else expected,
                     "note": cols[4].strip() if len(cols) > 4 else "", "line": n})
    return rows


def declaration(i, row):
    t, n = row["type"], row["name"]
    if row["kind"] == "field":
        return "struct Row%d { %s %s; };" % (i, t, n)
    if row["kind"] == "variable":
        return "namespace row%d { %s %s; }" % (i, t, n)
    if row["kind"] == "parameter":
        return "void row%d(%s %s);" % (i, t, n)
    return "namespace row%d { %s %s(); }" % (i, t, n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("list")
    ap.add_argument("--piiflow", default=os.path.join(HERE, "..", "build", "tools", "piiflow", "piiflow"))
    ap.add_argument("--policy", action="append", default=[])
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-recall", type=float)
    args = ap.parse_args()

    rows = read_rows(args.list)
    prelude = os.path.join(os.path.dirname(os.path.abspath(args.list)), "classify-prelude.h")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "identifiers.cpp")
        with open(src, "w") as f:
            if os.path.exists(prelude):
                f.write('#include "%s"\n' % prelude)
            else:
                f.write("\n")  # keeps row i on line i + 2
            first = 2
            for i, row in enumerate(rows):
                f.write(declaration(i, row) + "\n")
        cmd = [args.piiflow, "explain", "--format", "json", "--quiet"]
        for p in args.policy:
            cmd += ["--policy", p]
        cmd += [src, "--", "-std=c++17"]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit("piiflow explain failed (%d):\n%s" % (proc.returncode, proc.stderr))
        decls = json.loads(proc.stdout)["declarations"]

    predicted = {}
    for d in decls:
        if d["location"]["file"].endswith("identifiers.cpp"):
            predicted[d["location"]["line"] - first] = (d["category"], d["reason"])

    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for i, row in enumerate(rows):
        got, reason = predicted.get(i, (None, "not listed by explain"))
        want = row["expected"]
        if got == want:
            if want:
                tp[want] += 1
            continue
        if got:
            fp[got] += 1
        if want:
            fn[want] += 1
        errors.append((row, got, reason))

    cats = sorted(set(tp) | set(fp) | set(fn))
    positives = sum(1 for r in rows if r["expected"])
    print("labelled identifiers: %d (%d personal, %d not)" % (len(rows), positives, len(rows) - positives))
    print("%-22s %5s %5s %5s %10s %8s" % ("category", "tp", "fp", "fn", "precision", "recall"))
    failed = False
    for c in cats:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 1.0
        print("%-22s %5d %5d %5d %10.3f %8.3f" % (c, tp[c], fp[c], fn[c], p, r))
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    P = T / (T + F) if T + F else 1.0
    R = T / (T + N) if T + N else 1.0
    mark = ""
    if (args.min_precision is not None and P < args.min_precision) or \
       (args.min_recall is not None and R < args.min_recall):
        failed, mark = True, "  <-- below the minimum"
    print("%-22s %5d %5d %5d %10.3f %8.3f%s" % ("overall", T, F, N, P, R, mark))
    if args.show_errors or failed:
        for row, got, reason in errors:
            print("%s:%d: %s %s %s: expected %s, got %s (%s)" % (
                args.list, row["line"], row["kind"], row["type"], row["name"],
                row["expected"] or "-", got or "-", reason))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
