#!/usr/bin/env bash
# Installs the Debian 12 packages piiflow needs. With --test, also what the
# test suite needs (Node.js and npm for the SARIF validator and the data
# map's rendering test, the ICU library the validator's .NET runtime uses,
# PyYAML for the check of the CI recipes, Chromium and python3-jsonschema for
# the data map). Skips apt when all are present.
set -euo pipefail

pkgs=(llvm-19-dev libclang-19-dev clang-19 llvm-19-tools nlohmann-json3-dev
      googletest libgtest-dev ninja-build cmake g++ python3 git
      libsqlite3-dev libcurl4-openssl-dev)
if [ "${1:-}" = "--test" ]; then
  # chromium renders the HTML data map (test/data-map/html-chromium.test);
  # python3-jsonschema validates its JSON against docs/schema/.
  pkgs+=(libicu72 python3-yaml chromium python3-jsonschema)
  command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
