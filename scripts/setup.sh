#!/usr/bin/env bash
# Sets up everything PeerJournal needs on this machine, then returns.
#   - checks for Python 3.11+,
#   - installs the system libraries Qt needs (Debian/Ubuntu: with apt-get; elsewhere: tells you which),
#   - creates .venv and installs PeerJournal with its test tools (again only when pyproject.toml changed).
# Usage: scripts/setup.sh [offscreen|xcb]   (which Qt platform plugin must load; default: xcb on a desktop)
set -euo pipefail
cd "$(dirname "$0")/.."
platform="${1:-xcb}"

say() { printf '[setup] %s\n' "$*" >&2; }

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || { say "PeerJournal needs Python 3.11 or newer (python3.11 or python3 on PATH)."; exit 1; }
  say "creating .venv with $python"
  "$python" -m venv .venv || {
    say "could not create a virtual environment; on Debian/Ubuntu: apt-get install python3-venv"; exit 1; }
fi

stamp=.venv/.peerjournal-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing PeerJournal and its dependencies into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  echo "$want" > "$stamp"
fi

# Qt's platform plugins link to system libraries a bare Linux may lack. Ask ldd which are missing.
if [ "$(uname -s)" = Linux ]; then
  plugin_dir=$(.venv/bin/python -c 'import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms"))')
  plugins="$plugin_dir/libqoffscreen.so"
  [ "$platform" = xcb ] && plugins="$plugins $plugin_dir/libqxcb.so"
  missing=$(for p in $plugins; do ldd "$p" 2>/dev/null | awk '/not found/ {print $1}'; done | sort -u)
  # Qt 6.5+ also needs libxcb-cursor for the xcb plugin, loaded at run time (ldd can't see it).
  if [ "$platform" = xcb ] && ! ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor.so.0'; then
    missing="$missing libxcb-cursor.so.0"
  fi
  if [ -n "$(echo "$missing" | tr -d '[:space:]')" ]; then
    declare -A deb=(
      [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libGLX.so.0]=libglx0
      [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
      [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6 [libdbus-1.so.3]=libdbus-1-3
      [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0 [libX11.so.6]=libx11-6
      [libX11-xcb.so.1]=libx11-xcb1 [libxcb.so.1]=libxcb1 [libxcb-cursor.so.0]=libxcb-cursor0
      [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-image.so.0]=libxcb-image0 [libxcb-keysyms.so.1]=libxcb-keysyms1
      [libxcb-randr.so.0]=libxcb-randr0 [libxcb-render-util.so.0]=libxcb-render-util0
      [libxcb-render.so.0]=libxcb-render0 [libxcb-shape.so.0]=libxcb-shape0 [libxcb-shm.so.0]=libxcb-shm0
      [libxcb-sync.so.1]=libxcb-sync1 [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-xkb.so.1]=libxcb-xkb1
      [libxcb-util.so.1]=libxcb-util1 [libSM.so.6]=libsm6 [libICE.so.6]=libice6
    )
    packages=""
    for lib in $missing; do packages="$packages ${deb[$lib]:-}"; done
    packages=$(echo "$packages" | tr ' ' '\n' | sort -u | tr '\n' ' ')
    say "Qt needs these system libraries: $(echo $missing)"
    if command -v apt-get >/dev/null 2>&1 && [ -n "$(echo "$packages" | tr -d ' ')" ]; then
      sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      say "installing with apt-get: $packages"
      $sudo apt-get update -qq
      # shellcheck disable=SC2086
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
    else
      say "please install them with your system's package manager, then run this again."
      exit 1
    fi
  fi
fi
