# The two commands of the README: `make run` and `make test`.
.PHONY: run test build db clean bench bench-attachments bench-events

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

# Peak memory of the service while a 200 MiB attachment streams in and out (local store, then S3 via s3rver).
bench-attachments:
	@bench/attachments-memory.sh local 200
	@bench/attachments-memory.sh s3 200

# The outbox's cost on create-customer (against the merge base), dispatcher throughput, delivery lag at 100 writes/s:
# bench/results/events.md and .json.
bench-events:
	@node bench/events.mjs

# Seeds crm_bench_$(SCALE) on the development cluster (once), load-tests the service against it and the database floor,
# and writes bench/results/$(SCALE).md and .json. DURATION is seconds per scenario.
SCALE ?= 10000
DURATION ?= 15
bench:
	@SCALE=$(SCALE) DURATION=$(DURATION) scripts/bench.sh
