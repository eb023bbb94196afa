"""Regenerate the exercise illustrations from the ``[pose]`` tables.

Usage::

    python scripts/render_illustrations.py            # write resources/illustrations/*.svg
    python scripts/render_illustrations.py --check    # exit 1 if any SVG is out of date
    python scripts/render_illustrations.py --sheet docs/illustrations.png

Every ``resources/exercises/<id>.toml`` becomes three files in ``resources/illustrations``:

- ``<id>.svg``: the start frame, with arrows for what to do (the picture to show when
  only one is shown);
- ``<id>-end.svg``: the end position from the ``[pose.end]`` table, with the muscle that
  stretches or works highlighted; laid out with the start so a card can cross-fade them;
- ``<id>-anim.svg``: both frames in one file that cross-fades by itself (a CSS animation
  that Qt's SVG renderer plays); show the still pair instead where motion is reduced.

The contact sheet (every exercise's two frames side by side, with their ids) needs PySide6
and is for people to look at; the SVG files themselves are made with the standard library
only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package

from creepguard.illustration import (  # noqa: E402  (needs the path set above)
    animation_file,
    frame_file,
    render_animation,
    render_frames,
)

EXERCISES = ROOT / "resources" / "exercises"
ILLUSTRATIONS = ROOT / "resources" / "illustrations"


def rendered() -> dict[str, dict[str, str]]:
    """Every exercise's SVG texts by id and then by file name: start, end, animation."""
    pictures: dict[str, dict[str, str]] = {}
    for path in sorted(EXERCISES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        frames = render_frames(data["pose"], title=data["title"])
        files = {frame_file(path.stem, name): svg for name, svg in frames.items()}
        files[animation_file(path.stem)] = render_animation(data["pose"], title=data["title"])
        pictures[path.stem] = files
    return pictures


def _files(pictures: dict[str, dict[str, str]]) -> dict[str, str]:
    return {name: svg for frames in pictures.values() for name, svg in frames.items()}


def write(pictures: dict[str, dict[str, str]]) -> int:
    """Write the SVG files; report files that no exercise owns. Returns the exit code."""
    ILLUSTRATIONS.mkdir(parents=True, exist_ok=True)
    files = _files(pictures)
    for name, svg in files.items():
        (ILLUSTRATIONS / name).write_text(svg, encoding="utf-8")
    orphans = sorted(p.name for p in ILLUSTRATIONS.glob("*.svg") if p.name not in files)
    for name in orphans:
        print(f"warning: {name} belongs to no exercise", file=sys.stderr)
    print(f"wrote {len(files)} illustrations to {ILLUSTRATIONS.relative_to(ROOT)}")
    return 0


def check(pictures: dict[str, dict[str, str]]) -> int:
    """Compare with the committed files. Returns 1 when any differs, is missing or is extra."""
    files = _files(pictures)
    stale = [
        name
        for name, svg in files.items()
        if not (ILLUSTRATIONS / name).is_file()
        or (ILLUSTRATIONS / name).read_text(encoding="utf-8") != svg
    ]
    for name in stale:
        print(f"out of date: {name}", file=sys.stderr)
    orphans = sorted(p.name for p in ILLUSTRATIONS.glob("*.svg") if p.name not in files)
    for name in orphans:
        print(f"belongs to no exercise: {name}", file=sys.stderr)
    return 1 if stale or orphans else 0


def contact_sheet(pictures: dict[str, dict[str, str]], target: Path, columns: int = 4) -> None:
    """Draw every exercise's frames at 150 px, side by side with an arrow between them, in
    a labelled grid, and save it as a PNG."""
    # Offscreen so the sheet can be made on a headless machine or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
    from PySide6.QtSvg import QSvgRenderer

    # QPainter on a QImage needs an application object to exist, even offscreen.
    app = QGuiApplication.instance() or QGuiApplication([])
    cell, between, label, gap = 150, 16, 22, 18
    pair = 2 * cell + between
    rows = (len(pictures) + columns - 1) // columns
    image = QImage(
        columns * (pair + gap) + gap,
        rows * (cell + label + gap) + gap,
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    for index, (exercise_id, frames) in enumerate(pictures.items()):
        x = gap + (index % columns) * (pair + gap)
        y = gap + (index // columns) * (cell + label + gap)
        stills = [svg for name, svg in frames.items() if name != animation_file(exercise_id)]
        for number, svg in enumerate(stills):
            box = QRectF(x + number * (cell + between), y, cell, cell)
            QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, box)
        painter.setPen(QPen(QColor("#9aa9b4"), 2))
        middle = QPointF(x + cell + between / 2, y + cell / 2)
        painter.drawLine(middle + QPointF(-5, 0), middle + QPointF(4, 0))
        painter.drawLine(middle + QPointF(1, -3), middle + QPointF(4, 0))
        painter.drawLine(middle + QPointF(1, 3), middle + QPointF(4, 0))
        painter.setPen(QColor("#2d3b45"))
        painter.drawText(
            QRectF(x, y + cell + 3, pair, label), Qt.AlignmentFlag.AlignHCenter, exercise_id
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
