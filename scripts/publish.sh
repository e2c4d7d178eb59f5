#!/usr/bin/env bash
# Builds the service as the Dockerfile does (Release, ReadyToRun) into .build/api; `make run` and `make bench` run it.
# Quiet unless the build fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/.data"
dotnet publish "$root/src/Crm.Api/Crm.Api.csproj" -c Release -p:UseAppHost=false --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$root/.build/api" -nologo > "$root/.data/build.log" 2>&1 || { cat "$root/.data/build.log" >&2; exit 1; }
