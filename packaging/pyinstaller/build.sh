#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and smoke-test it.
#
#   packaging/pyinstaller/build.sh          # -> dist/creepguard/creepguard
#
# The package is installed (from a clean copy of what an sdist holds) into a private venv
# under build/pyinstaller/, together with PyInstaller, so the bundle holds exactly what
# the wheel holds and the development environment stays untouched. Variables:
#   PYTHON            the interpreter to build with (default python3; it is bundled)
#   CREEPGUARD_BUILD  work folder (default build/pyinstaller)
#   CREEPGUARD_DIST   output folder (default dist)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="${CREEPGUARD_BUILD:-$ROOT/build/pyinstaller}"
DIST="${CREEPGUARD_DIST:-$ROOT/dist}"
VENV="$BUILD/venv"

if [ ! -x "$VENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"

# A copy keeps setuptools' build/ folder (which can hold deleted modules) out of the way.
rm -rf "$BUILD/source"
mkdir -p "$BUILD/source"
(cd "$ROOT" && tar --exclude=__pycache__ --exclude='*.pyc' -cf - \
  pyproject.toml README.md creepguard resources) | tar -xf - -C "$BUILD/source"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "$BUILD/source"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall \
  "$BUILD/source"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$BUILD/work" --distpath "$DIST" "$HERE/creepguard.spec"

BUNDLE="$DIST/creepguard"
# The spec drops Qt plugins and libraries; make sure nothing kept needs a dropped one.
# (System libraries such as GTK for the gtk3 theme plugin are the desktop's business.)
if command -v ldd >/dev/null 2>&1; then
  broken="$(find "$BUNDLE" -name '*.so*' -type f -print0 \
    | xargs -0 -n 50 ldd 2>/dev/null | awk '/^\// {file=$1} /libQt6.*not found/ {print file, $1}')"
  if [ -n "$broken" ]; then
    echo "Qt libraries missing from the bundle:" >&2
    echo "$broken" >&2
    exit 1
  fi
fi
# Smoke test away from the checkout, with private folders.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export CREEPGUARD_HOME="$scratch/home" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$scratch"
"$BUNDLE/creepguard" --version
"$BUNDLE/creepguard" exercises --json >"$scratch/exercises.json"
"$BUNDLE/creepguard" history --json >/dev/null
"$BUNDLE/creepguard" diagnose >/dev/null
python3 - "$scratch/exercises.json" "$BUNDLE" <<'EOF'
import json, pathlib, sys
rows = json.loads(pathlib.Path(sys.argv[1]).read_text())
bundle = pathlib.Path(sys.argv[2]).resolve()
missing = [r["illustration"] for r in rows if not pathlib.Path(r["illustration"]).is_file()]
outside = [r["illustration"] for r in rows if bundle not in pathlib.Path(r["illustration"]).resolve().parents]
if missing or outside:
    sys.exit(f"illustrations missing {missing} or outside the bundle {outside}")
print(f"{len(rows)} exercises, every illustration inside the bundle")
EOF
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
