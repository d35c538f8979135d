#!/usr/bin/env python3
"""check_ci_commands.py PIIFLOW FILE...: checks the CI recipes in docs/ci.

Each FILE is a GitHub Actions workflow (*.yml with "jobs"), a GitLab CI file
(*.yml), or a shell script. YAML files must parse; every `piiflow ...`
command they run must name a subcommand that exists and only flags that
`piiflow SUBCOMMAND --help` lists. A GitHub workflow must upload the SARIF
file it writes with github/codeql-action/upload-sarif and a category, with
the security-events permission. Prints one line per command checked."""
import re
import shlex
import subprocess
import sys

try:
    import yaml
except ImportError:
    sys.exit("error: PyYAML is missing (Debian: apt-get install python3-yaml; "
             "scripts/install-deps.sh --test installs it)")

piiflow = sys.argv[1]
SUBCOMMANDS = ("scan", "explain", "categories", "ignore")
_flags = {}
failures = []


def flags_of(sub):
    if sub not in _flags:
        out = subprocess.run([piiflow, sub, "--help"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True).stdout
        _flags[sub] = set(re.findall(r"^\s+(--?[A-Za-z][\w-]*)", out, re.M))
    return _flags[sub]


def commands_in(script):
    """The simple commands of a shell snippet, as token lists."""
    script = script.replace("\\\n", " ")
    for line in script.splitlines():
        line = line.split(" #")[0] if not line.lstrip().startswith("#") else ""
        for part in re.split(r"\|\||&&|;|\|", line):
            try:
                tokens = shlex.split(part)
            except ValueError:
                continue
            while tokens and re.match(r"^[A-Za-z_]\w*=", tokens[0]):
                tokens.pop(0)
            tokens = [t for t in tokens if not re.match(r"^\d?>", t)]
            if tokens:
                yield tokens


def check_command(where, tokens):
    sub = tokens[1] if len(tokens) > 1 else ""
    if sub in ("--version", "--help"):
        print("ok: %s: piiflow %s" % (where, sub))
        return
    if sub not in SUBCOMMANDS:
        failures.append("%s: 'piiflow %s': no such subcommand" % (where, sub))
        return
    known = flags_of(sub)
    for t in tokens[2:]:
        if t == "--":
            break
        if t.startswith("-") and not t.startswith("${{"):
            name = t.split("=")[0]
            if name not in known:
                failures.append("%s: 'piiflow %s': unknown flag %s" % (where, sub, name))
    print("ok: %s: %s" % (where, " ".join(tokens)))


def check_script(where, script):
    found = 0
    for tokens in commands_in(script):
        if tokens[0].split("/")[-1] == "piiflow":
            check_command(where, tokens)
            found += 1
    return found


def check_github(path, doc):
    found = 0
    perms = doc.get("permissions", {}) or {}
    if perms.get("security-events") != "write":
        failures.append("%s: needs permissions: security-events: write" % path)
    sarif_written = set()
    for job_name, job in (doc.get("jobs") or {}).items():
        for i, step in enumerate(job.get("steps") or []):
            where = "%s: jobs.%s.steps[%d]" % (path, job_name, i)
            if "run" in step:
                found += check_script(where, step["run"])
                sarif_written.update(re.findall(r"--sarif[= ](\S+)", step["run"]))
            if str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif"):
                w = step.get("with") or {}
                if not w.get("category"):
                    failures.append("%s: upload-sarif without a category" % where)
                if w.get("sarif_file") not in sarif_written:
                    failures.append("%s: uploads %s, which no piiflow step writes"
                                    % (where, w.get("sarif_file")))
                print("ok: %s: upload-sarif %s (category %s)"
                      % (where, w.get("sarif_file"), w.get("category")))
    return found


def check_gitlab(path, doc):
    found = 0
    for job_name, job in doc.items():
        if not isinstance(job, dict):
            continue
        for key in ("before_script", "script"):
            for j, line in enumerate(job.get(key) or []):
                found += check_script("%s: %s.%s[%d]" % (path, job_name, key, j), line)
    return found


for path in sys.argv[2:]:
    text = open(path).read()
    if path.endswith((".yml", ".yaml")):
        doc = yaml.safe_load(text)
        found = check_github(path, doc) if "jobs" in doc else check_gitlab(path, doc)
    else:
        found = check_script(path, text)
    if not found:
        failures.append("%s: runs no piiflow command" % path)

for f in failures:
    print("error: " + f)
sys.exit(1 if failures else 0)
