#!/bin/sh
# Remove the PeerJournal that install.sh put in your home folder: the app, its link, its menu
# entry and icons. Your journal, its backups and your settings are left exactly as they are.
set -eu
prefix="${PEERJOURNAL_PREFIX:-$HOME/.local}"
share="${XDG_DATA_HOME:-$prefix/share}"
case "$share" in /*) ;; *) share="$prefix/share" ;; esac
app="$prefix/opt/peerjournal"
app_id=org.peerjournal.PeerJournal

# Only our own link: a peerjournal in ~/.local/bin that points somewhere else stays.
link="$prefix/bin/peerjournal"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$app/peerjournal" ]; then rm -f "$link"; fi
rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
rm -f "$share"/icons/hicolor/*/apps/"$app_id".png "$share"/icons/hicolor/*/apps/"$app_id".svg
rm -rf "$app" "$app.new" "$app.old"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null || true

echo "PeerJournal is removed. Your journal, backups and settings were not touched."
