#!/usr/bin/env python3
"""Prints what piiflow's lit tests check in a SARIF log, one fact a line.

Usage: sarif-summary.py LOG.sarif

The output is stable and line-oriented so that FileCheck can match it beside
the code it describes: the tool and its rules, the source-root base, and for
each result its rule, level, category, primary location, fingerprints and
every step of every code flow. Structural expectations that a line format
cannot show (every result has a non-empty codeFlow whose steps are numbered
1..n, ruleIndex points at ruleId) are asserted here and fail the run.
"""
import json
import sys


def fail(msg):
    print("sarif-summary: %s" % msg, file=sys.stderr)
    sys.exit(1)


def where(physical):
    art = physical["artifactLocation"]
    reg = physical.get("region", {})
    base = art.get("uriBaseId")
    uri = art["uri"] if base is None else "%s/%s" % (base, art["uri"])
    return "%s:%s:%s-%s:%s" % (uri, reg.get("startLine"), reg.get("startColumn"),
                               reg.get("endLine"), reg.get("endColumn"))


def main():
    log = json.load(open(sys.argv[1], encoding="utf-8"))
    print("version %s" % log.get("version"))
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        rules = [r["id"] for r in driver.get("rules", [])]
        print("tool %s rules %d: %s" % (driver["name"], len(rules), " ".join(rules)))
        print("columnKind %s" % run.get("columnKind"))
        for base, loc in sorted(run.get("originalUriBaseIds", {}).items()):
            print("base %s = %s" % (base, loc["uri"]))
        results = run.get("results", [])
        print("results %d" % len(results))
        for r in results:
            if rules[r["ruleIndex"]] != r["ruleId"]:
                fail("ruleIndex %d is not %s" % (r["ruleIndex"], r["ruleId"]))
            print("result %s %s %s at %s" % (
                r["ruleId"], r["level"], r["properties"]["category"],
                where(r["locations"][0]["physicalLocation"])))
            print("  message %s" % r["message"]["text"])
            for key, value in sorted(r.get("partialFingerprints", {}).items()):
                print("  fingerprint %s = %s" % (key, value))
            flows = r.get("codeFlows", [])
            if not flows:
                fail("a result without codeFlows")
            for flow in flows:
                print("  flow %s" % flow["message"]["text"])
                for thread in flow["threadFlows"]:
                    steps = thread["locations"]
                    if [s["executionOrder"] for s in steps] != list(range(1, len(steps) + 1)):
                        fail("steps are not numbered 1..%d" % len(steps))
                    for s in steps:
                        loc = s["location"]
                        print("    step %d %s: %s [%s]" % (
                            s["executionOrder"], where(loc["physicalLocation"]),
                            loc["message"]["text"], ",".join(s["kinds"])))


if __name__ == "__main__":
    main()
