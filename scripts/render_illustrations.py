"""Regenerate the exercise illustrations from the ``[pose]`` tables.

Usage::

    python scripts/render_illustrations.py            # write resources/illustrations/*.svg
    python scripts/render_illustrations.py --check    # exit 1 if any SVG is out of date
    python scripts/render_illustrations.py --sheet docs/illustrations.png

Every ``resources/exercises/<id>.toml`` becomes ``resources/illustrations/<id>.svg``. The
contact sheet (all pictures in a grid with their ids) needs PySide6 and is for people to
look at; the SVG files themselves are made with the standard library only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package

from creepguard.illustration import render  # noqa: E402  (needs the path set above)

EXERCISES = ROOT / "resources" / "exercises"
ILLUSTRATIONS = ROOT / "resources" / "illustrations"


def rendered() -> dict[str, str]:
    """Every exercise's SVG text by id, in id order."""
    pictures: dict[str, str] = {}
    for path in sorted(EXERCISES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        pictures[path.stem] = render(data["pose"], title=data["title"])
    return pictures


def write(pictures: dict[str, str]) -> int:
    """Write the SVG files; report files that no exercise owns. Returns the exit code."""
    ILLUSTRATIONS.mkdir(parents=True, exist_ok=True)
    for exercise_id, svg in pictures.items():
        (ILLUSTRATIONS / f"{exercise_id}.svg").write_text(svg, encoding="utf-8")
    orphans = sorted(p.name for p in ILLUSTRATIONS.glob("*.svg") if p.stem not in pictures)
    for name in orphans:
        print(f"warning: {name} belongs to no exercise", file=sys.stderr)
    print(f"wrote {len(pictures)} illustrations to {ILLUSTRATIONS.relative_to(ROOT)}")
    return 0


def check(pictures: dict[str, str]) -> int:
    """Compare with the committed files. Returns 1 when any differs or is missing."""
    stale = [
        exercise_id
        for exercise_id, svg in pictures.items()
        if not (ILLUSTRATIONS / f"{exercise_id}.svg").is_file()
        or (ILLUSTRATIONS / f"{exercise_id}.svg").read_text(encoding="utf-8") != svg
    ]
    for exercise_id in stale:
        print(f"out of date: {exercise_id}.svg", file=sys.stderr)
    return 1 if stale else 0


def contact_sheet(pictures: dict[str, str], target: Path, columns: int = 6) -> None:
    """Draw every picture at 160 px in a labelled grid and save it as a PNG."""
    # Offscreen so the sheet can be made on a headless machine or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # QPainter on a QImage needs an application object to exist, even offscreen.
    app = QGuiApplication.instance() or QGuiApplication([])
    cell, label, gap = 160, 22, 12
    rows = (len(pictures) + columns - 1) // columns
    image = QImage(
        columns * (cell + gap) + gap,
        rows * (cell + label + gap) + gap,
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    painter.setPen(QColor("#2d3b45"))
    for index, (exercise_id, svg) in enumerate(pictures.items()):
        x = gap + (index % columns) * (cell + gap)
        y = gap + (index // columns) * (cell + label + gap)
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(x, y, cell, cell))
        painter.drawText(
            QRectF(x - gap / 2, y + cell + 2, cell + gap, label),
            Qt.AlignmentFlag.AlignHCenter,
            exercise_id,
        )
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")
    assert app is not None
    print(f"wrote contact sheet {target}")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and do what it asks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--sheet", type=Path, help="also write a PNG contact sheet here")
    args = parser.parse_args(argv)
    pictures = rendered()
    if args.check:
        return check(pictures)
    code = write(pictures)
    if args.sheet:
        contact_sheet(pictures, args.sheet)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
