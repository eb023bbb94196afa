"""Render the application icon into the hicolor theme sizes desktops look up.

Usage: ``python packaging/linux/make_icons.py [--check]``

Reads ``resources/icons/creepguard.svg`` (the one source of the icon), writes
``icons/hicolor/<N>x<N>/apps/creepguard.png`` beside this script for every size in
:data:`SIZES` and copies the SVG to ``icons/hicolor/scalable/apps/``. The PNGs are kept in
the repository, so installing needs no Qt; run this again whenever the SVG changes.
``--check`` writes nothing and exits 1 when a file is missing, has the wrong size or the
scalable copy differs from the source.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

# The sizes of the hicolor theme that panels, menus and software centres ask for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = ROOT / "resources" / "icons" / "creepguard.svg"
THEME = HERE / "icons" / "hicolor"


def png_path(size: int) -> Path:
    """Where the PNG of one size lives."""
    return THEME / f"{size}x{size}" / "apps" / "creepguard.png"


def scalable_path() -> Path:
    """Where the SVG copy lives."""
    return THEME / "scalable" / "apps" / "creepguard.svg"


def render(size: int, target: Path) -> None:
    """Write the icon as a PNG, ``size`` pixels square, on a transparent background."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    # PNG stores straight (not premultiplied) alpha; converting first keeps the
    # anti-aliased edge pixels exact.
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):
        raise SystemExit(f"{target}: cannot write")


def problems() -> list[str]:
    """What is missing or stale in the theme folder (empty when all is well)."""
    from PySide6.QtGui import QImage

    found = []
    for size in SIZES:
        path = png_path(size)
        image = QImage(str(path))
        if image.isNull():
            found.append(f"{path}: missing or not an image")
        elif (image.width(), image.height()) != (size, size):
            found.append(f"{path}: {image.width()}x{image.height()}, expected {size}x{size}")
    scalable = scalable_path()
    if not scalable.is_file() or scalable.read_bytes() != SOURCE.read_bytes():
        found.append(f"{scalable}: missing or differs from {SOURCE}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Render (or with ``--check`` verify) every icon file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only, write nothing")
    args = parser.parse_args(argv)
    # No display is needed to paint into an image; offscreen also works over SSH and in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.check:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        render(size, path)
        print(f"wrote {path.relative_to(ROOT)}")
    scalable_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable_path())
    print(f"wrote {scalable_path().relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
