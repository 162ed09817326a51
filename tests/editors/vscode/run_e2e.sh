#!/usr/bin/env bash
# Real VS Code (code-server 4.99.4 = VS Code 1.99) + headless Chromium, driven by playwright-core:
# install the goleash VSIX into a fresh profile, open the sample, check squiggles, hover, Problems,
# Ctrl+. quick fix, save. Screenshots go to OUT_DIR. Every wait is bounded; code-server binds 127.0.0.1.
# Env: CS_DIR (code-server install, with playwright-core), VSIX, PYTHON (with goleash), GO_SAMPLE, OUT_DIR.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CS_DIR=${CS_DIR:-$HOME/.cache/goleash/code-server}
CS_BIN=$CS_DIR/node_modules/.bin/code-server
VSIX=${VSIX:-$ROOT/vscode-extension/goleash.vsix}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
GO_SAMPLE=${GO_SAMPLE:-$ROOT/tests/editors/sample/main.go}
OUT_DIR=${OUT_DIR:-$ROOT/tests/editors/artifacts/vscode}

WORK=$(mktemp -d -t goleash-vscode.XXXXXX)
mkdir -p "$WORK/data/User" "$WORK/ext" "$WORK/ws" "$WORK/xdg" "$OUT_DIR"
cp "$GO_SAMPLE" "$WORK/ws/main.go"
printf 'module example.com/sample\n\ngo 1.21\n' > "$WORK/ws/go.mod"
cat > "$WORK/data/User/settings.json" <<JSON
{
  "goleash.interpreter": "$PYTHON",
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "editor.hover.delay": 100
}
JSON
export XDG_CONFIG_HOME="$WORK/xdg" XDG_DATA_HOME="$WORK/xdg"   # code-server writes config.yaml there
export PYTHONPATH="$ROOT/server${PYTHONPATH:+:$PYTHONPATH}"
CS_ARGS=(--user-data-dir "$WORK/data" --extensions-dir "$WORK/ext")

t0=$(date +%s.%N)
timeout 120 "$CS_BIN" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$WORK/install-ext.log" 2>&1
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
setsid "$CS_BIN" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  "$WORK/ws" >"$WORK/code-server.log" 2>&1 &
CS_PID=$!
cleanup() {
  kill -TERM -- "-$CS_PID" 2>/dev/null || true   # the whole group: server, extension hosts, goleash
  for _ in $(seq 1 50); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
  kill -0 "$CS_PID" 2>/dev/null || { cat "$WORK/code-server.log"; exit 1; }
  sleep 0.2
done

rc=0
CS_URL="http://127.0.0.1:$PORT/?folder=$WORK/ws" OUT_DIR="$OUT_DIR" GO_FILE="$WORK/ws/main.go" \
  PW_FROM="$CS_DIR/" timeout 240 node "$HERE/vscode_e2e.mjs" || rc=$?
t1=$(date +%s.%N)
echo "--- goleash output channel (tail):"
find "$WORK/data/logs" -name '*goleash*.log' -exec tail -n 8 {} \; 2>/dev/null || true
printf 'vscode e2e: %.1fs\n' "$(echo "$t1-$t0" | bc)"
[ "$rc" = 0 ] && rm -rf "$WORK" || echo "kept $WORK for inspection"
exit "$rc"
