#!/usr/bin/env bash
# Screenshots of every page, tab and main dialog of the demo journal and supporter mode, or of
# the sharing round trip, as numbered PNG files; look at them after each change to the UI.
#
#   scripts/screenshots.sh [--out DIR] [--size 1280x720] [--scale 1.5]
#                          [--theme light|dark|high-contrast] [--language de] [--round-trip]
#   scripts/screenshots.sh --offscreen ...   # no X server: Qt's offscreen platform, one window a picture
#
# Without --offscreen it starts its own Xvfb screen of --size and the openbox window manager, so
# dialogs are real windows with frames and each picture is the whole screen. Needs Xvfb and
# openbox (Debian/Ubuntu: apt-get install -y xvfb openbox). The set-up is scripts/run.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
[ -x "$python" ] || python=python3

offscreen=no size=1280x720 args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --offscreen) offscreen=yes ;;
    --size) size="$2"; args+=("$1" "$2"); shift ;;
    --size=*) size="${1#--size=}"; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

if [ "$offscreen" = yes ]; then
  QT_QPA_PLATFORM=offscreen exec "$python" -m tools.screenshots "${args[@]}"
fi

for tool in Xvfb openbox; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install -y xvfb openbox), or use --offscreen" >&2; exit 1; }
done
run_dir=$(mktemp -d)
cleanup() {
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  rm -rf "$run_dir"
}
trap cleanup EXIT
# -displayfd: Xvfb picks a free display number and writes it once it is ready.
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$run_dir/display" 2>"$run_dir/xvfb.log" &
x_pid=$!
for _ in $(seq 100); do [ -s "$run_dir/display" ] && break; sleep 0.1; done
[ -s "$run_dir/display" ] || { echo "screenshots: Xvfb did not start:" >&2; cat "$run_dir/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$run_dir/display")"
openbox --sm-disable >"$run_dir/openbox.log" 2>&1 &
wm_pid=$!
sleep 1
QT_QPA_PLATFORM=xcb "$python" -m tools.screenshots "${args[@]}"
