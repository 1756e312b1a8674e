#!/usr/bin/env bash
# Set up (first time only), then lint (ruff), type-check core and storage (mypy) and run all tests offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh offscreen
# The standard `age` tool proves our shared files open with it (the interop test skips without it).
if ! command -v age >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq age; } >/dev/null 2>&1 \
    || echo "[test] could not install the age tool; its interop test will be skipped" >&2
fi
# poppler-utils (pdftoppm, pdftotext) renders and reads the printable summary's PDF pages.
if ! command -v pdftoppm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils; } >/dev/null 2>&1 \
    || echo "[test] could not install poppler-utils; the PDF page tests will be skipped" >&2
fi
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check --quiet .
.venv/bin/mypy --no-error-summary
scripts/compile_translations.sh
exec .venv/bin/python -m pytest "$@"
