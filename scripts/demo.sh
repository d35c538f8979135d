#!/usr/bin/env bash
# The main job: install what is needed, build piiflow, and scan the bundled
# example (examples/back-office) with the default policy. Findings print to
# the terminal; the SARIF log is written to piiflow.sarif.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
bash scripts/build.sh
# The example's own CMake writes its compile_commands.json.
cmake -S examples/back-office -B build/example -G Ninja >/dev/null

rc=0
./build/tools/piiflow/piiflow scan -p build/example --sarif piiflow.sarif || rc=$?
case $rc in
  0|1) echo "SARIF: $root/piiflow.sarif (piiflow exit status $rc: 1 means findings at or above --fail-on)";;
  *) exit $rc;;
esac
