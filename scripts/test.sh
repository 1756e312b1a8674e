#!/usr/bin/env bash
# Set up (first time only), then lint (ruff), type-check core and storage (mypy) and run all tests offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh offscreen
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check --quiet .
.venv/bin/mypy --no-error-summary
exec .venv/bin/python -m pytest "$@"
