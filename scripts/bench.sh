#!/usr/bin/env bash
# make bench SCALE=10000|100000|1000000: see bench/run.mjs (make bench-cluster: bench/cluster.mjs). Installs wrk (Debian) when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
exec node "$root/${1:-bench/run.mjs}"
