# The two commands of the README: `make run` and `make test`.
.PHONY: run test build db clean bench bench-attachments bench-events bench-reports bench-customfields bench-duplicates token seed client cluster cluster-stop bench-cluster migrate-up migrate-down migrate-create migrate-check migrate-version bench-adoption bench-abuse bench-prepare bench-data

run:
	@scripts/run.sh

test:
	@scripts/test.sh

build:
	dotnet build Crm.slnx -c Release

# Prints the URL of the private development database (provisioning it if needed).
db:
	@scripts/dev-db.sh

# A token for the local service: make token ROLE=agent USER=3 [TTL=12h]. USER is also the shell's login name, so only
# a USER given on the command line counts; the default is the demo admin, user 1.
ROLE ?= admin
TTL ?= 12h
USER_ID := $(if $(filter command line,$(origin USER)),$(USER),1)
token:
	@bin/crm token --role $(ROLE) --user-id $(USER_ID) --ttl $(TTL)

# The demo company (users 1-5) in the local database; running it again changes nothing.
seed:
	@bin/crm migrate up >/dev/null
	@bin/crm seed --demo

# The TypeScript client as an npm tarball, versioned with the API: .build/client/crm-client-<version>.tgz
client:
	@scripts/pack-client.sh

clean:
	dotnet clean Crm.slnx

# The migration commands (scripts/migrate.sh, crm migrate). ARGS passes options, e.g.
# make migrate-up ARGS="--backup-to turfa.dump --resolve email-case=suffix-older"; make migrate-check ARGS=--json
migrate-up:
	@scripts/migrate.sh up $(ARGS)

migrate-down:
	@test -n "$(N)" || { echo "make migrate-down N=<count>: a count is required" >&2; exit 2; }
	@scripts/migrate.sh down $(N)

migrate-create:
	@scripts/migrate.sh create $(NAME)

migrate-check:
	@scripts/migrate.sh check $(ARGS)

migrate-version:
	@scripts/migrate.sh version

# Peak memory of the service while a 200 MiB attachment streams in and out (local store, then S3 via s3rver).
bench-attachments:
	@bench/attachments-memory.sh local 200
	@bench/attachments-memory.sh s3 200

# The event append's cost on create-customer (against this commit with the append compiled out, or BASE=<commit>),
# dispatcher throughput, delivery lag at 100 writes/s:
# bench/results/events.md and .json.
bench-events:
	@node bench/events.mjs

# Custom fields at SCALE customers (default 1M, on the database `make bench` seeds): a list filtered by a filterable select
# field and sorted by a number field against the same list filtered by status: bench/results/customfields-$(SCALE).md.
bench-customfields:
	@SCALE=$(if $(filter command line environment,$(origin SCALE)),$(SCALE),1000000) DURATION=$(DURATION) scripts/bench.sh bench/customfields.mjs

# Duplicate candidates at SCALE customers (default 1M, on the database `make bench` seeds): the background rebuild and an
# incremental refresh, and the duplicates list's p50/p99 per page: bench/results/duplicates-$(SCALE).md.
bench-duplicates:
	@SCALE=$(if $(filter command line environment,$(origin SCALE)),$(SCALE),1000000) node bench/duplicates.mjs

# Data in and out on the Release build: CSV imports of IMPORT_SIZES customers with contacts (rows/s, peak RSS), the export
# of every customer of crm_bench_$(SCALE) (default 1M; seeded as `make bench` seeds it) and 1,000-id bulk updates:
# bench/results/data-$(SCALE).md.
bench-data:
	@SCALE=$(if $(filter command line environment,$(origin SCALE)),$(SCALE),1000000) node bench/data.mjs

# The adoption of a legacy database of $(SCALE) customers: time, peak memory, locks on CMS tables (bench/adoption.sh).
bench-adoption:
	@SCALE=$(SCALE) bench/adoption.sh

# Seeds crm_bench_$(SCALE) on the development cluster (once), load-tests the service against it and the database floor,
# and writes bench/results/$(SCALE).md and .json. DURATION is seconds per scenario.
SCALE ?= 10000
DURATION ?= 15
bench:
	@SCALE=$(SCALE) DURATION=$(DURATION) scripts/bench.sh

# The overview's maintained aggregates on crm_bench_$(SCALE): the triggers' write cost (off/on in alternating rounds), the
# uncached overview for fixed and random ranges and owners, rebuild and verify times: bench/results/reports-$(SCALE).md.
bench-reports:
	@SCALE=$(SCALE) node bench/reports.mjs

# The service on more than one machine, on this one: PostgreSQL primary + streaming replica, Redis, three instances of the
# published build and HAProxy in front (scripts/cluster.sh; README "A local cluster"). cluster-stop stops them cleanly.
cluster:
	@scripts/cluster.sh start

cluster-stop:
	@scripts/cluster.sh stop

# Reads/s of the cluster (3 instances + replica, behind HAProxy) against one instance on the same machine, with CPU per
# request per process, and the write->read pairs across instances; writes bench/results/cluster-$(SCALE).md and .json.
bench-cluster:
	@SCALE=$(SCALE) DURATION=$(DURATION) scripts/bench.sh bench/cluster.mjs

# One abusive user's expensive reads against another user's p95, with the per-user limits and without them (issue 17):
# bench/results/abuse-$(SCALE).md and .json. DURATION is seconds per round (ROUNDS alternating rounds, default 3).
bench-abuse:
	@SCALE=$(SCALE) DURATION=$(DURATION) scripts/bench.sh bench/abuse.mjs

# What auto-preparation is worth: DB_MAX_AUTO_PREPARE=100 (default) against 0 on the same database in alternating rounds
# (issue 17): bench/results/prepare-$(SCALE).md and .json; SCALE defaults to 100000 here.
bench-prepare:
	@SCALE=$(if $(filter command line environment,$(origin SCALE)),$(SCALE),100000) DURATION=$(DURATION) scripts/bench.sh bench/prepare.mjs
