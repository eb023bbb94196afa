"""Draw the tray's starting icon (the empty ring) into PNG files the first frame loads.

Usage::

    python scripts/render_tray_icons.py    # write resources/icons/tray/starting-<size>.png

A test checks the files still match what :mod:`creepguard.ui.icons` draws.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402  (needs the platform set above)

from creepguard.ui.icons import STARTING_SPEC, render_spec  # noqa: E402
from creepguard.ui.surface import starting_pngs  # noqa: E402


def main() -> int:
    application = QGuiApplication.instance() or QGuiApplication([])
    for size, path in starting_pngs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render_spec(STARTING_SPEC, size).save(str(path), "PNG"):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT))
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
