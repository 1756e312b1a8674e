#!/usr/bin/env bash
# Compile resources/translations/*.ts into the .qm files the app loads (not kept in git).
# Usage: scripts/compile_translations.sh   (needs .venv from scripts/setup.sh)
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
for ts in resources/translations/peerjournal_*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
