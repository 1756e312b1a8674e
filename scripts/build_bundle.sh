#!/usr/bin/env bash
# Build the one-folder PeerJournal bundle with PyInstaller (build.spec), then prove it runs:
#   - the bundle holds the resources and the native parts of sqlcipher3, pyrage, cryptography;
#   - `peerjournal --version` and `--help` answer, and without a display it says so and exits 2;
#   - `peerjournal --demo` starts offscreen, writes an encrypted demo journal, keeps running,
#     and on SIGTERM exits 0 without a traceback and deletes the demo folder.
# Result: dist/peerjournal/ (copy that folder anywhere; it needs no Python). Exits non-zero,
# saying what failed, if any step fails. Linux (the checks use ldd); macOS builds but skips those.
# Usage: scripts/build_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[bundle] %s\n' "$*" >&2; }
fail() { printf '[bundle] FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS

# xcb: the X11 libraries must be on the build machine for PyInstaller to bundle them.
scripts/setup.sh xcb
stamp=.venv/.peerjournal-bundle-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing PyInstaller (the 'bundle' extra) into .venv"
  .venv/bin/python -m pip install --quiet -e '.[bundle]'
  echo "$want" > "$stamp"
fi

# build.spec cuts Qt's ICU data down with icupkg (icu-devtools) and gcc; without them the
# bundle keeps the full 31 MB. Best effort, as the validators in test_packages.sh.
if [ "$(uname -s)" = Linux ] && ! command -v icupkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing icu-devtools (icupkg) to make the ICU data smaller"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends icu-devtools >/dev/null 2>&1 \
    || say "note: could not install icu-devtools; the bundle keeps the full ICU data"
fi

app_name=$(sed -n 's/^APP_NAME = "\(.*\)"$/\1/p' peerjournal/__init__.py)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' peerjournal/__init__.py)
[ -n "$app_name" ] && [ -n "$version" ] || fail "could not read APP_NAME and __version__ from peerjournal/__init__.py"

say "compiling translations"
scripts/compile_translations.sh
say "building $app_name $version with PyInstaller"
build_started=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec \
  || fail "PyInstaller could not build the bundle (see its messages above)"
build_seconds=$((SECONDS - build_started))

bundle=dist/peerjournal
exe=$bundle/peerjournal
[ -x "$exe" ] || fail "$exe was not built"
internal=$bundle/_internal

# -- what the bundle holds ----------------------------------------------------------------
for path in resources/styles/app.qss resources/icons/peerjournal.svg resources/icons/chevron-down.svg \
            resources/org.peerjournal.PeerJournal.desktop resources/translations/peerjournal_de.qm \
            resources/translations/peerjournal_en.qm \
            build-stamp.txt; do
  [ -e "$internal/$path" ] || fail "the bundle lacks $path (build.spec's datas)"
done
for pattern in 'sqlcipher3/_sqlite3*' 'pyrage/pyrage*' 'cryptography/hazmat/bindings/_rust*' \
               'PySide6/Qt/plugins/platforms/*offscreen*' 'PySide6/Qt/plugins/platforms/*xcb*' \
               'PySide6/Qt/plugins/iconengines/*svg*' 'PySide6/Qt/plugins/imageformats/*svg*'; do
  compgen -G "$internal/$pattern" >/dev/null || fail "the bundle lacks $pattern"
done
if [ "$(uname -s)" = Linux ]; then
  # Every library must find what it links to, in the bundle (the bootloader puts _internal on
  # the library path) or in the base system. Wayland and the GTK theme are exempt: Qt loads
  # those plugins only on a desktop that has them, finds their libraries there, and falls
  # back to xcb when it can't; a build machine without a desktop lacks them.
  optional='(wayland|/libqgtk3\.so$|/libQt6WaylandClient|/libQt6WlShellIntegration)'
  missing_in() { LD_LIBRARY_PATH="$internal" ldd "$1" 2>/dev/null | awk '/not found/ {print $1}'; }
  unresolved="" optional_missing=""
  while IFS= read -r -d '' lib; do
    missing=$(missing_in "$lib" | tr '\n' ' ')
    [ -n "$missing" ] || continue
    if [[ "$lib" =~ $optional ]]; then optional_missing="$optional_missing $missing"
    else unresolved="$unresolved${lib#"$bundle"/} needs $missing; "; fi
  done < <(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$exe" \) -print0)
  [ -z "$unresolved" ] || fail "bundled libraries can't find what they link to: $unresolved"
  if [ -n "$optional_missing" ]; then
    say "note: optional Qt plugins (Wayland, GTK theme) need libraries this machine lacks:" \
      "$(printf '%s\n' $optional_missing | sort -u | paste -sd ' ')"  # word splitting wanted
  fi
fi

# -- the command line -----------------------------------------------------------------------
work=$(mktemp -d)
demo_pid=""
cleanup() {
  [ -n "$demo_pid" ] && kill -KILL "$demo_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# Keep every run away from the real journal and settings, whatever it does.
export PEERJOURNAL_DATA_DIR="$work/data" PEERJOURNAL_CONFIG_DIR="$work/config"
export XDG_CONFIG_HOME="$work/xdg-config" XDG_DATA_HOME="$work/xdg-data" XDG_CACHE_HOME="$work/xdg-cache"
no_display=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)

out=$("${no_display[@]}" "$exe" --version 2>&1) || fail "--version exited with status $?: $out"
# The version, then the build stamp build.spec wrote (the git commit and date, when known).
[[ "$out" == "$app_name $version (build "*")" ]] \
  || fail "--version printed '$out', expected '$app_name $version (build ...)'"
say "--version: $out"

out=$("${no_display[@]}" "$exe" --help 2>&1) || fail "--help exited with status $?: $out"
grep -q -- '--demo' <<<"$out" || fail "--help does not mention --demo: $out"
say "--help: mentions --demo"

if [ "$(uname -s)" = Linux ]; then
  status=0
  out=$("${no_display[@]}" "$exe" 2>&1) || status=$?
  [ "$status" -eq 2 ] || fail "without a display the bundle exited with status $status, expected 2: $out"
  grep -q 'needs a graphical desktop' <<<"$out" || fail "without a display it said: $out"
  say "no display: exits 2 with \"$out\""
fi

# -- the demo, offscreen --------------------------------------------------------------------
mkdir -p "$work/tmp"
QT_QPA_PLATFORM=offscreen TMPDIR="$work/tmp" "$exe" --demo >"$work/stdout" 2>"$work/stderr" &
demo_pid=$!

vault_kb() {  # the demo vault with its write-ahead log, in kB; 0 while there is none
  local total=0 f
  for f in "$work"/tmp/peerjournal-demo-*/demo.pjvault "$work"/tmp/peerjournal-demo-*/demo.pjvault-wal; do
    [ -f "$f" ] && total=$((total + $(wc -c <"$f")))
  done
  echo $((total / 1024))
}
for _ in $(seq 1 120); do  # up to 60 s for the demo journal to be written
  kill -0 "$demo_pid" 2>/dev/null || break
  [ "$(vault_kb)" -gt 100 ] && break
  sleep 0.5
done
kill -0 "$demo_pid" 2>/dev/null \
  || { wait "$demo_pid" || true; fail "--demo stopped on its own; its stderr: $(cat "$work/stderr")"; }
[ "$(vault_kb)" -gt 100 ] || fail "--demo wrote no demo journal over 100 kB within 60 s ($(vault_kb) kB)"
vault=$(compgen -G "$work/tmp/peerjournal-demo-*/demo.pjvault")
if head -c 16 "$vault" | grep -qa 'SQLite format 3'; then
  fail "the demo journal is a plain SQLite file: the bundle's sqlcipher3 did not encrypt it"
fi
say "--demo: wrote an encrypted demo journal of $(vault_kb) kB"

sleep 4
kill -0 "$demo_pid" 2>/dev/null \
  || { wait "$demo_pid" || true; fail "--demo quit within a few seconds; its stderr: $(cat "$work/stderr")"; }
say "--demo: still running after 4 s; sending SIGTERM"
kill -TERM "$demo_pid"
for _ in $(seq 1 40); do  # up to 20 s to close the journal and clean up
  kill -0 "$demo_pid" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$demo_pid" 2>/dev/null && fail "--demo did not exit within 20 s of SIGTERM"
status=0
wait "$demo_pid" || status=$?
demo_pid=""
[ "$status" -eq 0 ] || fail "--demo exited with status $status after SIGTERM; its stderr: $(cat "$work/stderr")"
grep -q 'Traceback' "$work/stderr" && fail "--demo printed a traceback: $(cat "$work/stderr")"
compgen -G "$work/tmp/peerjournal-demo-*" >/dev/null && fail "--demo left its demo folder behind: $(ls -d "$work"/tmp/peerjournal-demo-*)"
say "--demo: exited 0 on SIGTERM, no traceback, demo folder removed"

size=$(du -sh "$bundle" | cut -f1)
say "OK: $bundle ($size), PyInstaller took ${build_seconds} s, everything $((SECONDS - started)) s"
