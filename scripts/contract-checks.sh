#!/usr/bin/env bash
# The contract checks that are not .NET tests (make test runs them after dotnet test):
#   1. Spectral (spectral:oas, zero errors) and Redocly (recommended, zero errors and zero warnings) lint openapi/v1.json;
#   2. the TypeScript client's generated types match openapi/v1.json (no drift), its version is the API's, and it type-checks;
#   3. the packed client (make client) installs into a Next.js-style project: a good file type-checks, typos fail;
#   4. the client's tests run against the built service on a fresh test database, with a token minted by the service's CLI.
# Needs TEST_DATABASE_URL (scripts/test.sh sets it) and Node 20 with npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
: "${TEST_DATABASE_URL:?TEST_DATABASE_URL is required (run make test)}"
client=clients/typescript
lint=tools/openapi-lint

# npm ci on a fresh machine or when the lockfile changed; otherwise the installed tools are current.
npm_ci() {
  local lock_sum
  lock_sum=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$1/node_modules/.crm-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
    echo "contract: npm ci ($1)"
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && echo "$lock_sum" > node_modules/.crm-lock-sum)
  fi
}
npm_ci "$lint"
npm_ci "$client"

echo "contract: spectral lint openapi/v1.json"
(cd "$lint" && npx --no-install spectral lint ../../openapi/v1.json --ruleset ../../.spectral.yaml --fail-severity error)

echo "contract: redocly lint openapi/v1.json (recommended: 0 errors, 0 warnings)"
redocly_out=$(cd "$lint" && npx --no-install redocly lint ../../openapi/v1.json --config ../../redocly.yaml --format=stylish 2>&1) || true
if grep -qE "(error|warning) " <<< "$redocly_out" || ! grep -q "Woohoo" <<< "$redocly_out"; then
  echo "$redocly_out" >&2
  echo "contract: redocly found problems (fix the generator in src/Crm.Api/OpenApi, then scripts/openapi.sh)" >&2
  exit 1
fi

echo "contract: TypeScript types are generated from openapi/v1.json"
tmp=$(mktemp -d)
(cd "$client" && node scripts/generate.mjs "$tmp/schema.d.ts")
if ! diff -q "$client/src/schema.d.ts" "$tmp/schema.d.ts" >/dev/null; then
  diff -u "$client/src/schema.d.ts" "$tmp/schema.d.ts" | head -40 >&2
  echo "contract: $client/src/schema.d.ts is stale: run scripts/openapi.sh and commit it" >&2
  exit 1
fi
api_version=$(node -p "require('./openapi/v1.json').info.version")
client_version=$(node -p "require('./$client/package.json').version")
if [ "$api_version" != "$client_version" ]; then
  echo "contract: the client is $client_version but the API is $api_version: set the version in $client/package.json" >&2
  exit 1
fi

echo "contract: tsc"
(cd "$client" && npx --no-install tsc -p .)

echo "contract: the packed client in a Next.js-style project"
scripts/consumer-test.sh "$(scripts/pack-client.sh)"

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
export STORAGE_LOCAL_PATH="$tmp/attachments"
dotnet "$dll" migrate up >/dev/null
dotnet "$dll" serve > "$tmp/service.log" 2>&1 &
service=$!
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  kill -0 "$service" 2>/dev/null || { cat "$tmp/service.log" >&2; exit 1; }
  sleep 0.2
done
token=$(dotnet "$dll" token --role admin --user-id 1 --name "Client Test" --ttl 10m)

echo "contract: the TypeScript client's tests against http://127.0.0.1:$port"
(cd "$client" && CRM_BASE_URL="http://127.0.0.1:$port" CRM_TOKEN="$token" node --test .test-build/test/)
