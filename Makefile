# The two commands of the README: `make run` and `make test`.
.PHONY: run test build db clean bench bench-attachments migrate-up migrate-down migrate-create migrate-check migrate-version bench-adoption

run:
	@scripts/run.sh

test:
	@scripts/test.sh

build:
	dotnet build Crm.slnx -c Release

# Prints the URL of the private development database (provisioning it if needed).
db:
	@scripts/dev-db.sh

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

# The adoption of a legacy database of $(SCALE) customers: time, peak memory, locks on CMS tables (bench/adoption.sh).
bench-adoption:
	@SCALE=$(SCALE) bench/adoption.sh

# Seeds crm_bench_$(SCALE) on the development cluster (once), load-tests the service against it and the database floor,
# and writes bench/results/$(SCALE).md and .json. DURATION is seconds per scenario.
SCALE ?= 10000
DURATION ?= 15
bench:
	@SCALE=$(SCALE) DURATION=$(DURATION) scripts/bench.sh
