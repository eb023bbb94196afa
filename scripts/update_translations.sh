#!/usr/bin/env bash
# Regenerate the translation source catalogue translations/creepguard_en.ts from every
# QCoreApplication.translate(...) call in creepguard/ (also when shortened to tr(...)).
#
#   scripts/update_translations.sh
#
# Uses pyside6-lupdate, which PySide6-Essentials installs as an entry point (set LUPDATE
# to use another). Strings that vanished from the code are dropped (-no-obsolete); the
# English catalogue carries no translations, it is what translators start from (see
# docs/translating.md); the languages' catalogues are brought up to date as well. Then
# scripts/build_translations.sh compiles them.
# Exits 1 when a call was misread (a message without a context), after writing the file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LUPDATE="${LUPDATE:-}"
if [ -z "$LUPDATE" ]; then
  if command -v pyside6-lupdate >/dev/null 2>&1; then
    LUPDATE=pyside6-lupdate
  elif [ -x "$ROOT/.venv/bin/pyside6-lupdate" ]; then
    LUPDATE="$ROOT/.venv/bin/pyside6-lupdate"
  else
    echo "pyside6-lupdate not found: pip install PySide6-Essentials, or set LUPDATE" >&2
    exit 1
  fi
fi
PYTHON="${PYTHON:-python3}"

# lupdate does not scan .py files when given a folder, so name every file; sorted, so
# the catalogue does not change with the order the file system lists them in.
mapfile -t sources < <(find creepguard -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
mkdir -p translations

# Relative line numbers keep the diff small when code above a string moves.
# The UI code often shortens the call with `tr = QCoreApplication.translate`, so `tr` is
# read as `translate` (context, text). QObject.tr() is not used (its context would be
# the Python class name), and it is renamed away so it cannot be misread either.
"$LUPDATE" -silent -no-obsolete -locations relative -source-language en -target-language en \
  -tr-function-alias "tr=qobject_tr_unused,translate+=tr,QT_TRANSLATE_NOOP+=N_" \
  "${sources[@]}" -ts translations/creepguard_en.ts

# The languages' catalogues get the new messages too (unfinished, for their translators);
# texts gone from the code stay in them as "vanished", so no translator's work is lost.
# Their language attribute (and so their number of plural forms) is kept.
for ts in translations/creepguard_*.ts; do
  [ "$ts" = translations/creepguard_en.ts ] && continue
  "$LUPDATE" -silent -locations relative -source-language en \
    -tr-function-alias "tr=qobject_tr_unused,translate+=tr,QT_TRANSLATE_NOOP+=N_" \
    "${sources[@]}" -ts "$ts"
done

# A message without a context means a call lupdate misread (text passed through a
# variable, another alias): it could never be translated, so say where.
"$PYTHON" - translations/creepguard_en.ts <<'CHECK'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
contexts = root.findall("context")
print(f"{sys.argv[1]}: {len(root.findall('context/message'))} messages in {len(contexts)} contexts")
lost = [
    message
    for context in contexts
    if not (context.findtext("name") or "").strip()
    for message in context.findall("message")
]
if lost:
    print(f"{len(lost)} messages have no context (misread calls), among them:", file=sys.stderr)
    for message in lost[:5]:
        print(f"  {message.findtext('source')!r}", file=sys.stderr)
    sys.exit(1)
CHECK
