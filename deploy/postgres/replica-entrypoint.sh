#!/bin/sh
# The replica profile's server: on the first start, a base backup of the primary (-R: it then streams from it as a hot
# standby); on later starts, the standby as it was. Runs as root like the image's own entrypoint, PostgreSQL as postgres.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA" && chmod 700 "$PGDATA"
  until pg_isready -h "$PRIMARY_HOST" -U "$POSTGRES_USER" >/dev/null 2>&1; do sleep 1; done
  gosu postgres env PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast
fi
exec gosu postgres postgres -c hot_standby=on -c hot_standby_feedback=on
