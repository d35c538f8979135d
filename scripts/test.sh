#!/usr/bin/env bash
# Install what is needed, build, and run the whole test suite (unit tests,
# lit tests, SARIF validation, the example's exact findings) through ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh --test
bash scripts/install-sarif-validator.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
