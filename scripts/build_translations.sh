#!/usr/bin/env bash
# Compile every translations/creepguard_<code>.ts into what CreepGuard reads at run time:
#
#   resources/translations/creepguard_<code>.qm    Qt's catalogue, for the windows
#   resources/translations/creepguard_<code>.json  the texts the code without Qt uses
#                                                  (the command line, settings, storage)
#
# and write the finished "Packaging" translations into packaging/linux/creepguard.desktop
# (Name[de]=...) and the AppStream metadata (<p xml:lang="de">...).
#
#   scripts/build_translations.sh
#
# The outputs are committed, not built at install time: `pip install .`, `pip wheel .`
# and PyInstaller take the package data as it is (setuptools runs no build step of ours),
# and a checkout run by run.sh reads resources/ in place. tests/test_translations.py fails
# when a committed output is not what this script makes from the .ts files, so a new or
# changed .ts cannot be forgotten.
#
# Unfinished translations are left out (English shows instead), as in the JSON catalogue.
# Uses pyside6-lrelease (PySide6-Essentials installs it; set LRELEASE to use another).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LRELEASE="${LRELEASE:-}"
if [ -z "$LRELEASE" ]; then
  if command -v pyside6-lrelease >/dev/null 2>&1; then
    LRELEASE=pyside6-lrelease
  elif [ -x "$ROOT/.venv/bin/pyside6-lrelease" ]; then
    LRELEASE="$ROOT/.venv/bin/pyside6-lrelease"
  else
    echo "pyside6-lrelease not found: pip install PySide6-Essentials, or set LRELEASE" >&2
    exit 1
  fi
fi
PYTHON="${PYTHON:-python3}"

OUT=resources/translations
mkdir -p "$OUT"
# Outputs whose .ts is gone would still be offered in Settings: remove them first.
find "$OUT" -maxdepth 1 \( -name 'creepguard_*.qm' -o -name 'creepguard_*.json' \) -delete

shopt -s nullglob
for ts in translations/creepguard_*.ts; do
  name="$(basename "$ts" .ts)"
  [ "$name" = creepguard_en ] && continue  # the source catalogue: English needs no file
  "$LRELEASE" -silent -nounfinished -removeidentical "$ts" -qm "$OUT/$name.qm"
done

PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" -m creepguard.catalogues build
