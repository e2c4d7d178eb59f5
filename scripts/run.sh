#!/usr/bin/env bash
# make run: a working service on $PORT (3000), configured by scripts/dev-env.sh (the private PostgreSQL and a
# development secret unless the environment names its own), with an export line per role to paste into a shell.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/dev-env.sh
port=${PORT:-${SERVER_PORT:-3000}}

scripts/publish.sh
# The demo company's users (crm seed --demo): 1 admin, 2 manager, 3-5 agents.
exports=""
for who in "admin 1" "manager 2" "agent 3"; do
  set -- $who
  token=$(dotnet .build/api/crm.dll token --role "$1" --user-id "$2" --name "Dev ${1^}" --ttl 12h 2>/dev/null) || { exports=""; break; }
  exports+="# $1 (user $2), 12 h"$'\n'"export CRM_URL=http://localhost:$port TOKEN=$token"$'\n'
done
if [ -n "$exports" ]; then
  cat <<MSG
CRM Service on http://localhost:$port  (docs: http://localhost:$port/docs)
Paste one of these into another shell:
$exports
Try: curl -H "Authorization: Bearer \$TOKEN" \$CRM_URL/admin/me
More: make token ROLE=agent USER=4 · make seed (demo data) · bin/crm help
MSG
fi
exec dotnet .build/api/crm.dll serve
