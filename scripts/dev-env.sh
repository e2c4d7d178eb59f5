# Sourced by scripts/run.sh and bin/crm: the settings of a local run, so that every command of a checkout talks to
# the same database with the same secret without anything exported by hand. Without DATABASE_URL or DB_HOST it
# provisions the private PostgreSQL under .data/ and runs in Development, with a development secret kept in
# .data/jwt-secret unless JWT_SECRET is set. With a database of the caller's own, ENVIRONMENT defaults to Production as
# everywhere else (contract section 6). Whatever the environment sets wins over these conveniences.
# Expects $root (the checkout).
if [ -z "${DATABASE_URL:-}" ] && [ -z "${DB_HOST:-}" ]; then
  # Assigned before export, so that a failed provisioning stops the caller (export would hide its status).
  DATABASE_URL=$("$root/scripts/dev-db.sh")
  export DATABASE_URL
  export ENVIRONMENT=${ENVIRONMENT:-${ASPNETCORE_ENVIRONMENT:-Development}}
fi
export ENVIRONMENT=${ENVIRONMENT:-${ASPNETCORE_ENVIRONMENT:-Production}}
export ASPNETCORE_ENVIRONMENT=$ENVIRONMENT
if [ -z "${JWT_SECRET:-}" ] && [ "${ENVIRONMENT,,}" = development ]; then
  mkdir -p "$root/.data"
  [ -f "$root/.data/jwt-secret" ] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$root/.data/jwt-secret"
  JWT_SECRET=$(cat "$root/.data/jwt-secret")
  export JWT_SECRET
fi
