#!/usr/bin/env bash
# piiflow as a git pre-commit hook: scan with --diff-base HEAD, so that only
# findings on lines changed since the last commit (staged or not) stop it.
#
#   ln -s ../../docs/ci/pre-commit.sh .git/hooks/pre-commit
#
# piiflow must be on PATH. PIIFLOW_BUILD_DIR names the directory with
# compile_commands.json (default: build). Skip once with git commit --no-verify.
set -uo pipefail

build_dir="${PIIFLOW_BUILD_DIR:-build}"
if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "piiflow pre-commit: no $build_dir/compile_commands.json; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or set PIIFLOW_BUILD_DIR" >&2
  exit 0
fi
if ! git rev-parse --verify --quiet HEAD >/dev/null; then
  exit 0 # the first commit: nothing to compare with
fi

# The changed sources, or every translation unit when a header changed.
mapfile -t sources < <(git diff --name-only --diff-filter=ACMR HEAD -- '*.c' '*.cc' '*.cpp' '*.cxx')
if git diff --name-only --diff-filter=ACMR HEAD -- '*.h' '*.hh' '*.hpp' '*.hxx' | grep -q .; then
  sources=()
elif [ ${#sources[@]} -eq 0 ]; then
  exit 0 # no C or C++ change
fi

rc=0
piiflow scan -p "$build_dir" --diff-base HEAD --quiet "${sources[@]}" || rc=$?
case $rc in
  0) exit 0 ;;
  1) echo "piiflow pre-commit: personal data reaches a log, a third party or storage on the lines above (NOLINT(pii-...): reason, or piiflow ignore FINGERPRINT --reason ..., to accept)" >&2 ;;
  *) echo "piiflow pre-commit: piiflow could not scan (exit status $rc)" >&2 ;;
esac
exit $rc
