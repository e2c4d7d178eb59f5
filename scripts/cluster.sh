#!/usr/bin/env bash
# make cluster / make cluster-stop: the service as it runs on more than one machine, on this one (contract section 12).
#   PostgreSQL primary + a streaming replica (pg_basebackup), Redis, INSTANCES service instances (the published build,
#   scripts/publish.sh) and HAProxy in front, all from Debian's packages, all on 127.0.0.1.
#
#   scripts/cluster.sh start          start whatever is not running (creating it the first time); prints the endpoints
#   scripts/cluster.sh stop           stop everything (SIGTERM, then wait); the data stays for the next start
#   scripts/cluster.sh status         one line per process
#   scripts/cluster.sh stop-replica | stop-redis | stop-instance N     stop one part (tests of failures)
#   scripts/cluster.sh delay-replica MS                                 recovery_min_apply_delay on the replica
#   scripts/cluster.sh destroy        stop and delete the data
#
# Settings (environment): CLUSTER_DIR (.data/cluster), CLUSTER_PORT (the proxy's port; the others follow it: instances
# +1..+N, primary +10, replica +11, Redis +12, HAProxy stats +13), INSTANCES (3), CRM_DLL (a published crm.dll instead of
# building .build/api). The instances get the service's settings from this environment (RATE_LIMIT_PER_MINUTE, ...),
# with DATABASE_URL, DATABASE_READ_URL, REDIS_URL and JWT_SECRET (kept in CLUSTER_DIR/jwt-secret) set by the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CLUSTER_DIR:-$root/.data/cluster}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# Below the ephemeral range (32768+), so that no outgoing connection holds one of the ports.
base=${CLUSTER_PORT:-$((20000 + $(printf %s "$dir" | cksum | cut -d' ' -f1) % 760 * 16))}
instances=${INSTANCES:-3}
proxy_port=$base primary_port=$((base + 10)) replica_port=$((base + 11)) redis_port=$((base + 12)) stats_port=$((base + 13))
log() { echo "cluster: $*" >&2; }

install_missing() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >&2
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
# PostgreSQL refuses to run as root: as root, its folders belong to the postgres user, under /var/tmp when that user
# cannot reach CLUSTER_DIR (a checkout under /root).
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_home() {
  if [ ! -e "$dir/pg" ]; then
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$dir"; then
      local target="/var/tmp/crm-cluster-$(printf %s "$dir" | cksum | cut -d' ' -f1)"
      mkdir -p "$target" && chown postgres "$target" && chmod 700 "$target"
      ln -s "$target" "$dir/pg"
    else
      mkdir -p "$dir/pg" && chmod 700 "$dir/pg"
      [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
    fi
  fi
  echo "$dir/pg"
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
pg_running() { as_owner "$(pg_bin)/pg_ctl" -D "$1" status >/dev/null 2>&1; }

secret() {
  [ -f "$dir/jwt-secret" ] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/jwt-secret"
  cat "$dir/jwt-secret"
}
password() {
  [ -f "$dir/pg-password" ] || head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/pg-password"
  cat "$dir/pg-password"
}
database_url() { echo "postgres://crm:$(password)@127.0.0.1:$1/crm"; }

start_primary() {
  local pg bin data
  pg=$(pg_home) bin=$(pg_bin) data="$pg/primary"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating the primary (port $primary_port)"
    local pwfile; pwfile=$(mktemp) && printf %s "$(password)" > "$pwfile" && chmod 644 "$pwfile"
    as_owner mkdir -p "$data" && as_owner chmod 700 "$data"
    as_owner "$bin/initdb" -D "$data" -U crm --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --no-locale >/dev/null
    rm -f "$pwfile"
    # initdb's pg_hba.conf already lets crm replicate from 127.0.0.1 (scram-sha-256).
    as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = ''
max_connections = 200
shared_buffers = 128MB
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
CONF
  fi
  pg_running "$data" || as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
  export PGPASSWORD; PGPASSWORD=$(password)
  if ! "$bin/psql" -h 127.0.0.1 -p "$primary_port" -U crm -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'crm'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$primary_port" -U crm -d postgres -qc "CREATE DATABASE crm" >/dev/null
  fi
}

start_replica() {
  local pg bin data
  pg=$(pg_home) bin=$(pg_bin) data="$pg/replica"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating the replica from a base backup of the primary (port $replica_port)"
    as_owner mkdir -p "$data" && as_owner chmod 700 "$data"
    # -R writes standby.signal and primary_conninfo: the replica streams from the primary from then on.
    as_owner env PGPASSWORD="$(password)" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U crm -D "$data" -R -X stream -c fast
    as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
port = $replica_port
unix_socket_directories = ''
hot_standby = on
# Queries on the replica are not cancelled by the vacuum of rows they still see.
hot_standby_feedback = on
include_if_exists = 'delay.conf'
CONF
  fi
  pg_running "$data" || as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
}

start_redis() {
  running "$dir/redis.pid" && return
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
  for _ in $(seq 1 100); do running "$dir/redis.pid" && return; sleep 0.1; done
  log "redis did not start: $(tail -n 5 "$dir/redis.log")"; exit 1
}

crm_dll() {
  if [ -n "${CRM_DLL:-}" ]; then echo "$CRM_DLL"; return; fi
  "$root/scripts/publish.sh"
  echo "$root/.build/api/crm.dll"
}

instance_env() {
  echo "DATABASE_URL=$(database_url "$primary_port")"
  echo "DATABASE_READ_URL=$(database_url "$replica_port")"
  echo "REDIS_URL=redis://127.0.0.1:$redis_port"
  echo "JWT_SECRET=$(secret)"
  echo "ENVIRONMENT=${ENVIRONMENT:-Production}"
  echo "MIGRATE_ON_START=false"
  # HAProxy polls /ready every 500 ms: one second of not-ready after SIGTERM is enough for it to stop sending.
  echo "SHUTDOWN_DELAY_SECONDS=${SHUTDOWN_DELAY_SECONDS:-1}"
  echo "TRUSTED_PROXIES=127.0.0.1"
  echo "DB_MAX_POOL_SIZE=${DB_MAX_POOL_SIZE:-20}"
  echo "STORAGE_LOCAL_PATH=${STORAGE_LOCAL_PATH:-$dir/attachments}"
}

start_instance() {
  local n=$1 dll=$2 port=$((base + $1))
  running "$dir/crm-$n.pid" && return
  # setsid: the instance outlives this script (and the terminal or test that ran it) until `stop`.
  ( set -a; eval "$(instance_env)"; PORT=$port; exec setsid dotnet "$dll" serve >>"$dir/crm-$n.log" 2>&1 < /dev/null ) &
  echo $! > "$dir/crm-$n.pid"
}

wait_ready() {
  local port=$1 name=$2
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready" 2>/dev/null)" = 200 ] && return
    sleep 0.1
  done
  log "$name never became ready on port $port (see $dir/$name.log)"; exit 1
}

start_haproxy() {
  running "$dir/haproxy.pid" && return
  {
    cat <<CFG
global
  maxconn 4096
defaults
  mode http
  option forwardfor
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A refused connection never reached an instance: retried on another, for any method. A request that reached an
  # instance which then died is not retried (a POST may have committed): the client gets the 502.
  retries 2
  option redispatch 1
  retry-on conn-failure
frontend crm
  bind 127.0.0.1:$proxy_port
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /ready
  http-check expect status 200
  default-server inter 500ms fall 1 rise 2 on-marked-down shutdown-sessions
CFG
    for n in $(seq 1 "$instances"); do echo "  server crm$n 127.0.0.1:$((base + n)) check"; done
    cat <<CFG
listen stats
  bind 127.0.0.1:$stats_port
  stats enable
  stats uri /stats
CFG
  } > "$dir/haproxy.cfg"
  "$(command -v haproxy || echo /usr/sbin/haproxy)" -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid" </dev/null >>"$dir/haproxy.log" 2>&1
}

stop_pid() {
  local file=$1
  running "$file" || { rm -f "$file"; return 0; }
  local pid; pid=$(cat "$file")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}

stop_pg() {
  local data; data="$(pg_home)/$1"
  [ -f "$data/PG_VERSION" ] && pg_running "$data" && as_owner "$(pg_bin)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
  return 0
}

endpoints() {
  cat <<EOF
proxy       http://127.0.0.1:$proxy_port            (HAProxy, round robin over /ready instances; stats http://127.0.0.1:$stats_port/stats)
instances   $(for n in $(seq 1 "$instances"); do printf 'http://127.0.0.1:%s ' $((base + n)); done)
primary     $(database_url "$primary_port")
replica     $(database_url "$replica_port")
redis       redis://127.0.0.1:$redis_port
JWT_SECRET  $(secret)   (mint a token: JWT_SECRET=\$(cat $dir/jwt-secret) dotnet .build/api/crm.dll token --role admin --user-id 1)
EOF
}

case "${1:-start}" in
  start)
    install_missing
    dll=$(crm_dll)
    start_primary
    # One migration run for the cluster, before any instance serves (as the compose file's migrate job).
    ( set -a; eval "$(instance_env)"; exec dotnet "$dll" migrate up ) >>"$dir/migrate.log" 2>&1 \
      || { log "migrate up failed: $(tail -n 20 "$dir/migrate.log")"; exit 1; }
    start_replica
    start_redis
    for n in $(seq 1 "$instances"); do start_instance "$n" "$dll"; done
    for n in $(seq 1 "$instances"); do wait_ready $((base + n)) "crm-$n"; done
    start_haproxy
    wait_ready "$proxy_port" haproxy
    endpoints
    ;;
  stop)
    stop_pid "$dir/haproxy.pid"
    for f in "$dir"/crm-*.pid; do [ -e "$f" ] && stop_pid "$f"; done
    stop_pid "$dir/redis.pid"
    stop_pg replica
    stop_pg primary
    log "stopped"
    ;;
  destroy)
    "$0" stop
    pg=$(pg_home); target=$(readlink -f "$pg")
    rm -rf "$target" "$dir"
    ;;
  status)
    for f in haproxy redis $(for n in $(seq 1 "$instances"); do echo "crm-$n"; done); do
      if running "$dir/$f.pid"; then echo "$f running (pid $(cat "$dir/$f.pid"))"; else echo "$f stopped"; fi
    done
    for p in primary replica; do
      if pg_running "$(pg_home)/$p"; then echo "$p running"; else echo "$p stopped"; fi
    done
    ;;
  endpoints) endpoints ;;
  stop-replica) stop_pg replica ;;
  stop-redis) stop_pid "$dir/redis.pid" ;;
  stop-instance) stop_pid "$dir/crm-$2.pid" ;;
  delay-replica)
    data="$(pg_home)/replica"
    echo "recovery_min_apply_delay = '${2}ms'" | as_owner tee "$data/delay.conf" >/dev/null
    as_owner "$(pg_bin)/pg_ctl" -D "$data" reload >/dev/null
    ;;
  *) echo "usage: $0 start|stop|status|endpoints|destroy|stop-replica|stop-redis|stop-instance N|delay-replica MS" >&2; exit 2 ;;
esac
