#!/usr/bin/env bash
# Real VS Code (code-server 4.99.4 = VS Code 1.99) + headless Chromium, driven by playwright-core:
# install the goleash VSIX (linux-x64, goleash bundled) into a fresh profile and play one scenario.
#   ./run_e2e.sh main            no goleash anywhere on PATH, no goleash setting: the bundled server runs
#                                (squiggles, hover + doc link, Problems, Ctrl+. fix, save, Analyse Workspace)
#   ./run_e2e.sh no-python       no Python on PATH (nothing can run the server)
#   ./run_e2e.sh wrong-path      goleash.path points at a file that does not exist; then at a server that
#                                answers --version but dies when it serves (a crash loop, stopped at once)
#   ./run_e2e.sh no-goleash      goleash.interpreter is a Python without goleash
# Screenshots go to OUT_DIR/<scenario>. Every wait is bounded; code-server binds 127.0.0.1.
# Env: CS_DIR (code-server install, with playwright-core), VSIX, PYTHON_NO_GOLEASH (a Python 3.11+ without
# goleash), GO_SAMPLE, OUT_DIR.
set -euo pipefail
SCENARIO=${1:-main}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CS_DIR=${CS_DIR:-$HOME/.cache/goleash/code-server}
CS_BIN=$CS_DIR/node_modules/.bin/code-server
VSIX=${VSIX:-$ROOT/vscode-extension/goleash-linux-x64.vsix}
PYTHON_NO_GOLEASH=${PYTHON_NO_GOLEASH:-/usr/bin/python3}
GO_SAMPLE=${GO_SAMPLE:-$ROOT/tests/editors/sample/main.go}
OUT_DIR=${OUT_DIR:-$ROOT/tests/editors/artifacts/vscode}/$SCENARIO

WORK=$(mktemp -d -t goleash-vscode.XXXXXX)
mkdir -p "$WORK/data/User" "$WORK/ext" "$WORK/ws" "$WORK/xdg" "$WORK/bin" "$OUT_DIR"
rm -f "$OUT_DIR"/*.png   # this run's screenshots only
cp -r "$HERE/workspace/." "$WORK/ws/"
cp "$GO_SAMPLE" "$WORK/ws/main.go"
printf 'module example.com/sample\n\ngo 1.21\n' > "$WORK/ws/go.mod"

# PATH of code-server and so of the extension host: node, and python3 only where the scenario has one.
# No goleash, no pyenv shims, no venv: the user's machine has never seen goleash.
ln -s "$(command -v node)" "$WORK/bin/node"
[ "$SCENARIO" = no-python ] || ln -s "$PYTHON_NO_GOLEASH" "$WORK/bin/python3"
for tool in sh bash env uname rm mkdir cat ls ps; do
  p=$(command -v "$tool" || true); [ -n "$p" ] && ln -sf "$p" "$WORK/bin/$tool"
done
E2E_PATH="$WORK/bin"
# a goleash that passes the probe and then crashes, as a broken install would
mkdir -p "$WORK/crash"
cat > "$WORK/crash/goleash" <<'SH'
#!/bin/sh
[ "$1" = --version ] && { echo "goleash 0.1.0"; exit 0; }
echo "Traceback (most recent call last):" >&2
echo "ImportError: libtree-sitter.so: cannot open shared object file (simulated)" >&2
exit 1
SH
chmod +x "$WORK/crash/goleash"
if PATH=$E2E_PATH command -v goleash >/dev/null; then echo "goleash is on the e2e PATH"; exit 1; fi
if [ "$SCENARIO" != no-python ] && PATH=$E2E_PATH python3 -c 'import goleash' 2>/dev/null; then
  echo "python3 on the e2e PATH has goleash"; exit 1
fi

case "$SCENARIO" in
  wrong-path) EXTRA='"goleash.path": "/opt/nowhere/bin/goleash",' ;;
  no-goleash) EXTRA="\"goleash.interpreter\": \"$PYTHON_NO_GOLEASH\"," ;;
  *) EXTRA="" ;;
esac
cat > "$WORK/data/User/settings.json" <<JSON
{
  $EXTRA
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.hover.delay": 100
}
JSON
export XDG_CONFIG_HOME="$WORK/xdg" XDG_DATA_HOME="$WORK/xdg"   # code-server writes config.yaml there
unset PYTHONPATH VIRTUAL_ENV
CS_ARGS=(--user-data-dir "$WORK/data" --extensions-dir "$WORK/ext")

t0=$(date +%s.%N)
timeout 120 "$CS_BIN" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$WORK/install-ext.log" 2>&1 \
  || { cat "$WORK/install-ext.log"; exit 1; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# VSCODE_CLI=1: the server does not replace this PATH by the one of a login shell (~/.bashrc, pyenv...)
PATH=$E2E_PATH VSCODE_CLI=1 "$(command -v setsid)" "$CS_BIN" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
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
SCENARIO=$SCENARIO CRASH_SERVER="$WORK/crash/goleash" SETTINGS="$WORK/data/User/settings.json" CS_URL="http://127.0.0.1:$PORT/?folder=$WORK/ws" OUT_DIR="$OUT_DIR" WS="$WORK/ws" \
  PW_FROM="$CS_DIR/" timeout 240 node "$HERE/vscode_e2e.mjs" || rc=$?
t1=$(date +%s.%N)
echo "--- goleash output channel (tail):"
find "$WORK/data/logs" -name '*goleash*.log' -exec tail -n 12 {} \; 2>/dev/null || true
printf 'vscode e2e %s: %.1fs\n' "$SCENARIO" "$(echo "$t1-$t0" | bc)"
[ "$rc" = 0 ] && rm -rf "$WORK" || echo "kept $WORK for inspection"
exit "$rc"
