#!/usr/bin/env bash
# Refresh the translation sources (resources/translations/*.ts) from the code with lupdate.
# Translators edit the .ts files (Qt Linguist: .venv/bin/pyside6-linguist); the build compiles
# them (scripts/compile_translations.sh). Usage: scripts/update_translations.sh
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
mapfile -t sources < <(find peerjournal -name '*.py' | sort)
for ts in resources/translations/peerjournal_*.ts; do
  # English is the source language: its file holds only the plural forms ("%n file(s)").
  only=()
  [[ "$ts" == */peerjournal_en.ts ]] && only=(-pluralonly -source-language en -target-language en)
  .venv/bin/pyside6-lupdate -no-obsolete "${only[@]}" "${sources[@]}" -ts "$ts"
done
