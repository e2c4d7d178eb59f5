#!/bin/sh
# Runs once, when the bundled PostgreSQL initialises its data: lets the role of the service stream WAL to the replica
# profile's server over the compose network (password-authenticated, as every other connection).
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
