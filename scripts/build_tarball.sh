#!/usr/bin/env bash
# Pack the one-folder bundle (dist/peerjournal) as a portable tarball for any Linux:
#   peerjournal-VERSION-linux-ARCH/  peerjournal, _internal/, install.sh, uninstall.sh, share/
# Unpack it and run ./install.sh (per user, no root: see packaging/linux/install.sh), or run
# ./peerjournal straight from the folder.
# Usage: scripts/build_tarball.sh [VERSION]   Environment: BUNDLE (default dist/peerjournal), OUT (default dist).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[tarball] %s\n' "$*" >&2; }
fail() { printf '[tarball] FAILED: %s\n' "$*" >&2; exit 1; }

bundle=$(realpath -m "${BUNDLE:-dist/peerjournal}")
out=$(realpath -m "${OUT:-dist}")
version="${1:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' peerjournal/__init__.py)}"
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' peerjournal/__init__.py)
[ -x "$bundle/peerjournal" ] || fail "no bundle at $bundle: run scripts/build_bundle.sh first"

name="peerjournal-$version-linux-$(uname -m)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
top="$work/$name"
mkdir -p "$top/share/applications" "$top/share/metainfo"
cp -a "$bundle/." "$top/"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$top/"
install -m 644 "resources/$app_id.desktop" "$top/share/applications/"
install -m 644 "resources/$app_id.metainfo.xml" "$top/share/metainfo/"
for png in resources/icons/hicolor/*/apps/"$app_id".png; do
  install -D -m 644 "$png" "$top/share/icons/${png#resources/icons/}"
done
install -D -m 644 resources/icons/peerjournal.svg "$top/share/icons/hicolor/scalable/apps/$app_id.svg"

mkdir -p "$out"
tarball="$out/$name.tar.gz"
# gzip -1: quick in CI; the bundle's libraries barely compress further at -9.
tar -C "$work" -cf - "$name" | gzip -1 > "$tarball"
say "OK: $tarball ($(du -h "$tarball" | cut -f1))"
echo "$tarball"
