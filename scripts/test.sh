#!/usr/bin/env bash
# make test: every test, against TEST_DATABASE_URL or a private PostgreSQL provisioned under .data/.
# The URL names a database the tests may use to create (and drop) one database per test class.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Assigned before export, so that a failed provisioning stops here (export would hide its status).
TEST_DATABASE_URL=${TEST_DATABASE_URL:-$(scripts/dev-db.sh)}
export TEST_DATABASE_URL
# The docs page test looks at /docs in Debian's headless Chromium.
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
  echo "test: installing chromium (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi
log=$(mktemp)
# Figures that tests measured (fuzzer, refused values, metrics series) are collected here and printed at the end.
figures=tests/artifacts/figures.txt
rm -f "$figures"
dotnet test Crm.slnx -nologo --logger "console;verbosity=normal" "$@" | tee "$log"
# Spectral, the TypeScript client (drift, tsc) and its round trip against the built service.
scripts/contract-checks.sh
# One plain closing line for the whole run (the last runner above is Node's, with only its own few tests).
passed=$(awk '$1 == "Passed:" {s += $2} END {print s + 0}' "$log")
failed=$(awk '$1 == "Failed:" {s += $2} END {print s + 0}' "$log")
rm -f "$log"
if [ -f "$figures" ]; then echo "Figures measured by the tests:"; cat "$figures"; fi
echo "$passed passed, $failed failed"
