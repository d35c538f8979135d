#!/usr/bin/env bash
# Installs the Microsoft SARIF Multitool (pinned) from the npm registry into
# .cache/sarif-multitool, where the test suite looks for it.
set -euo pipefail
version=5.7.0
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.cache/sarif-multitool"
pkg="$dest/node_modules/@microsoft/sarif-multitool-linux"
bin="$pkg/Sarif.Multitool"

if [ -x "$bin" ] && grep -q "\"version\": \"$version\"" "$pkg/package.json" 2>/dev/null; then
  exit 0
fi
mkdir -p "$dest"
(cd "$dest" && npm install --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version")
# npm may skip the package's postinstall, which only makes the binary executable.
chmod u+x "$bin"
"$bin" --version >/dev/null
echo "SARIF Multitool $version installed in $dest"
