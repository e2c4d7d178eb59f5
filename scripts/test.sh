#!/usr/bin/env bash
# make test: every test, against TEST_DATABASE_URL or a private PostgreSQL provisioned under .data/.
# The URL names a database the tests may use to create (and drop) one database per test class.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export TEST_DATABASE_URL=${TEST_DATABASE_URL:-$(scripts/dev-db.sh)}
dotnet test Crm.slnx -nologo --logger "console;verbosity=normal" "$@"
