#!/usr/bin/env bash
# Run the goleash test suite.
#   ./scripts/test.sh            everything, on Debian 12 (bookworm) as root or with sudo: installs what the
#                                tests need (idempotent, fast when already there), then runs pytest
#   ./scripts/test.sh --light    no installs beyond the Python venv, no editor tests (any OS, Python 3.11+;
#                                Go, when on PATH, is used for the compile checks)
#   ./scripts/test.sh -k GL101   extra arguments go to pytest (after --light too)
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHT=""
if [ "${1:-}" = "--light" ]; then LIGHT=1; shift; fi

# Python: a venv with goleash (editable) and the test tools
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

if [ -n "$LIGHT" ]; then
  exec .venv/bin/python -m pytest -q -m "not editors" "$@"
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_install() {
  if [ -z "${GOLEASH_APT_UPDATED:-}" ]; then $SUDO apt-get update -q >/dev/null; export GOLEASH_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# Go (Debian's golang-go) for the compile checks of fixed code and the runtime proofs
command -v go >/dev/null 2>&1 || apt_install golang-go ca-certificates
export GOLEASH_REQUIRE_GO=1

# Real editors (VS Code via code-server, Neovim, Emacs, gopls) and the VSIXs for the editor tests
if [ -f scripts/install_editors.sh ]; then
  bash scripts/install_editors.sh
  export GOLEASH_REQUIRE_EDITORS=1
fi

exec .venv/bin/python -m pytest -q "$@"
