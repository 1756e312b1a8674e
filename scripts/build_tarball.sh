#!/usr/bin/env bash
# Pack the one-folder bundle (dist/peerjournal) as a portable tarball for any Linux:
#   peerjournal-VERSION-linux-ARCH/  peerjournal, _internal/, install.sh, uninstall.sh, share/
# Unpack it and run ./install.sh (per user, no root: see packaging/linux/install.sh), or run
# ./peerjournal straight from the folder.
# Usage: scripts/build_tarball.sh [VERSION]   Environment: BUNDLE (default dist/peerjournal), OUT (default dist).
set -euo pipefail
cd "$(dirname "$0")/.."

tag=tarball
# shellcheck source=scripts/package_inputs.sh
. scripts/package_inputs.sh "$@"

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
