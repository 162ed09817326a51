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
npm ci --no-audit --no-fund --loglevel=error
# the Python side of every target, in parallel (mostly downloads)
pids=()
for t in "${targets[@]}"; do
  "$PY" "$ROOT/scripts/bundle_python.py" "$t" "$STAGE/$t/libs" & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
# then one VSIX per target, its libs in bundled/libs while vsce packs it
restore() { [ -d bundled/libs ] && [ -n "${current:-}" ] && mv bundled/libs "$STAGE/$current/libs"; true; }
trap restore EXIT
rm -rf bundled/libs
for t in "${targets[@]}"; do
  current=$t
  mv "$STAGE/$t/libs" bundled/libs
  # (no repository field: relative links in the README stay relative and open from the installed VSIX)
  npx vsce package --no-dependencies --no-rewrite-relative-links --allow-missing-repository --target "$t" \
    -o "goleash-$t.vsix" </dev/null >"$STAGE/$t/vsce.log" 2>&1 || { cat "$STAGE/$t/vsce.log"; exit 1; }
  mv bundled/libs "$STAGE/$t/libs"
  current=""
done
for t in "${targets[@]}"; do ls -l "goleash-$t.vsix"; done
