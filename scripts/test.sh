#!/usr/bin/env bash
# Set up (first time only), then lint (ruff), type-check core and storage (mypy) and run all tests offscreen;
# with no arguments, run the date-touching tests (`-m zones`) again far east and far west of UTC.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh offscreen
# Best effort: install a Debian package for a tool some tests use; they skip, said so, without it.
apt_install() {  # apt_install COMMAND PACKAGE WHAT-IS-SKIPPED
  command -v "$1" >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2"; } >/dev/null 2>&1 \
    || echo "[test] could not install $2; $3 will be skipped" >&2
}
# The standard `age` tool proves our shared files open with it.
apt_install age age "the age interop test"
# poppler-utils (pdftoppm, pdftotext) renders and reads the printable summary's PDF pages.
apt_install pdftoppm poppler-utils "the PDF page tests"
# desktop-file-validate checks the .desktop file in tests/test_bundle.py (CI's package step
# installs it too, but only after the tests).
apt_install desktop-file-validate desktop-file-utils "the .desktop file's check"
# The passphrase fields are tested over real AT-SPI (as Orca hears them): an X server, a D-Bus
# session with the accessibility bus, Atspi for the system Python and Qt's xcb plugin libraries.
# Best effort, like the tools above: the test skips, naming what is missing, without them.
if command -v apt-get >/dev/null 2>&1 && { ! command -v xvfb-run >/dev/null 2>&1 \
    || [ ! -e /usr/share/dbus-1/services/org.a11y.Bus.service ] \
    || ! /usr/bin/python3 -c "import gi; gi.require_version('Atspi', '2.0')" >/dev/null 2>&1; }; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      xvfb xauth dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 libxcb-cursor0; } >/dev/null 2>&1 \
    || echo "[test] could not install the AT-SPI tools; the passphrase-over-AT-SPI test will be skipped" >&2
fi
scripts/setup.sh xcb >/dev/null 2>&1 || echo "[test] Qt's xcb plugin can't load here; the AT-SPI test will be skipped" >&2
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check --quiet .
.venv/bin/mypy --no-error-summary
scripts/compile_translations.sh
if [ "$#" -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pytest
# A person's day is the day on their own clock: the date-touching tests again in Auckland
# (UTC+12/+13, with summer time) and Honolulu (UTC-10). POSIX TZ rules, so no tz database is
# needed (PeerJournal takes local time from the C library, which would silently fall back to
# UTC for an unknown zone name); the check below makes sure the zone really took effect.
for zone in "NZST-12NZDT,M9.5.0,M4.1.0/3" "HST10"; do
  TZ="$zone" .venv/bin/python -c 'import time, sys; sys.exit(time.timezone == 0)' \
    || { echo "[test] the time zone $zone did not take effect" >&2; exit 1; }
  echo "[test] date-touching tests with TZ=$zone"
  TZ="$zone" .venv/bin/python -m pytest -q -m zones -p no:cacheprovider
done
