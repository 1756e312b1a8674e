#!/usr/bin/env bash
# CI, after scripts/build_bundle.sh: package the one bundle it built and prove the packages
# install, start, upgrade and uninstall like a desktop app, never touching the journal.
#   .deb:    build version N and N+1 (same bundle, higher version), apt-get install N, run
#            --version and --demo (offscreen) from /usr/bin, validate the installed desktop
#            entry and metainfo, create a journal (with a backup) and settings in a sandboxed
#            HOME, install N+1 over N, open the journal with it, apt-get remove: the journal,
#            its backups and the settings are byte for byte as before.
#   tarball: unpack, ./install.sh into another sandboxed HOME, run it, install again over it,
#            uninstall.sh: the same checks.
# Needs root or sudo (apt-get). Exits non-zero, saying what failed.
# Usage: scripts/test_packages.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[packages] %s\n' "$*" >&2; }
fail() { printf '[packages] FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS

[ -x dist/peerjournal/peerjournal ] || fail "no bundle in dist/peerjournal: run scripts/build_bundle.sh first"
app_name=$(sed -n 's/^APP_NAME = "\(.*\)"$/\1/p' peerjournal/__init__.py)
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' peerjournal/__init__.py)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' peerjournal/__init__.py)
next="$version+ci1"  # sorts after $version for dpkg
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_get() { DEBIAN_FRONTEND=noninteractive $sudo apt-get -y -qq --no-install-recommends "$@" >/dev/null; }
if dpkg-query -W -f='${Status}' peerjournal 2>/dev/null | grep -q 'ok installed'; then
  fail "a peerjournal package is already installed here; remove it first (apt-get remove peerjournal)"
fi

work=$(mktemp -d)
demo_pid=""
cleanup() {
  [ -n "$demo_pid" ] && kill -KILL "$demo_pid" 2>/dev/null
  dpkg-query -W -f='${Status}' peerjournal 2>/dev/null | grep -q 'ok installed' && apt_get remove peerjournal
  rm -rf "$work"
}
trap cleanup EXIT

# Validators, best effort: without network the checks are skipped, and said so.
command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null \
  || apt_get install desktop-file-utils appstream 2>/dev/null \
  || { apt_get update 2>/dev/null && apt_get install desktop-file-utils appstream 2>/dev/null; } \
  || say "note: could not install desktop-file-utils and appstream; their checks are skipped"

packaged=$SECONDS
deb=$(OUT="$work/debs" scripts/build_deb.sh)
# The same bundle: its Depends scan (ldd on every library) needn't run twice.
deb_next=$(DEB_DEPENDS=$(dpkg-deb -f "$deb" Depends) OUT="$work/debs" scripts/build_deb.sh "$next")
tarball=$(OUT="$work" scripts/build_tarball.sh)
say "packaged in $((SECONDS - packaged)) s"

# -- helpers ----------------------------------------------------------------------------------
sandbox() {  # a fresh HOME with nothing of the real one; PeerJournal's default folders inside it
  export HOME="$work/$1"
  mkdir -p "$HOME"
  unset PEERJOURNAL_DATA_DIR PEERJOURNAL_CONFIG_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
  data="$HOME/.local/share/$app_name" config="$HOME/.config/$app_name"
}
fingerprint() {  # every file of the journal's data folder and the settings folder, with its hash
  (cd "$HOME" && find ".local/share/$app_name" ".config/$app_name" -type f -print0 | sort -z \
    | xargs -0 sha256sum)
}
check_version() {
  local out
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$1" --version 2>&1) || fail "$1 --version failed: $out"
  [[ "$out" == "$app_name $version"* ]] || fail "$1 --version printed '$out'"
  say "$1 --version: $out"
}
check_demo() {  # starts offscreen, writes its encrypted demo journal, exits 0 on SIGTERM
  local tmp="$work/demo-tmp" status=0 i
  mkdir -p "$tmp"
  QT_QPA_PLATFORM=offscreen TMPDIR="$tmp" "$1" --demo >"$work/demo.out" 2>"$work/demo.err" &
  demo_pid=$!
  for i in $(seq 1 120); do
    kill -0 "$demo_pid" 2>/dev/null || break
    [ "$(cat "$tmp"/peerjournal-demo-*/demo.pjvault 2>/dev/null | wc -c)" -gt 100000 ] && break
    sleep 0.5
  done
  kill -0 "$demo_pid" 2>/dev/null || fail "$1 --demo stopped on its own: $(cat "$work/demo.err")"
  sleep 2
  kill -TERM "$demo_pid"
  wait "$demo_pid" || status=$?
  demo_pid=""
  [ "$status" -eq 0 ] || fail "$1 --demo exited with $status after SIGTERM: $(cat "$work/demo.err")"
  grep -q Traceback "$work/demo.err" && fail "$1 --demo printed a traceback: $(cat "$work/demo.err")"
  compgen -G "$tmp/peerjournal-demo-*" >/dev/null && fail "$1 --demo left its demo folder behind"
  say "$1 --demo: started offscreen, wrote its demo journal, exited 0 on SIGTERM"
}
make_journal() {  # a journal with one backup, created by the installed app; and a settings file
  local out
  out=$(printf '%s\n' "a passphrase for the package test" | "$1" --check-journal "$data/journal.pjvault") \
    || fail "$1 could not create a journal: $out"
  compgen -G "$data/backups/*" >/dev/null || fail "no backup was made beside the new journal"
  mkdir -p "$config" && printf '{}\n' > "$config/settings.json"
  say "$1 made a journal and a backup: $out"
}
open_journal() {
  local out
  out=$(printf '%s\n' "a passphrase for the package test" | "$1" --check-journal "$data/journal.pjvault") \
    || fail "$1 could not open the journal: $out"
  say "$1 opened the journal: $out"
}
validate() {  # the desktop entry and metainfo as installed
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$1" || fail "desktop-file-validate rejects $1"
    say "desktop-file-validate: $1 OK"
  fi
  if command -v appstreamcli >/dev/null && [ -n "${2:-}" ]; then
    appstreamcli validate --no-net "$2" >"$work/appstream.out" 2>&1 \
      || fail "appstreamcli rejects $2: $(cat "$work/appstream.out")"
    say "appstreamcli validate: $2 OK"
  fi
}
same() { [ "$1" = "$2" ] || fail "$3 changed the journal's or settings' files:"$'\n'"$1"$'\n'"--- now:"$'\n'"$2"; }

# -- the .deb -----------------------------------------------------------------------------------
deb_started=$SECONDS
sandbox home-deb
apt_get install "$deb" || { apt_get update && apt_get install "$deb"; } || fail "apt-get could not install $deb"
[ "$(dpkg-query -W -f='${Version}' peerjournal)" = "$version" ] || fail "version $version is not installed"
[ "$(readlink -f /usr/bin/peerjournal)" = /opt/peerjournal/peerjournal ] || fail "/usr/bin/peerjournal is not the bundle's"
for icon in 48x48/apps/"$app_id".png 256x256/apps/"$app_id".png scalable/apps/"$app_id".svg; do
  [ -f "/usr/share/icons/hicolor/$icon" ] || fail "the package lacks /usr/share/icons/hicolor/$icon"
done
check_version /usr/bin/peerjournal
check_demo /usr/bin/peerjournal
validate "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
make_journal /usr/bin/peerjournal
before=$(fingerprint)

apt_get install "$deb_next" || fail "apt-get could not install $deb_next over $version"
[ "$(dpkg-query -W -f='${Version}' peerjournal)" = "$next" ] || fail "the upgrade to $next did not happen"
same "$before" "$(fingerprint)" "upgrading the package"
open_journal /usr/bin/peerjournal
opened=$(fingerprint)

apt_get remove peerjournal || fail "apt-get remove peerjournal failed"
[ ! -e /usr/bin/peerjournal ] && [ ! -e /opt/peerjournal ] || fail "apt-get remove left the app behind"
same "$opened" "$(fingerprint)" "removing the package"
say ".deb: installed $version, upgraded to $next, removed; journal, backup and settings untouched ($((SECONDS - deb_started)) s)"

# -- the tarball --------------------------------------------------------------------------------
tar_started=$SECONDS
sandbox home-tarball
mkdir -p "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
folder=$(compgen -G "$work/unpacked/peerjournal-*")
PATH="$HOME/.local/bin:$PATH" "$folder/install.sh" >/dev/null || fail "install.sh failed"
launcher="$HOME/.local/bin/peerjournal"
[ -x "$launcher" ] || fail "install.sh made no $launcher"
entry="$HOME/.local/share/applications/$app_id.desktop"
grep -qx "Exec=\"$HOME/.local/opt/peerjournal/peerjournal\"" "$entry" || fail "the menu entry doesn't start the installed app: $(grep ^Exec "$entry")"
[ -f "$HOME/.local/share/icons/hicolor/256x256/apps/$app_id.png" ] || fail "install.sh installed no icons"
validate "$entry" "$HOME/.local/share/metainfo/$app_id.metainfo.xml"
check_version "$launcher"
make_journal "$launcher"
before=$(fingerprint)
"$folder/install.sh" >/dev/null || fail "install.sh over an installed copy failed"
same "$before" "$(fingerprint)" "installing the tarball again"
open_journal "$launcher"
opened=$(fingerprint)
"$HOME/.local/opt/peerjournal/uninstall.sh" >/dev/null || fail "uninstall.sh failed"
[ ! -e "$launcher" ] && [ ! -e "$entry" ] && [ ! -e "$HOME/.local/opt/peerjournal" ] || fail "uninstall.sh left the app behind"
same "$opened" "$(fingerprint)" "uninstalling the tarball"
say "tarball: installed, installed again, uninstalled; journal, backup and settings untouched ($((SECONDS - tar_started)) s)"

say "OK: $(basename "$deb"), $(basename "$deb_next"), $(basename "$tarball") in $((SECONDS - started)) s"
