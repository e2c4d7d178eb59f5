#!/usr/bin/env bash
# Provisions a private PostgreSQL cluster for development and tests, and prints its URL.
# Idempotent: a cluster that exists is started if needed; one that runs is left alone.
# Installs Debian's postgresql package when the server binaries are missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.data"
mkdir -p "$data"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "dev-db: installing PostgreSQL (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
fi
bin=$(pg_bin)

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The cluster lives under .data/pg; when the postgres user cannot reach that path (a checkout under /root, or in a
# mktemp -d folder) it lives in /var/tmp and .data/pg links to it. Every command below names the cluster by its real
# path: postgres could not follow the link through a folder it may not enter.
link="$data/pg"
if [ ! -e "$link" ]; then
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$data"; then
    target="/var/tmp/crm-pg-$(printf %s "$root" | cksum | cut -d' ' -f1)"
    # A cluster left there by an earlier checkout at this path whose .data/ was deleted: its password went with .data/.
    if [ -f "$target/PG_VERSION" ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$target" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$target"
    fi
    mkdir -p "$target" && chown postgres "$target" && chmod 700 "$target"
    ln -sfn "$target" "$link"
  else
    mkdir -p "$link" && chmod 700 "$link"
    [ "$(id -u)" = 0 ] && chown postgres "$link"
  fi
fi
cluster=$(readlink -f "$link")

# One port per checkout, so that several clones can run side by side.
port_file="$data/pg-port"
[ -f "$port_file" ] || echo $((54000 + $(printf %s "$root" | cksum | cut -d' ' -f1) % 900)) > "$port_file"
port=$(cat "$port_file")

password_file="$data/pg-password"
[ -f "$password_file" ] || head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$password_file"
password=$(cat "$password_file")

if [ ! -f "$cluster/PG_VERSION" ]; then
  pwfile=$(mktemp) && printf %s "$password" > "$pwfile" && chmod 644 "$pwfile"
  as_owner "$bin/initdb" -D "$cluster" -U crm --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --no-locale >/dev/null
  rm -f "$pwfile"
  # Tests create a database per test class: allow plenty of connections.
  cat >> "$cluster/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$cluster'
max_connections = 300
shared_buffers = 256MB
synchronous_commit = off
CONF
fi

if ! as_owner "$bin/pg_ctl" -D "$cluster" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -t 60 start >/dev/null
fi

export PGPASSWORD="$password"
if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U crm -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'crm'" | grep -q 1; then
  "$bin/psql" -h 127.0.0.1 -p "$port" -U crm -d postgres -qc "CREATE DATABASE crm" >/dev/null
fi

echo "postgres://crm:$password@127.0.0.1:$port/crm"
