#!/usr/bin/env bash
# Regenerates the committed OpenAPI document (openapi/v1.json) from the running code, and the TypeScript
# client's types from it. Run after changing endpoints or contracts, then commit both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Assigned before export, so that a failed provisioning stops here (export would hide its status).
TEST_DATABASE_URL=${TEST_DATABASE_URL:-$(scripts/dev-db.sh)}
export TEST_DATABASE_URL
UPDATE_OPENAPI=1 dotnet test Crm.slnx -nologo --filter "FullyQualifiedName~OpenApiDocumentTests.TheCommittedDocumentIsTheServedDocument" >/dev/null
if [ -d clients/typescript/node_modules ]; then (cd clients/typescript && npm run --silent generate); fi
echo "openapi/v1.json regenerated"
