#!/usr/bin/env bash
# Sets up a fresh Debian machine: the Debian packages the project needs (scripts/setup-debian.sh),
# the project's npm packages, and the Node-host test tier (Node 24 + code-server).
set -euo pipefail
cd "$(dirname "$0")/.."
timeout 25m bash scripts/setup-debian.sh
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# Browsers come from Debian's chromium; never let Playwright download its own.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout 20m npm ci
timeout 20m bash scripts/setup-node-host.sh
