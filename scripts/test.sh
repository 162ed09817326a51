#!/usr/bin/env bash
# Run the whole goleash test suite on a fresh Debian machine: installs what the
# tests need (idempotent, fast when already there), then runs pytest.
#   ./scripts/test.sh            everything
#   ./scripts/test.sh -k GL101   extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_install() {
  if [ -z "${GOLEASH_APT_UPDATED:-}" ]; then $SUDO apt-get update -q >/dev/null; export GOLEASH_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# Python: a venv with goleash (editable) and the test tools
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# Go (Debian's golang-go) for the compile checks of fixed code and the runtime proofs
command -v go >/dev/null 2>&1 || apt_install golang-go ca-certificates
export GOLEASH_REQUIRE_GO=1

# Real editors (VS Code via code-server, Neovim, Emacs) for the editor tests
if [ -f scripts/install_editors.sh ]; then
  bash scripts/install_editors.sh
  export GOLEASH_REQUIRE_EDITORS=1
fi

exec .venv/bin/python -m pytest -q "$@"
