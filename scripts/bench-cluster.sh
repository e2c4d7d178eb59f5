#!/usr/bin/env bash
# make bench-cluster SCALE=10000: see bench/cluster.mjs. Installs wrk (Debian) when missing; cluster.sh installs the rest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v wrk >/dev/null; then
  echo "bench-cluster: installing wrk (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
exec node "$root/bench/cluster.mjs"
