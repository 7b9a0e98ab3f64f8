#!/usr/bin/env bash
# `npm start`: builds the extension and opens it in a real VS Code on a copy of samples/first-look
# (a small architecture repository made for a first look: design docs, an ADR, a team glossary),
# trusted, so every feature works; the walkthrough is offered on the first start.
#  - desktop VS Code when `code` is on PATH (extension development host);
#  - otherwise code-server (installed by scripts/setup-node-host.sh) on a localhost port it prints.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
node scripts/build.mjs
WS="$ROOT/.cache/workspaces/first-look"
if [ ! -d "$WS" ]; then mkdir -p "$WS" && cp -r samples/first-look/. "$WS/"; fi

# The sample is ours, so it opens trusted: in Restricted Mode team templates, glossary paths and
# the output folder setting would be off, which is not what a first look should show.
if command -v code >/dev/null 2>&1 && [ -z "${MENTORSHIP_PREP_NO_DESKTOP:-}" ]; then
  exec code --disable-workspace-trust --extensionDevelopmentPath="$ROOT" "$WS"
fi

[ -x .cache/node-host/node24/bin/node ] || bash scripts/setup-node-host.sh
PORT=${PORT:-8080}
HOME_DIR="$ROOT/.cache/start-home"
mkdir -p "$HOME_DIR"
# A first look starts on the sample's README (what to try, in four steps), not on code-server's own
# Welcome page, without the Chat panel taking a third of the window, and without Git offering the
# clone's own repository (the sample is copied inside it). Written once: a user's own
# changes to these settings are kept.
SETTINGS="$ROOT/.cache/start-user-data/User/settings.json"
if [ ! -f "$SETTINGS" ]; then
  mkdir -p "$(dirname "$SETTINGS")"
  cat > "$SETTINGS" <<'JSON'
{
  "workbench.startupEditor": "readme",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "git.openRepositoryInParentFolders": "never"
}
JSON
fi
PAYLOAD=$(node -e 'const [p,r]=process.argv.slice(1);console.log(encodeURIComponent(JSON.stringify([["extensionDevelopmentPath",`vscode-remote://127.0.0.1:${p}${r}`]])))' "$PORT" "$ROOT")
echo
echo "Mentorship Prep is running in code-server. Open this address in a browser:"
echo "  http://127.0.0.1:$PORT/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$WS")&payload=$PAYLOAD"
echo "(Ctrl+C stops it. The extension is loaded from $ROOT/dist; run 'npm run watch' in another terminal to rebuild on save.)"
echo
HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_DATA_HOME="$HOME_DIR/.local/share" \
exec .cache/node-host/node24/bin/node .cache/node-host/server/node_modules/code-server/out/node/entry.js \
  --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check \
  --user-data-dir "$ROOT/.cache/start-user-data" --extensions-dir "$ROOT/.cache/start-extensions" \
  --disable-workspace-trust --vscode-option enable-smoke-test-driver "$WS"
