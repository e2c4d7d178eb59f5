#!/usr/bin/env bash
# The client as a Console project gets it: a throw-away Next.js-style project (tests/consumer: skipLibCheck, bundler
# resolution, strict) installs the packed tarball from the registry's way (npm install <tarball>), then
#   app/good.ts and the README's first call (extracted to app/readme.ts) must type-check, and
#   app/bad.ts must not: every line marked "typo:" must be reported.
# node_modules is kept under .data/consumer between runs. Usage: scripts/consumer-test.sh <tarball>
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tarball=$(readlink -f "${1:?usage: consumer-test.sh <tarball from scripts/pack-client.sh>}")
project="$root/.data/consumer"
mkdir -p "$project"
rm -rf "$project/app" && cp -r "$root/tests/consumer/." "$project/"
awk '/^First call/ {found = 1} found && /^```ts/ {copy = 1; next} copy && /^```/ {exit} copy' "$root/README.md" > "$project/app/readme.ts"
[ -s "$project/app/readme.ts" ] || { echo "consumer: no first call found in README.md" >&2; exit 1; }
cd "$project"
[ -f package.json ] || echo '{ "name": "crm-console-consumer", "private": true, "type": "module" }' > package.json
# The tarball keeps its version between builds: drop the installed copy so that this build's is the one checked.
rm -rf node_modules/@crm
npm install --no-audit --no-fund --loglevel=error typescript@5.9.3 @types/node@20 "$tarball" >/dev/null

echo "consumer: app/good.ts and the README's first call type-check against the packed client"
npx --no-install tsc -p tsconfig.good.json

echo "consumer: app/bad.ts does not, at every typo"
if out=$(npx --no-install tsc -p tsconfig.bad.json 2>&1); then
  echo "consumer: app/bad.ts type-checked, but its typos must not" >&2
  exit 1
fi
missed=0
while IFS=: read -r line what; do
  if ! grep -q "^app/bad.ts($line," <<< "$out"; then
    echo "consumer: no error reported for the$what (app/bad.ts line $line)" >&2
    missed=1
  fi
done < <(grep -n "// typo:" app/bad.ts | sed -E 's|^([0-9]+):.*// typo:(.*)$|\1:\2|')
if [ "$missed" = 1 ]; then echo "$out" >&2; exit 1; fi
echo "consumer: $(grep -c '// typo:' app/bad.ts) typos caught"
