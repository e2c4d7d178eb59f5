#!/usr/bin/env bash
# The migration commands promised to the CMS team (status note, section 6), wrapping `crm migrate`:
#   scripts/migrate.sh up [n] [--backup-to FILE | --no-backup] [--resolve policy=value]...
#   scripts/migrate.sh down N          (a count is required; never below an adopted database's baseline)
#   scripts/migrate.sh version | check [--json] [--resolve policy=value]...
#   scripts/migrate.sh create NAME     (the next migrations/NNNNNN_NAME.up.sql and .down.sql, as golang-migrate's create)
# The database is DATABASE_URL (or DB_*); without either, the private development database (scripts/dev-env.sh, as bin/crm).
# The program is rebuilt first: migrations are embedded in it, and one just created must be there.
# `up` on the Go service's legacy database writes a pg_dump first: the PostgreSQL client is installed when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

command=${1:-}
case "$command" in
  create)
    name=${2:-}
    [[ "$name" =~ ^[a-z0-9_]+$ ]] || { echo "usage: scripts/migrate.sh create NAME (lower case, digits and _)" >&2; exit 2; }
    last=$(ls migrations/*.up.sql 2>/dev/null | sed -E 's#.*/([0-9]+)_.*#\1#' | sort -n | tail -n 1)
    next=$(printf '%06d' $((10#${last:-0} + 1)))
    for direction in up down; do
      file="migrations/${next}_${name}.${direction}.sql"
      printf -- '-- %s: %s (%s)\n' "$next" "$name" "$direction" > "$file"
      echo "created $file"
    done
    exit 0
    ;;
  up|down|version|check|force) ;;
  *) echo "usage: scripts/migrate.sh up [n] | down N | version | check | create NAME  (options: see crm migrate)" >&2; exit 2 ;;
esac

source scripts/dev-env.sh
if [ "$command" = up ] && ! command -v pg_dump >/dev/null && ! ls /usr/lib/postgresql/*/bin/pg_dump >/dev/null 2>&1; then
  echo "migrate: installing the PostgreSQL client for the adoption's backup (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-client >&2
fi
scripts/publish.sh
exec dotnet .build/api/crm.dll migrate "$@"
