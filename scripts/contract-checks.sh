#!/usr/bin/env bash
# The contract checks that are not .NET tests (make test runs them after dotnet test):
#   1. Spectral lints openapi/v1.json (spectral:oas, zero errors);
#   2. the TypeScript client's generated types match openapi/v1.json (no drift), and the client type-checks;
#   3. the client's Node test runs a customer round trip against the built service on a fresh test database,
#      with a token minted by the service's own CLI.
# Needs TEST_DATABASE_URL (scripts/test.sh sets it) and Node 20 with npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
: "${TEST_DATABASE_URL:?TEST_DATABASE_URL is required (run make test)}"
client=clients/typescript

# npm ci on a fresh machine or when the lockfile changed; otherwise the installed tools are current.
lock_sum=$(sha256sum "$client/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$client/node_modules/.crm-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  echo "contract: npm ci ($client)"
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && echo "$lock_sum" > node_modules/.crm-lock-sum)
fi

echo "contract: spectral lint openapi/v1.json"
(cd "$client" && npx --no-install spectral lint ../../openapi/v1.json --ruleset ../../.spectral.yaml --fail-severity error)

echo "contract: TypeScript types are generated from openapi/v1.json"
tmp=$(mktemp -d)
(cd "$client" && npx --no-install openapi-typescript ../../openapi/v1.json -o "$tmp/schema.d.ts" --silent 2>/dev/null)
if ! diff -q "$client/src/schema.d.ts" "$tmp/schema.d.ts" >/dev/null; then
  diff -u "$client/src/schema.d.ts" "$tmp/schema.d.ts" | head -40 >&2
  echo "contract: $client/src/schema.d.ts is stale: run 'cd $client && npm run generate' and commit it" >&2
  exit 1
fi

echo "contract: tsc"
(cd "$client" && npx --no-install tsc -p .)

# A database of its own on the test server, and the service built by dotnet test, on a free port.
psql_bin=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
db="crm_client_test_$$"
base=${TEST_DATABASE_URL%%\?*}
query=""; [[ "$TEST_DATABASE_URL" == *\?* ]] && query="?${TEST_DATABASE_URL#*\?}"
db_url="${base%/*}/$db$query"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
dll=src/Crm.Api/bin/Debug/net10.0/crm.dll
service=""
cleanup() {
  [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null
  "$psql_bin" "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

dotnet build src/Crm.Api -nologo -v q >/dev/null
"$psql_bin" "$TEST_DATABASE_URL" -qc "CREATE DATABASE \"$db\"" >/dev/null
export DATABASE_URL=$db_url JWT_SECRET=$secret PORT=$port ENVIRONMENT=Production MIGRATE_ON_START=false
dotnet "$dll" migrate up >/dev/null
dotnet "$dll" serve > "$tmp/service.log" 2>&1 &
service=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  kill -0 "$service" 2>/dev/null || { cat "$tmp/service.log" >&2; exit 1; }
  sleep 0.2
done
token=$(dotnet "$dll" token --role admin --user-id 1 --name "Client Test" --ttl 10m)

echo "contract: TypeScript client round trip against http://127.0.0.1:$port"
(cd "$client" && CRM_BASE_URL="http://127.0.0.1:$port" CRM_TOKEN="$token" node --test dist/test/roundtrip.test.js dist/test/webhooks.test.js)
