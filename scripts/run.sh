#!/usr/bin/env bash
# Set up (first time only) and start PeerJournal. Arguments go to the app, e.g. --demo or --vault PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
platform=xcb
case "${QT_QPA_PLATFORM:-}" in offscreen*|minimal*) platform=offscreen ;; esac
[ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -n "${WAYLAND_DISPLAY:-}" ] && platform=offscreen
scripts/setup.sh "$platform"
scripts/compile_translations.sh
exec .venv/bin/python -m peerjournal "$@"
