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
# Spectral and Redocly, the TypeScript client (drift, tsc, the packed client in a consumer project) and its tests against
# the built service.
scripts/contract-checks.sh | tee "$log.node"
# One plain closing line for the whole run: the .NET tests and the client's Node tests (the last runner above, with only its own).
passed=$(( $(awk '$1 == "Passed:" {s += $2} END {print s + 0}' "$log") + $(awk '$1 == "#" && $2 == "pass" {s += $3} END {print s + 0}' "$log.node") ))
failed=$(( $(awk '$1 == "Failed:" {s += $2} END {print s + 0}' "$log") + $(awk '$1 == "#" && $2 == "fail" {s += $3} END {print s + 0}' "$log.node") ))
rm -f "$log" "$log.node"
if [ -f "$figures" ]; then echo "Figures measured by the tests:"; cat "$figures"; fi
echo "$passed passed, $failed failed"
