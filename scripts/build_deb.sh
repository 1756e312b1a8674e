#!/usr/bin/env bash
# Wrap the one-folder bundle (dist/peerjournal, from scripts/build_bundle.sh) in a .deb:
#   /opt/peerjournal/          the bundle, as built
#   /usr/bin/peerjournal       a link to /opt/peerjournal/peerjournal
#   /usr/share/applications/, /usr/share/metainfo/, /usr/share/icons/hicolor/   desktop entry,
#                              AppStream metainfo and icons (dpkg's triggers refresh the caches)
# Depends: the system libraries the bundle links to but doesn't carry (packaging/linux/debian_control.py).
# The journal, its backups and the settings live in the person's home folder: no maintainer
# script, so installing, upgrading and removing can never touch them.
# Usage: scripts/build_deb.sh [VERSION]   (default: the package version; the upgrade test passes a higher one)
# Environment: BUNDLE (default dist/peerjournal), OUT (default dist), DEB_DEPENDS (skip the scan:
# use this Depends line), DEB_COMPRESS (dpkg-deb's compression options; default -Zgzip -z1).
set -euo pipefail
cd "$(dirname "$0")/.."

tag=deb
# shellcheck source=scripts/package_inputs.sh
. scripts/package_inputs.sh "$@"
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (it comes with dpkg, on Debian and Ubuntu)"
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/metainfo" "$root/usr/share/doc/peerjournal"
cp -a "$bundle" "$root/opt/peerjournal"
ln -s /opt/peerjournal/peerjournal "$root/usr/bin/peerjournal"
install -m 644 "resources/$app_id.desktop" "$root/usr/share/applications/"
install -m 644 "resources/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
for png in resources/icons/hicolor/*/apps/"$app_id".png; do
  size_dir=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/$size_dir/apps/$app_id.png"
done
install -D -m 644 resources/icons/peerjournal.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
printf 'PeerJournal\nLicense: GPL-3.0-or-later (see /usr/share/common-licenses/GPL-3)\n' \
  > "$root/usr/share/doc/peerjournal/copyright"
# dpkg-deb wants no group- or world-writable files and directories 0755.
chmod -R u+rwX,go+rX,go-w "$root"

installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
python3 packaging/linux/debian_control.py "$bundle" "$version" "$arch" "$installed_kb" \
  > "$root/DEBIAN/control" || fail "could not write the control file (see above)"
say "Depends: $(sed -n 's/^Depends: //p' "$root/DEBIAN/control")"

mkdir -p "$out"
deb="$out/peerjournal_${version}_${arch}.deb"
# Fast gzip: CI builds this twice; a release can pass DEB_COMPRESS="-Zxz" for a smaller file.
# shellcheck disable=SC2086
dpkg-deb --root-owner-group ${DEB_COMPRESS:--Zgzip -z1} --build "$root" "$deb" >/dev/null \
  || fail "dpkg-deb could not build the package"
say "OK: $deb ($(du -h "$deb" | cut -f1), $((installed_kb / 1024)) MB installed)"
echo "$deb"
