# The two commands of the README: `make run` and `make test`.
.PHONY: run test build db clean

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
