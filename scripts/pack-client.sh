#!/usr/bin/env bash
# make client: the TypeScript client as an npm tarball, versioned with the API (its package.json version is the document's
# info.version; make test checks it). npm pack runs the package's prepare script, which builds dist/. Prints the tarball's path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
client="$root/clients/typescript"
out="$root/.build/client"

# npm ci on a fresh machine or when the lockfile changed; otherwise the installed tools are current.
lock_sum=$(sha256sum "$client/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$client/node_modules/.crm-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && echo "$lock_sum" > node_modules/.crm-lock-sum)
fi
rm -rf "$out" && mkdir -p "$out"
name=$(cd "$client" && npm pack --silent --pack-destination "$out" 2>/dev/null | tail -n 1)
echo "$out/$name"
