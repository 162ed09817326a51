#!/usr/bin/env bash
# Build the self-contained VS Code extension: one VSIX per platform, each carrying goleash and its Python
# dependencies (the platform wheels of tree-sitter and tree-sitter-go from PyPI, for CPython 3.11-3.14).
# A VS Code user installs the one for their platform and needs nothing else but a Python 3.11+.
#   scripts/build_vsix.sh                 all targets: linux-x64 linux-arm64 alpine-x64 darwin-x64 darwin-arm64
#                                         win32-x64 win32-arm64
#   scripts/build_vsix.sh linux-x64 ...   only these
# Result: vscode-extension/goleash-<target>.vsix   (install: code --install-extension <that file>)
# Needs Node 20+ with npm, Python 3.11+ with pip (this repo's .venv if there is one, else python3, or
# $PYTHON), and the npm registry and PyPI (wheels are cached in ~/.cache/goleash/vsix-wheels).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXT=$ROOT/vscode-extension
ALL=(linux-x64 linux-arm64 alpine-x64 darwin-x64 darwin-arm64 win32-x64 win32-arm64)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL[@]}")
PY=${PYTHON:-}
[ -n "$PY" ] || { [ -x "$ROOT/.venv/bin/python" ] && PY=$ROOT/.venv/bin/python || PY=python3; }
STAGE=$ROOT/build/vsix

cd "$EXT"
# the extension's build tools (npm ci, skipped when node_modules already matches package-lock.json)
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.goleash-lock 2>/dev/null)" != "$lock" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock" > node_modules/.goleash-lock
fi
npm run --silent build >/dev/null   # dist/extension.js (esbuild)

# per target, in parallel: a copy of the extension with that platform's Python side in bundled/libs, packed
# by vsce (no repository field: the README's relative links stay relative and open from the installed VSIX)
pack() {
  local t=$1 s=$STAGE/$1/ext
  rm -rf "$s" && mkdir -p "$s/bundled"
  cp -r package.json README.md LICENSE .vscodeignore images dist "$s/"
  cp bundled/run.py "$s/bundled/"
  node -e 'const f=process.argv[1], p=require(f); delete p.scripts["vscode:prepublish"];
           require("fs").writeFileSync(f, JSON.stringify(p, null, 2))' "$s/package.json"
  "$PY" "$ROOT/scripts/bundle_python.py" "$t" "$s/bundled/libs"
  ( cd "$s" && "$EXT/node_modules/.bin/vsce" package --no-dependencies --no-rewrite-relative-links \
      --allow-missing-repository --target "$t" -o "$EXT/goleash-$t.vsix" </dev/null >"$STAGE/$t/vsce.log" 2>&1 ) \
    || { cat "$STAGE/$t/vsce.log"; return 1; }
}
pids=()
for t in "${targets[@]}"; do
  mkdir -p "$STAGE/$t"
  pack "$t" & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done   # set -e: one failed target fails the build
for t in "${targets[@]}"; do ls -l "goleash-$t.vsix"; done
