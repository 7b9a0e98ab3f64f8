#!/usr/bin/env bash
# Installs the Debian packages the project needs, when missing: chromium (browser tests), libkrb5-dev
# (code-server's kerberos module builds from source), ripgrep (the benchmark's baseline) and unzip
# (the new-user test unpacks the VSIX). Uses sudo only when not root. A second run is a no-op.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v unzip >/dev/null || need+=(unzip)
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v rg >/dev/null || need+=(ripgrep)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: apt-get install ${need[*]}"
timeout 10m $SUDO apt-get update -qq
timeout 10m $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
