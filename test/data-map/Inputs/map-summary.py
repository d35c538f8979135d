#!/usr/bin/env python3
"""Checks a data-map JSON file against docs/schema/data-map.schema.json (when
the jsonschema module is there; --require-schema makes it mandatory) and
prints it as one line per fact, for FileCheck:

  category ID: declarations=N readers=F,G destinations=D,E
  decl ID NAME KIND EVIDENCE FILE:LINE
  destination ID: approved=yes|no [by=...] categories=... sites=FILE:LINE,...
  drift unapproved: ID
  drift undeclared KIND: NAME@FILE:LINE,... (terms ...)
  drift unused: KIND PATTERN
  totals: ...
"""
import json
import os
import sys


def site(s):
    loc = s["location"]
    return "%s:%d" % (loc["file"], loc["line"])


def main():
    args = sys.argv[1:]
    require = "--require-schema" in args
    args = [a for a in args if a != "--require-schema"]
    path = args[0]
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    schema_path = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                               "docs", "schema", "data-map.schema.json")
    try:
        import jsonschema
    except ImportError:
        if require:
            print("error: python3-jsonschema is not installed")
            return 1
        jsonschema = None
    if jsonschema:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
        for e in errors:
            print("schema error: %s at %s" % (e.message, "/".join(map(str, e.absolute_path))))
        print("schema: %s" % ("invalid" if errors else "valid"))
    t = doc["totals"]
    print("totals: categories=%d/%d declarations=%d functions=%d destinations=%d "
          "(log=%d third-party=%d storage=%d approved=%d) flows=%d approved-flows=%d "
          "findings=%d drift=%d/%d/%d" % (
              t["categories"], t["policyCategories"], t["declarations"], t["functions"],
              t["destinations"]["total"], t["destinations"]["log"],
              t["destinations"]["thirdParty"], t["destinations"]["storage"],
              t["destinations"]["approved"], t["flows"]["total"], t["flows"]["approved"],
              t["findings"]["total"], t["drift"]["unapprovedDestinations"],
              t["drift"]["undeclaredData"], t["drift"]["unusedApprovals"]))
    for c in doc["categories"]:
        print("category %s: declarations=%d readers=%s destinations=%s" % (
            c["id"], len(c["declarations"]),
            ",".join(r["function"] for r in c["readers"]),
            ",".join(c["destinations"])))
        for d in c["declarations"]:
            print("decl %s %s %s %s %s" % (c["id"], d["name"], d["kind"], d["evidence"],
                                           site(d)))
    for d in doc["destinations"]:
        print("destination %s: approved=%s%s categories=%s sites=%s" % (
            d["id"], "yes" if d["approved"] else "no",
            " by=" + d["approvedBy"] if d["approved"] else "",
            ",".join(d["categories"]), ",".join(site(s) for s in d["sites"])))
    for i in doc["drift"]["unapprovedDestinations"]:
        print("drift unapproved: " + i)
    for u in doc["drift"]["undeclaredData"]:
        print("drift undeclared %s: %s (terms %s)" % (
            u["kind"], ",".join(d["name"] + "@" + site(d) for d in u["declarations"]),
            ",".join(u["terms"])))
    for a in doc["drift"]["unusedApprovals"]:
        print("drift unused: %s %s" % (a["kind"], a["pattern"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
