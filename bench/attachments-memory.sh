#!/usr/bin/env bash
# Peak memory of the service while it streams one large attachment in and out, on a real Kestrel instance.
# Prints figures; asserts nothing. Usage: bench/attachments-memory.sh [local|s3] [size-MiB, default 200]
# Uses DATABASE_URL's server when set (else the private cluster of scripts/dev-db.sh) and a throwaway database on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
backend=${1:-local}
size_mib=${2:-200}
work=$(mktemp -d /tmp/crm-bench-attachments.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${admin_url:-}" ] && "$psql" "$admin_url" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
rate() { awk -v m="$1" -v s="$2" 'BEGIN { printf "%.0f", m / s }'; }
kib() { awk -v k="$1" '/^'"$1"':/ {print $2}' "/proc/$2/status"; }
mib() { echo "$(( $1 / 1024 )) MiB"; }

# A throwaway database on the server.
server_url=${DATABASE_URL:-$(scripts/dev-db.sh)}
psql=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql
admin_url=$server_url
db="crm_bench_attachments_$$"
"$psql" "$admin_url" -qc "CREATE DATABASE $db" >/dev/null
database_url="${server_url%/*}/$db"

echo "building (Release)..." >&2
dotnet build src/Crm.Api -c Release -o .build/bench-api -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

JWT_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export JWT_SECRET
export DATABASE_URL=$database_url ENVIRONMENT=Production MIGRATE_ON_START=true
export ATTACHMENT_MAX_BYTES=$(( (size_mib + 10) << 20 )) STORAGE_BACKEND=$backend STORAGE_LOCAL_PATH=$work/store
if [ "$backend" = s3 ]; then
  [ -f tests/s3/node_modules/s3rver/bin/s3rver.js ] || npm ci --prefix tests/s3 --no-audit --no-fund --loglevel=error >&2
  s3_port=$(free_port)
  mkdir -p "$work/s3"
  node tests/s3/node_modules/s3rver/bin/s3rver.js --silent --address 127.0.0.1 --port "$s3_port" --directory "$work/s3" \
    --configure-bucket crm-bench >/dev/null 2>&1 &
  pids+=($!)
  export S3_ENDPOINT=http://127.0.0.1:$s3_port S3_BUCKET=crm-bench S3_REGION=us-east-1 S3_ACCESS_KEY_ID=S3RVER \
    S3_SECRET_ACCESS_KEY=S3RVER S3_FORCE_PATH_STYLE=true
fi

port=$(free_port)
PORT=$port dotnet .build/bench-api/crm.dll serve > "$work/server.log" 2>&1 &
server=$!
pids+=($server)
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -fs "$base/ready" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$base/ready" >/dev/null || { echo "the service did not become ready" >&2; cat "$work/server.log" >&2; exit 1; }

token=$(dotnet .build/bench-api/crm.dll token --role admin --user-id 1 --ttl 1h)
auth="Authorization: Bearer $token"
field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s)['$1']))"; }
upload() { curl -fs -H "$auth" -F "file=@$1;type=application/octet-stream" "$base/admin/customers/$customer/attachments"; }
customer=$(curl -fs -H "$auth" -H 'Content-Type: application/json' -d '{"name":"Bench","email":"bench@example.com"}' \
  "$base/admin/customers" | field id)

# Warm up (JIT, pools) with a small file, so the figures below are about the large one.
head -c $((1 << 20)) /dev/urandom > "$work/small.bin"
small=$(upload "$work/small.bin" | field id)
curl -fs -H "$auth" -o /dev/null "$base/admin/attachments/$small/download"

head -c $((size_mib << 20)) /dev/urandom > "$work/big.bin"
expected=$(sha256sum "$work/big.bin" | cut -d' ' -f1)
idle=$(kib VmRSS $server)

# Writing 5 to clear_refs resets the peak (VmHWM) so that each phase is measured on its own.
echo 5 > /proc/$server/clear_refs
start=$(now)
created=$(upload "$work/big.bin")
upload_seconds=$(since "$start")
upload_peak=$(kib VmHWM $server)
id=$(echo "$created" | field id)
[ "$(echo "$created" | field sha256)" = "$expected" ] || { echo "sha256 mismatch on upload" >&2; exit 1; }

echo 5 > /proc/$server/clear_refs
start=$(now)
downloaded=$(curl -fs -H "$auth" "$base/admin/attachments/$id/download" | sha256sum | cut -d' ' -f1)
download_seconds=$(since "$start")
download_peak=$(kib VmHWM $server)
[ "$downloaded" = "$expected" ] || { echo "sha256 mismatch on download" >&2; exit 1; }

cat <<REPORT
attachments memory benchmark: store=$backend, file=$size_mib MiB, Kestrel on $base
  RSS idle (after warm-up)   $(mib "$idle")
  peak RSS during upload     $(mib "$upload_peak")   (+$(mib $((upload_peak - idle)))), $upload_seconds s, $(rate "$size_mib" "$upload_seconds") MiB/s
  peak RSS during download   $(mib "$download_peak")   (+$(mib $((download_peak - idle)))), $download_seconds s, $(rate "$size_mib" "$download_seconds") MiB/s
  sha256 identical both ways ($expected)
REPORT
