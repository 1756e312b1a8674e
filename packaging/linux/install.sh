#!/bin/sh
# Install PeerJournal for you alone, from this unpacked folder (no root, no system changes):
#   ~/.local/opt/peerjournal/           the app
#   ~/.local/bin/peerjournal            a link to start it from a terminal
#   ~/.local/share/applications/, icons/hicolor/, metainfo/   so your desktop's menu shows it
# Running it again installs this version over the old one. To remove it:
#   ~/.local/opt/peerjournal/uninstall.sh
# Your journal, its backups and your settings live elsewhere (see Help -> About your data)
# and are never touched by installing, updating or uninstalling.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${PEERJOURNAL_PREFIX:-$HOME/.local}"
share="${XDG_DATA_HOME:-$prefix/share}"
case "$share" in /*) ;; *) share="$prefix/share" ;; esac  # XDG: ignore a relative path
app="$prefix/opt/peerjournal"
bin="$prefix/bin"
app_id=org.peerjournal.PeerJournal

[ -x "$here/peerjournal" ] && [ -d "$here/_internal" ] || {
  echo "install.sh: run me from the unpacked PeerJournal folder (peerjournal and _internal are missing)." >&2
  exit 1
}

# The app: copied next to the old one first, then swapped in, so a failed copy leaves it working.
mkdir -p "$prefix/opt" "$bin" "$share/applications" "$share/metainfo"
rm -rf "$app.new"
mkdir "$app.new"
cp -R "$here/peerjournal" "$here/_internal" "$app.new/"
cp "$here/uninstall.sh" "$app.new/uninstall.sh"
chmod 755 "$app.new/uninstall.sh" "$app.new/peerjournal"
rm -rf "$app.old"
[ -e "$app" ] && mv "$app" "$app.old"
mv "$app.new" "$app"
rm -rf "$app.old"

ln -sf "$app/peerjournal" "$bin/peerjournal"

# Desktop entry: the full path, since ~/.local/bin is not on every PATH. Quoted as the
# Desktop Entry spec asks (\ " ` $ escaped inside the quotes, then \ doubled once more; % as %%).
exec_path=$(printf '%s' "$app/peerjournal" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
  dest="$share/icons/hicolor/${icon#"$here/share/icons/hicolor/"}"
  mkdir -p "$(dirname "$dest")"
  cp "$icon" "$dest"
done

# Refresh the menu and icon caches where the tools exist; desktops also notice on their own.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "PeerJournal is installed in $app."
echo "Start it from your applications menu, or run: $bin/peerjournal"
case ":$PATH:" in *":$bin:"*) ;; *) echo "($bin is not on your PATH, so the full path is needed in a terminal.)" ;; esac
echo "To remove it later: $app/uninstall.sh"
