"""The status icon: every state looks different, by shape too; drawing is cached."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from creepguard.core.model import Posture, State
from creepguard.ui.icons import (
    FILL_STEPS,
    Glyph,
    IconSpec,
    Tone,
    icon_spec,
    render_spec,
    status_icon,
)
from creepguard.ui.port import StatusView
from tests.ui.fakes import make_view

STATES: dict[str, StatusView] = {
    "sitting": make_view(sitting_s=600),
    "creep": make_view(sitting_s=1300),
    "due": make_view(sitting_s=1900),
    "held": make_view(sitting_s=1900, prompt_held=True),
    "standing": make_view(state=State.STANDING, posture=Posture.STANDING, sitting_s=0),
    "on_break": make_view(state=State.ON_BREAK, sitting_s=0),
    "away": make_view(state=State.AWAY, sitting_s=0),
    "paused": make_view(paused=True),
    "no_backend": make_view(backend="none", backend_works=False),
}


def _image(view: StatusView, size: int = 22, dark: bool | None = None) -> QImage:
    return status_icon(view, size, dark).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _shape(image: QImage) -> bytes:
    """The silhouette only: which pixels are clearly painted, colour ignored."""
    return bytes(
        1 if (image.pixel(x, y) >> 24) > 96 else 0
        for y in range(image.height())
        for x in range(image.width())
    )


def test_every_state_looks_different(qtbot: QtBot) -> None:
    images = {name: _image(view) for name, view in STATES.items()}
    for (a, image_a), (b, image_b) in itertools.combinations(images.items(), 2):
        assert image_a != image_b, f"{a} and {b} look the same"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sitting", "standing"),
        ("sitting", "away"),
        ("sitting", "paused"),
        ("sitting", "on_break"),
        ("standing", "paused"),
        ("away", "paused"),
        ("due", "held"),
        ("sitting", "no_backend"),
        ("on_break", "due"),
    ],
)
def test_states_differ_by_shape_not_only_colour(qtbot: QtBot, a: str, b: str) -> None:
    assert _shape(_image(STATES[a])) != _shape(_image(STATES[b]))


def test_the_ring_fills_toward_the_posture_change(qtbot: QtBot) -> None:
    fills = [icon_spec(make_view(sitting_s=s)).fill_steps for s in (60, 600, 1200, 1700)]
    assert fills == sorted(fills) and fills[0] >= 1 and fills[-1] < FILL_STEPS
    assert icon_spec(make_view(sitting_s=1000)).tone is Tone.CALM
    assert icon_spec(make_view(sitting_s=1250)).tone is Tone.CREEP
    assert icon_spec(make_view(sitting_s=1900)).glyph is Glyph.DUE


def test_icons_are_cached_by_bucket(qtbot: QtBot) -> None:
    first = status_icon(make_view(sitting_s=600), 22)
    again = status_icon(make_view(sitting_s=620), 22)  # same 1/24 bucket
    assert first.cacheKey() == again.cacheKey()
    assert icon_spec(make_view(sitting_s=600)) == icon_spec(make_view(sitting_s=620))


def test_the_icon_cache_keeps_recent_drawings_and_is_bounded(qtbot: QtBot) -> None:
    def others(sizes: range) -> None:  # every ring step at each size
        for size in sizes:
            for steps in range(FILL_STEPS):
                render_spec(IconSpec(steps, Tone.CREEP, Glyph.NONE), size)

    used = render_spec(IconSpec(3, Tone.CALM, Glyph.NONE), 22)
    unused = render_spec(IconSpec(4, Tone.CALM, Glyph.NONE), 22)
    others(range(8, 12))  # 96 drawings
    assert render_spec(IconSpec(3, Tone.CALM, Glyph.NONE), 22) is used  # and now recent
    others(range(12, 16))  # 96 more: past what the cache keeps
    assert render_spec(IconSpec(3, Tone.CALM, Glyph.NONE), 22) is used
    assert render_spec(IconSpec(4, Tone.CALM, Glyph.NONE), 22) is not unused  # drawn anew


@pytest.mark.parametrize("dark", [None, True, False])
def test_icons_are_drawn_at_tray_sizes(qtbot: QtBot, dark: bool | None) -> None:
    for size in (16, 22, 24, 48):
        image = _image(STATES["creep"], size, dark)
        assert image.width() == size
        painted = sum(_shape(image))
        assert painted > size  # something visible, not a speck
        assert painted < size * size * 0.8  # and not a blob


def test_the_ready_drawn_starting_icon_matches_the_drawing(qtbot: QtBot) -> None:
    # The tray's first frame loads these files instead of drawing; they must show what
    # the app draws for a sit of 0 minutes. Regenerate: scripts/render_tray_icons.py.
    from creepguard.ui.icons import STARTING_SPEC, render_spec
    from creepguard.ui.shell import loading_view
    from creepguard.ui.surface import starting_icon, starting_pngs

    assert icon_spec(loading_view()) == STARTING_SPEC
    for size, path in starting_pngs().items():
        stored = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        drawn = render_spec(STARTING_SPEC, size).toImage().convertToFormat(stored.format())
        assert stored.size() == drawn.size(), path.name
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(
                stored.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 8, f"{path.name} differs from the drawing by {worst}"
    assert not starting_icon().isNull()


def _ink_box(image: QImage) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the pixels that are not transparent."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 40:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


@pytest.mark.parametrize(("slot", "dpr"), [((22, 30), 1.0), ((30, 22), 1.0), ((22, 30), 2.0)])
def test_the_tray_ring_stays_round_and_centred_in_any_slot(
    qtbot: QtBot, slot: tuple[int, int], dpr: float
) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPainter

    from creepguard.ui.icons import spec_icon

    width, height = slot
    image = QImage(round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    icon = spec_icon(IconSpec(FILL_STEPS, Tone.CALM, Glyph.DUE))
    icon.paint(painter, QRect(0, 0, width, height))
    painter.end()
    left, top, ink_w, ink_h = _ink_box(image)
    assert abs(ink_w - ink_h) <= 1  # round, not an oval
    assert ink_w >= min(width, height) * dpr * 0.85  # drawn at device pixels, full size
    assert abs(left - (image.width() - left - ink_w)) <= 1  # centred across
    assert abs(top - (image.height() - top - ink_h)) <= 1  # and down
    # pixmap() for a slot gives the slot's size with the ring centred, at any scale.
    pixmap = icon.pixmap(QSize(width, height), dpr)
    assert pixmap.deviceIndependentSize().toSize() == QSize(width, height)
    assert pixmap.devicePixelRatio() == dpr
    left, top, ink_w, ink_h = _ink_box(pixmap.toImage())
    assert abs(ink_w - ink_h) <= 1
