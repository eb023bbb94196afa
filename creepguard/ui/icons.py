"""The tray icon, drawn with QPainter from a :class:`~creepguard.ui.port.StatusView`.

The icon is a ring that fills clockwise from 12 o'clock toward the posture-change
interval. Each state has its own *shape* as well as its colour, so it reads for people
who do not see the colours apart and on any panel:

============================  =================================================
sitting, before the creep      teal arc growing on a grey track, empty centre
sitting, past the creep        amber arc
card due                       full red ring with a solid centre dot
card held (full screen, DND)   as "due", plus a small badge at the top right
standing                       teal track with an upright bar in the centre
on a break                     full teal ring with an upward chevron
away / not tracking            dashed, dim ring, empty centre
paused                         grey ring with two pause bars
no activity source             a question mark in the centre (sitting / away)
============================  =================================================

Every stroke is drawn twice, first a little wider in a faint contrasting outline, so the
glyph stays crisp on light and on dark panels (the panel colour is usually unknown:
GNOME's bar is dark under a light theme). Pixmaps are kept by (fill bucket, tone, glyph,
size, panel, device pixel ratio) in a small cache of this module's own, so repainting
costs a dictionary lookup; :class:`~creepguard.ui.tray.Tray` also skips ``setIcon``
while the :class:`IconSpec` is unchanged. Not ``QPixmapCache``: it runs a 10-30 s timer
for as long as it holds anything, trimming itself by a quarter whenever nothing was
added, so it woke the idle tracker and still dropped the icons it was meant to keep.
"""

from __future__ import annotations

import enum
import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from creepguard.core.model import State
from creepguard.paths import resource_dir
from creepguard.ui.look import TRAY_SIZES
from creepguard.ui.port import StatusView

FILL_STEPS = 24  # 15 degrees per step: finer than a 22 px ring can show


class Tone(enum.Enum):
    CALM = "calm"
    CREEP = "creep"
    DUE = "due"
    NEUTRAL = "neutral"
    DIM = "dim"


class Glyph(enum.Enum):
    NONE = "none"
    STANDING = "standing"
    PAUSED = "paused"
    BREAK = "break"
    DUE = "due"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class IconSpec:
    """Everything that decides the picture; equal specs give identical pixels."""

    fill_steps: int
    tone: Tone
    glyph: Glyph
    dashed: bool = False
    badge: bool = False


def icon_spec(view: StatusView) -> IconSpec:
    """Reduce a status to the few facts the icon shows (the cache key)."""
    if view.paused:
        return IconSpec(0, Tone.NEUTRAL, Glyph.PAUSED)
    unknown = not view.backend_works
    match view.state:
        case State.AWAY | State.UNTRACKED:
            return IconSpec(0, Tone.DIM, Glyph.UNKNOWN if unknown else Glyph.NONE, dashed=True)
        case State.ON_BREAK:
            return IconSpec(FILL_STEPS, Tone.CALM, Glyph.BREAK)
        case State.STANDING:
            return IconSpec(0, Tone.CALM, Glyph.STANDING, badge=view.prompt_held)
        case State.SITTING:
            interval = max(1.0, view.posture_change_s)
            fraction = min(1.0, max(0.0, view.sitting_s / interval))
            steps = math.floor(fraction * FILL_STEPS)
            if view.prompt_held or view.sitting_s >= interval:
                return IconSpec(FILL_STEPS, Tone.DUE, Glyph.DUE, badge=view.prompt_held)
            # A sliver is drawn from the first minute so "sitting" never looks empty.
            steps = max(steps, 1) if view.sitting_s >= 60 else steps
            tone = Tone.CREEP if view.sitting_s >= view.creep_threshold_s else Tone.CALM
            return IconSpec(steps, tone, Glyph.UNKNOWN if unknown else Glyph.NONE)


# Colours chosen to read on white and on near-black panels alike (mid luminance).
_TONES_LIGHT = {
    Tone.CALM: QColor("#138a80"),
    Tone.CREEP: QColor("#d98500"),
    Tone.DUE: QColor("#d2413b"),
    Tone.NEUTRAL: QColor("#5f6e7a"),
    Tone.DIM: QColor("#7d8a94"),
}
_TONES_DARK = {
    Tone.CALM: QColor("#3cc2b4"),
    Tone.CREEP: QColor("#f5a83a"),
    Tone.DUE: QColor("#ff6a5f"),
    Tone.NEUTRAL: QColor("#c3ccd3"),
    Tone.DIM: QColor("#aab4bc"),
}
_TONES_ANY = {
    Tone.CALM: QColor("#16a092"),
    Tone.CREEP: QColor("#eb9512"),
    Tone.DUE: QColor("#e5504a"),
    Tone.NEUTRAL: QColor("#8d9aa4"),
    Tone.DIM: QColor("#8d9aa4"),
}
BADGE = QColor("#f0a020")


def _palette(dark_panel: bool | None) -> tuple[dict[Tone, QColor], QColor, QColor]:
    """(tone colours, track colour, outline colour) for a panel brightness."""
    if dark_panel is True:
        return _TONES_DARK, QColor(230, 235, 240, 110), QColor(0, 0, 0, 120)
    if dark_panel is False:
        return _TONES_LIGHT, QColor(60, 70, 80, 80), QColor(255, 255, 255, 170)
    # Unknown panel: mid-tone strokes with a faint dark edge, which sharpens them on a
    # light panel and disappears harmlessly on a dark one.
    return _TONES_ANY, QColor(140, 150, 160, 150), QColor(0, 0, 0, 45)


def _stroke(
    painter: QPainter,
    path: QPainterPath,
    color: QColor,
    outline: QColor,
    width: float,
    *,
    dashed: bool = False,
) -> None:
    from PySide6.QtCore import Qt  # see _paint

    halo = QPen(outline, width + 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        # Dash lengths are in pen widths; four dashes around a small ring read as "open".
        for p in (halo, pen):
            p.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([1.6, 1.1])
        halo.setDashPattern([1.6 * width / (width + 2.0), 1.1 * width / (width + 2.0)])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(halo)
    painter.drawPath(path)
    painter.setPen(pen)
    painter.drawPath(path)


def _fill(painter: QPainter, path: QPainterPath, color: QColor, outline: QColor) -> None:
    from PySide6.QtCore import Qt  # see _paint

    painter.setPen(QPen(outline, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)


# A sit's ring steps in two tones at two sizes, and room to spare: ~1 MiB at most.
_CACHE_ENTRIES = 128
_drawn: OrderedDict[tuple[IconSpec, int, bool | None, float], QPixmap] = OrderedDict()


def render_spec(
    spec: IconSpec, size: int, dark_panel: bool | None = None, dpr: float = 1.0
) -> QPixmap:
    """The icon for ``spec`` at ``size`` logical pixels (cached)."""
    key = (spec, size, dark_panel, dpr)
    pixmap = _drawn.get(key)
    if pixmap is not None:
        _drawn.move_to_end(key)
        return pixmap
    pixmap = _paint(spec, size, dark_panel, dpr)
    _drawn[key] = pixmap
    if len(_drawn) > _CACHE_ENTRIES:
        _drawn.popitem(last=False)
    return pixmap


def _draw_glyph(
    painter: QPainter,
    glyph: Glyph,
    *,
    color: QColor,
    outline: QColor,
    centre: QPointF,
    inner: float,
    s: float,
) -> None:
    """The shape inside the ring (``inner``: the free radius, ``s``: the pixmap edge)."""
    bar = max(1.6, s * 0.13)
    match glyph:
        case Glyph.NONE:
            pass
        case Glyph.DUE:
            dot = QPainterPath()
            dot.addEllipse(centre, inner * 0.62, inner * 0.62)
            _fill(painter, dot, color, outline)
        case Glyph.STANDING:
            # One tall upright bar (a head dot on top would read as the "i" of info).
            body = QPainterPath()
            body.moveTo(centre.x(), centre.y() - inner * 0.75)
            body.lineTo(centre.x(), centre.y() + inner * 0.75)
            _stroke(painter, body, color, outline, bar * 1.15)
        case Glyph.PAUSED:
            for dx in (-inner * 0.42, inner * 0.42):
                line = QPainterPath()
                line.moveTo(centre.x() + dx, centre.y() - inner * 0.6)
                line.lineTo(centre.x() + dx, centre.y() + inner * 0.6)
                _stroke(painter, line, color, outline, bar)
        case Glyph.BREAK:
            chevron = QPainterPath()
            chevron.moveTo(centre.x() - inner * 0.6, centre.y() + inner * 0.3)
            chevron.lineTo(centre.x(), centre.y() - inner * 0.35)
            chevron.lineTo(centre.x() + inner * 0.6, centre.y() + inner * 0.3)
            _stroke(painter, chevron, color, outline, bar)
        case Glyph.UNKNOWN:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(6, round(inner * 1.9)))
            text = QPainterPath()
            text.addText(0.0, 0.0, font, "?")
            box = text.boundingRect()
            text.translate(centre.x() - box.center().x(), centre.y() - box.center().y())
            _fill(painter, text, color, outline)


def _paint(spec: IconSpec, size: int, dark_panel: bool | None, dpr: float) -> QPixmap:
    # Imported when first drawn: the binding builds all of Qt's ~100 enums on first
    # access (~20 ms), which the tray's first frame does without.
    from PySide6.QtCore import Qt

    device = max(8, round(size * dpr))
    pixmap = QPixmap(device, device)
    pixmap.fill(Qt.GlobalColor.transparent)
    tones, track, outline = _palette(dark_panel)
    color = tones[spec.tone]
    s = float(device)
    width = max(2.0, s * 0.15)
    radius = s / 2 - width / 2 - 1.5
    centre = QPointF(s / 2, s / 2)
    ring = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    inner = radius - width / 2 - max(1.0, s * 0.05)

    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    # The track: the whole ring, faint; dashed and dim when away.
    track_path = QPainterPath()
    track_path.addEllipse(ring)
    if spec.dashed:
        _stroke(painter, track_path, color, outline, width * 0.8, dashed=True)
    elif spec.fill_steps >= FILL_STEPS:
        _stroke(painter, track_path, color, outline, width)
    else:
        # A thinner track lets the filled arc stand out as "the amount".
        _stroke(painter, track_path, track, outline, width * 0.7)
        if spec.fill_steps > 0:
            arc = QPainterPath()
            span = -360.0 * spec.fill_steps / FILL_STEPS  # negative: clockwise
            arc.arcMoveTo(ring, 90.0)
            arc.arcTo(ring, 90.0, span)
            _stroke(painter, arc, color, QColor(0, 0, 0, 0), width)

    _draw_glyph(painter, spec.glyph, color=color, outline=outline, centre=centre, inner=inner, s=s)

    if spec.badge:
        r = max(2.5, s * 0.17)
        badge = QPainterPath()
        badge.addEllipse(QPointF(s - r - 0.5, r + 0.5), r, r)
        painter.setPen(QPen(QColor(255, 255, 255, 230) if dark_panel is not True else outline, 1.5))
        painter.setBrush(BADGE)
        painter.drawPath(badge)

    painter.end()
    pixmap.setDevicePixelRatio(dpr)
    return pixmap


def tone_color(view: StatusView) -> QColor:
    """The icon's colour for ``view`` (on a light background), for progress bars."""
    return QColor(_TONES_LIGHT[icon_spec(view).tone])


def status_icon(view: StatusView, size: int, dark_panel: bool | None = None) -> QPixmap:
    """The status picture at ``size`` logical pixels.

    Args:
        view: what to show.
        size: the edge in logical pixels (22 for most trays).
        dark_panel: True/False when the panel brightness is known; None draws colours
            and an outline that read on both.
    """
    return render_spec(icon_spec(view), size, dark_panel)


class _SpecIconEngine(QIconEngine):
    """Draws the status picture at the size a tray asks for, when it asks.

    Rendering every tray size up front cost ~10 ms and a burst of thread-pool wake-ups per
    ring step (Qt's raster engine hands large antialiased strokes to worker threads); an
    XEmbed tray asks for one size, a StatusNotifierItem host for the few it exports.
    """

    def __init__(self, spec: IconSpec, dark_panel: bool | None, dpr: float) -> None:
        super().__init__()
        self._spec, self._dark, self._dpr = spec, dark_panel, dpr
        self._cache: dict[tuple[int, float], QPixmap] = {}

    def _render(self, edge: int, dpr: float) -> QPixmap:
        edge = max(1, edge)
        dpr = max(self._dpr, dpr)
        key = (edge, dpr)
        if key not in self._cache:
            self._cache[key] = render_spec(self._spec, edge, self._dark, dpr)
        return self._cache[key]

    def _canvas(self, size: QSize, dpr: float) -> QPixmap:
        """The ring drawn square at the smaller edge, centred in ``size`` (a tray slot
        that is not square, 22x30 in trayer, gets a round ring, not an oval)."""
        from PySide6.QtCore import Qt  # see _paint

        edge = min(size.width(), size.height())
        ring = self._render(edge, dpr)
        if size.width() == size.height():
            return ring
        canvas = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
        canvas.fill(Qt.GlobalColor.transparent)
        canvas.setDevicePixelRatio(dpr)
        painter = QPainter(canvas)
        painter.drawPixmap(QPointF((size.width() - edge) / 2, (size.height() - edge) / 2), ring)
        painter.end()
        return canvas

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._canvas(size, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Qt 6 asks with the logical size and the screen's scale: draw at device pixels.
        return self._canvas(size, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        edge = min(rect.width(), rect.height())
        ring = self._render(edge, dpr)
        x = rect.x() + (rect.width() - edge) / 2
        y = rect.y() + (rect.height() - edge) / 2
        painter.drawPixmap(QRectF(x, y, edge, edge), ring, QRectF(ring.rect()))

    def availableSizes(  # noqa: N802 - Qt override
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in TRAY_SIZES]

    def clone(self) -> QIconEngine:
        return _SpecIconEngine(self._spec, self._dark, self._dpr)


def spec_icon(spec: IconSpec, dark_panel: bool | None = None, dpr: float = 1.0) -> QIcon:
    """A QIcon that offers every tray size, each drawn crisply (never scaled) on request."""
    return QIcon(_SpecIconEngine(spec, dark_panel, dpr))


def status_qicon(view: StatusView, dark_panel: bool | None = None) -> QIcon:
    """:func:`status_icon` at every tray size."""
    return spec_icon(icon_spec(view), dark_panel)


STARTING_SPEC = IconSpec(0, Tone.CALM, Glyph.NONE)
"""The empty ring: a sit of 0 minutes, shown while the app loads."""


def app_icon() -> QIcon:
    """The application icon: ``resources/icons/creepguard.svg``, or a drawn stand-in."""
    path = resource_dir() / "icons" / "creepguard.svg"
    if path.is_file():
        return QIcon(str(path))
    return spec_icon(IconSpec(FILL_STEPS * 3 // 4, Tone.CALM, Glyph.STANDING), False)


def app_icon_path() -> str:
    """A file path of the application icon for other processes (notification servers)."""
    path = resource_dir() / "icons" / "creepguard.svg"
    return str(path) if path.is_file() else "creepguard"
