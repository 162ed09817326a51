#!/usr/bin/env bash
# Install the real editors the editor tests drive, on Debian bookworm (idempotent; quick when present):
#   Neovim 0.7 and Emacs 28 + eglot + go-mode, gopls (the editor tests run it beside goleash) (apt), Chromium (apt), VS Code as code-server 4.99.4 (npm,
#   into $GOLEASH_CODE_SERVER_DIR), playwright-core, and the goleash VS Code extension built into a .vsix.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
CS_DIR=${GOLEASH_CODE_SERVER_DIR:-$HOME/.cache/goleash/code-server}
CS_VERSION=4.99.4

need=()
for p in neovim emacs-nox elpa-eglot elpa-go-mode gopls chromium build-essential pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "install_editors: apt-get install ${need[*]}"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}" >/dev/null
fi

# code-server (VS Code 1.99) from npm. @vscode/ripgrep's postinstall would download from GitHub: seed its
# cache with Debian's rg. npm_config_unsafe_perm: its postinstall refuses root otherwise; npm_config_yes:
# node-pty's postinstall runs npx node-gyp.
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  echo "install_editors: code-server $CS_VERSION into $CS_DIR"
  RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$RG_TGZ" ]; then
    mkdir -p "$RG_CACHE"; tmp=$(mktemp -d); cp /usr/bin/rg "$tmp/rg"; tar czf "$RG_TGZ" -C "$tmp" rg; rm -rf "$tmp"
  fi
  mkdir -p "$CS_DIR"
  ( cd "$CS_DIR"
    [ -f package.json ] || echo '{ "name": "code-server-host", "version": "0.0.0", "private": true }' > package.json
    env npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error \
      "code-server@$CS_VERSION" playwright-core@1 >/dev/null )
fi

# the extension, goleash bundled, for every platform (one command): vscode-extension/goleash-<target>.vsix
bash scripts/build_vsix.sh >/dev/null
echo "install_editors: ready (nvim $(nvim --version | head -1 | cut -d' ' -f2), $(emacs --version | head -1), code-server $CS_VERSION)"
