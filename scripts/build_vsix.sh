#!/usr/bin/env bash
# Build the VS Code extension from a clean clone: npm ci, esbuild bundle, vsce package.
# Result: vscode-extension/goleash.vsix   (install: code --install-extension vscode-extension/goleash.vsix)
set -euo pipefail
cd "$(dirname "$0")/../vscode-extension"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent package
ls -l goleash.vsix
