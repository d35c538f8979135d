#!/usr/bin/env python3
"""Validates SARIF logs with the Microsoft SARIF Multitool, strictly.

Runs `Sarif.Multitool validate` with the SARIF rules and GitHub's ingestion
rules (GH1001-GH1007 turned on by gh-strict.xml), then reads the validator's
own output log, because the Multitool exits 0 even when a log is invalid.
Any result at level error or warning fails. Also checks piiflow's own
promises that the validator cannot know: deterministic-friendly shape and no
personal-data values from a --forbid list.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--multitool", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--forbid", action="append", default=[],
                    help="a string that must not appear anywhere in the log")
    ap.add_argument("logs", nargs="+")
    args = ap.parse_args()

    if not os.access(args.multitool, os.X_OK):
        print("validate_sarif: the SARIF Multitool is not installed at %s; "
              "run scripts/install-sarif-validator.sh" % args.multitool,
              file=sys.stderr)
        return 2

    failed = False
    for log in args.logs:
        text = open(log, encoding="utf-8").read()
        for word in args.forbid:
            if word in text:
                print("%s: contains the forbidden text %r" % (log, word))
                failed = True
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "validation.sarif")
            proc = subprocess.run(
                [args.multitool, "validate", log, "--rule-kind", "Sarif;Ghas",
                 "-c", args.config, "-o", out, "--log", "ForceOverwrite"],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if not os.path.exists(out):
                print("%s: the validator produced no output:\n%s" % (log, proc.stdout))
                failed = True
                continue
            result = json.load(open(out, encoding="utf-8"))
        problems = []
        for run in result.get("runs", []):
            for notification in run.get("invocations", [{}])[0].get(
                    "toolExecutionNotifications", []):
                if notification.get("level") == "error":
                    problems.append("tool error: %s" % notification["message"].get("text"))
            for r in run.get("results", []):
                level = r.get("level", "warning")
                if level not in ("error", "warning"):
                    continue
                msg = r.get("message", {})
                text_ = msg.get("text") or "%s %s" % (msg.get("id"), msg.get("arguments"))
                problems.append("%s %s: %s" % (level, r.get("ruleId"), text_))
        for p in problems:
            print("%s: %s" % (log, p))
        if problems:
            failed = True
        else:
            print("%s: valid (SARIF + GitHub rules GH1001-GH1007)" % log)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
