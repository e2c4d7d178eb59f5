#!/usr/bin/env bash
# make run: a working service on $PORT (3000). Without DATABASE_URL or DB_HOST it provisions a private
# PostgreSQL under .data/ and runs in Development, with a generated development secret kept in .data/ unless
# JWT_SECRET is set. With a database of the caller's own, ENVIRONMENT defaults to Production as everywhere else
# (contract section 6). Whatever the environment sets wins over these conveniences.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -z "${DATABASE_URL:-}" ] && [ -z "${DB_HOST:-}" ]; then
  # Assigned before export, so that a failed provisioning stops the run (export would hide its status).
  DATABASE_URL=$(scripts/dev-db.sh)
  export DATABASE_URL
  export ENVIRONMENT=${ENVIRONMENT:-${ASPNETCORE_ENVIRONMENT:-Development}}
fi
export ENVIRONMENT=${ENVIRONMENT:-${ASPNETCORE_ENVIRONMENT:-Production}}
if [ -z "${JWT_SECRET:-}" ] && [ "${ENVIRONMENT,,}" = development ]; then
  mkdir -p .data
  [ -f .data/jwt-secret ] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > .data/jwt-secret
  JWT_SECRET=$(cat .data/jwt-secret)
  export JWT_SECRET
fi
port=${PORT:-${SERVER_PORT:-3000}}

export ASPNETCORE_ENVIRONMENT=$ENVIRONMENT
mkdir -p .data
scripts/publish.sh
if token=$(dotnet .build/api/crm.dll token --role admin --user-id 1 --name "Dev Admin" --ttl 12h 2>/dev/null); then
  cat <<MSG
CRM Service on http://localhost:$port
Admin token (12 h):
$token

Try: curl -H "Authorization: Bearer \$TOKEN" http://localhost:$port/admin/me
MSG
fi
exec dotnet .build/api/crm.dll serve
