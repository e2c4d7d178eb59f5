#!/usr/bin/env bash
# make bench-adoption SCALE=1000000: the adoption of a legacy database of SCALE customers (with the usual children:
# 2 contacts, 1.5 deals, 5 activities, 2 notes, ~1 tag each, and every kind of legacy dirt), measured:
#   - wall time of `crm migrate check` and of `crm migrate up` (backup included, and without it), per phase;
#   - peak memory (RSS) of the CLI (/usr/bin/time) and of the PostgreSQL backend serving it (sampled from /proc);
#   - locks held on the CMS's ten tables during the run (pg_locks sampled every 0.1 s; expected: never any),
#     with the locks on the CRM tables sampled the same way as a control that the sampler sees them.
# Writes bench/results/adoption-SCALE.md. Uses the private development cluster (scripts/dev-db.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scale=${SCALE:-100000}
server=$(scripts/dev-db.sh)
db="crm_legacy_bench_${scale}"
url="${server%/*}/${db}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
psql_server() { "$bin/psql" "$server" -qtAX -F ' ' -v ON_ERROR_STOP=1 "$@"; }
psql_db() { "$bin/psql" "$url" -qtAX -v ON_ERROR_STOP=1 "$@"; }
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

scripts/publish.sh
crm() { DATABASE_URL="$url" dotnet .build/api/crm.dll "$@"; }
policies="unknown-enum=default,amount=zero,probability=clamp,currency=USD,empty-name=placeholder,bad-color=null,email-case=suffix-older,tag-case=merge-into-oldest"
cms="'blogs','categories','content_items','content_sources','media','pages','posts','transcripts','user_interactions','visitors'"

fresh_copy() {
  # The legacy database is seeded once per scale into a template and copied for each run.
  if [ -z "$(psql_server -c "SELECT 1 FROM pg_database WHERE datname = '${db}_template'")" ]; then
    echo "bench-adoption: seeding ${db}_template with $scale customers..." >&2
    psql_server -c "CREATE DATABASE ${db}_template"
    local started=$SECONDS
    DATABASE_URL="${server%/*}/${db}_template" dotnet .build/api/crm.dll seed --legacy "$scale" >&2
    echo "$((SECONDS - started))" > "$root/.data/legacy-seed-seconds-$scale"
  fi
  psql_server -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE ${db}_template"
}

# Samples until told to stop: locks on CMS and CRM tables in the bench database, and the RSS of its backends.
sample() {
  local stop=$1
  while [ ! -e "$stop" ]; do
    psql_server -c "
      SELECT coalesce(sum(CASE WHEN c.relname IN ($cms) THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN c.relname NOT IN ($cms) THEN 1 ELSE 0 END), 0)
        FROM pg_locks l JOIN pg_database d ON d.oid = l.database AND d.datname = '$db' JOIN pg_class c ON c.oid = l.relation
       WHERE c.relkind IN ('r', 'v', 'm')" >> "$out/locks" 2>/dev/null || true
    for pid in $(psql_server -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND backend_type = 'client backend'" 2>/dev/null); do
      awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >> "$out/rss" || true
    done
    sleep 0.1
  done
}

run_up() { # $1 = label, rest = extra arguments of up
  local label=$1; shift
  fresh_copy
  rm -f "$out/stop" "$out/locks" "$out/rss"; touch "$out/locks" "$out/rss"
  sample "$out/stop" & local sampler=$!
  local started=$(date +%s.%N)
  /usr/bin/time -v -o "$out/time-$label" bash -c "DATABASE_URL='$url' dotnet .build/api/crm.dll migrate up $* --resolve $policies" > "$out/up-$label" 2>&1 \
    || { cat "$out/up-$label" >&2; exit 1; }
  local ended=$(date +%s.%N)
  touch "$out/stop"; wait "$sampler"
  printf '%s %.1f %s %s %s %s\n' "$label" "$(echo "$ended - $started" | bc)" \
    "$(awk '/Maximum resident set size/ {print $6}' "$out/time-$label")" "$(sort -n "$out/rss" | tail -n 1)" \
    "$(awk '{s += ($1 > 0)} END {print s + 0}' "$out/locks")" "$(awk '{s += ($2 > 0)} END {print s + 0 "/" NR}' "$out/locks")" >> "$out/summary"
  grep '^adoption:' "$out/up-$label" > "$out/phases-$label" || true
}

fresh_copy
check_started=$(date +%s.%N)
/usr/bin/time -v -o "$out/time-check" bash -c "DATABASE_URL='$url' dotnet .build/api/crm.dll migrate check --resolve $policies" > "$out/check" 2>&1 || true
check_seconds=$(printf '%.1f' "$(echo "$(date +%s.%N) - $check_started" | bc)")
counts=$(psql_db -c "SELECT string_agg(format('%s %s', t, n), ', ') FROM (VALUES
  ('customers', (SELECT count(*) FROM customers)), ('contacts', (SELECT count(*) FROM contacts)), ('deals', (SELECT count(*) FROM deals)),
  ('activities', (SELECT count(*) FROM activities)), ('notes', (SELECT count(*) FROM notes)), ('customer_tags', (SELECT count(*) FROM customer_tags)),
  ('audit_logs', (SELECT count(*) FROM audit_logs))) v (t, n)")
findings=$(grep -E '^[0-9]+ row\(s\)' "$out/check" | sed 's/ (.*//' | paste -sd ';' -)
db_size=$(psql_db -c "SELECT pg_size_pretty(pg_database_size(current_database()))")

backup="$root/.data/adoption-bench-$scale.dump"
rm -f "$backup"
run_up with-backup --backup-to "$backup"
backup_size=$(du -h "$backup" | cut -f1)
rm -f "$backup"
run_up without-backup --no-backup
psql_server -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"

mkdir -p bench/results
result="bench/results/adoption-$scale.md"
{
  echo "# Adoption of a legacy database: $scale customers"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load while starting: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)"
  echo
  echo "Legacy database: $counts; $db_size. Seeded by \`crm seed --legacy $scale\` in $(cat "$root/.data/legacy-seed-seconds-$scale" 2>/dev/null || echo '?') s (not part of the figures)."
  echo
  echo "\`crm migrate check\`: $check_seconds s, peak RSS $(awk '/Maximum resident set size/ {print $6}' "$out/time-check") KB; found: $findings."
  echo
  echo "| \`crm migrate up\` | wall time (s) | CLI peak RSS (KB) | PostgreSQL backend peak RSS (KB) | samples with a lock on a CMS table | samples with a lock on a CRM table |"
  echo "|---|---|---|---|---|---|"
  while read -r label seconds cli backend cmslocks crmlocks; do
    echo "| $label | $seconds | $cli | $backend | $cmslocks | $crmlocks |"
  done < "$out/summary"
  echo
  echo "Backup (pg_dump --format=custom of the CRM tables): $backup_size."
  echo
  echo "Phases of the run with the backup (elapsed since the start of the adoption's transaction):"
  echo
  echo '```'
  cat "$out/phases-with-backup"
  echo '```'
} > "$result"
cat "$result"
