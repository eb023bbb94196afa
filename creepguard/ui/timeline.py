"""The day strip: a hand-painted 24-hour bar of what the person did, span by span.

Each state has a colour *and* a texture, so the strip reads without colour vision and in
greyscale print; the legend draws the same swatches. Sitting past the creep threshold is
drawn over the sitting colour in amber, as in the week chart. Hovering shows a span's
time and length; with the keyboard, Left/Right (or Home/End) walk from span to span and
the caption under the strip says which one is selected. Right to left (Arabic), the day
runs from the right edge, as its text does: midnight on the right, Left walks on in time.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from creepguard.core.model import Span, State
from creepguard.ui import texts

__all__ = [
    "Band",
    "DayTimeline",
    "Look",
    "format_duration",
    "texture_brush",
]


class Band(enum.Enum):
    """What one stretch of the strip shows: the states, plus sitting past the threshold."""

    SITTING = "sitting"
    PAST_CREEP = "past_creep"
    STANDING = "standing"
    ON_BREAK = "on_break"
    AWAY = "away"
    UNTRACKED = "untracked"


@dataclass(frozen=True, slots=True)
class Look:
    """How a band is drawn and named.

    ``label`` is the English source, marked for lupdate; :attr:`text` is what is shown.
    """

    label: str
    colour: str

    @property
    def text(self) -> str:
        """The label in the person's language."""
        return QCoreApplication.translate("Timeline", self.label)


# The card's palette, plain fills (no hatching): teal sitting, amber past the creep
# threshold, paler teals standing and on a break, grey away. Each pair of bands differs
# clearly in lightness or in saturation, so they stay apart in greyscale or for colour-
# blind eyes; the legend and the strip's tooltips name them.
LOOKS: dict[Band, Look] = {
    Band.SITTING: Look(str(QT_TRANSLATE_NOOP("Timeline", "Sitting")), "#1f7a72"),
    Band.PAST_CREEP: Look(
        str(QT_TRANSLATE_NOOP("Timeline", "Sitting past the creep threshold")), "#e0982a"
    ),
    Band.STANDING: Look(str(QT_TRANSLATE_NOOP("Timeline", "Standing")), "#94d6ca"),
    Band.ON_BREAK: Look(str(QT_TRANSLATE_NOOP("Timeline", "On a break")), "#cdebe2"),
    Band.AWAY: Look(str(QT_TRANSLATE_NOOP("Timeline", "Away")), "#86939c"),
    Band.UNTRACKED: Look(str(QT_TRANSLATE_NOOP("Timeline", "Not running")), "#f6f7f8"),
}

_STATE_BAND = {
    State.SITTING: Band.SITTING,
    State.STANDING: Band.STANDING,
    State.ON_BREAK: Band.ON_BREAK,
    State.AWAY: Band.AWAY,
    State.UNTRACKED: Band.UNTRACKED,
}

STRIP_HEIGHT = 34


def texture_brush(band: Band) -> QBrush:
    """A plain brush of ``band``'s colour (for the strip, the week chart and legends)."""
    return QBrush(QColor(LOOKS[band].colour))


def format_duration(seconds: float) -> str:
    """``5400`` -> ``"1 h 30 min"``; ``300`` -> ``"5 min"``; under a minute -> ``"0 min"``.

    Minutes are rounded down, as on every other surface (README, "What the counts mean").
    """
    minutes = int(max(0.0, seconds) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return (
            QCoreApplication.translate("Timeline", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    if hours:
        return QCoreApplication.translate("Timeline", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Timeline", "%1 min").replace("%1", str(minutes))


@dataclass(frozen=True, slots=True)
class _Piece:
    band: Band
    start_s: float  # seconds since the start of the day
    end_s: float
    span: Span


def _day_bounds(day: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    following = day + timedelta(days=1)
    return start, datetime(following.year, following.month, following.day, tzinfo=tz)


class DayTimeline(QWidget):
    """One day as a strip from midnight to midnight, with hour ticks and a legend.

    Signals:
        span_selected(int): the keyboard moved to the span with this index in ``spans``.
    """

    span_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self._spans: list[Span] = []
        self._pieces: list[_Piece] = []
        self._length_s = 24 * 3600.0
        self._selected: int | None = None
        self._brushes = {band: texture_brush(band) for band in Band}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Day timeline"))
        self.setMinimumHeight(self.sizeHint().height())

    # ------------------------------------------------------------------ data

    @property
    def day(self) -> date | None:
        """The day shown."""
        return self._day

    @property
    def spans(self) -> list[Span]:
        """The spans shown, in time order."""
        return list(self._spans)

    @property
    def selected(self) -> int | None:
        """The index of the span selected with the keyboard, if any."""
        return self._selected

    def set_day(self, day: date, spans: Sequence[Span], creep_s: float) -> None:
        """Show ``spans`` of ``day``; sitting past ``creep_s`` into a sit is drawn amber."""
        self._day = day
        self._spans = sorted(spans, key=lambda span: span.start)
        tz = self._spans[0].start.tzinfo if self._spans else None
        day_start, day_end = _day_bounds(day, tz)
        self._length_s = (day_end - day_start).total_seconds()  # 23 or 25 h on DST days
        self._pieces = []
        for span in self._spans:
            start_s = (span.start - day_start).total_seconds()
            end_s = (span.end - day_start).total_seconds()
            band = _STATE_BAND[span.state]
            self._pieces.append(_Piece(band, start_s, end_s, span))
            if span.state is State.SITTING:
                over_from = max(start_s, start_s + creep_s - span.sit_before_s)
                if over_from < end_s:
                    self._pieces.append(_Piece(Band.PAST_CREEP, over_from, end_s, span))
        self._selected = None
        self.setAccessibleDescription(self.describe())
        self.update()

    def totals(self) -> dict[State, float]:
        """Seconds per state over the day shown."""
        totals = dict.fromkeys(State, 0.0)
        for span in self._spans:
            totals[span.state] += span.duration_s
        return totals

    def describe(self) -> str:
        """A sentence for screen readers: what the day held."""
        if self._day is None:
            return QCoreApplication.translate("Timeline", "No day chosen.")
        if not self._spans:
            return QCoreApplication.translate("Timeline", "%1: nothing recorded.").replace(
                "%1", texts.long_day(self._day)
            )
        totals = self.totals()
        parts = [
            f"{LOOKS[_STATE_BAND[state]].text.lower()} {format_duration(seconds)}"
            for state, seconds in totals.items()
            if seconds >= 60 and state is not State.UNTRACKED
        ]
        first, last = self._spans[0].start, self._spans[-1].end
        return (
            QCoreApplication.translate(
                "Timeline", "%1, %2 to %3: %4. Use Left and Right to go through the spans."
            )
            .replace("%1", texts.long_day(self._day))
            .replace("%2", texts.wall_time(first))
            .replace("%3", texts.wall_time(last))
            .replace(
                "%4",
                texts.join_list(parts)
                or QCoreApplication.translate("Timeline", "under a minute recorded"),
            )
        )

    @staticmethod
    def describe_span(span: Span) -> str:
        """``"Sitting, 09:10 to 09:55 (45 min)"``."""
        return (
            QCoreApplication.translate("Timeline", "%1, %2 to %3 (%4)")
            .replace("%1", LOOKS[_STATE_BAND[span.state]].text)
            .replace("%2", texts.wall_time(span.start))
            .replace("%3", texts.wall_time(span.end))
            .replace("%4", format_duration(span.duration_s))
        )

    # ------------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        # strip + tick labels + caption + two legend rows (wrapped when narrow)
        return QSize(640, STRIP_HEIGHT + 6 + line + 4 + line + 8 + 2 * (line + 6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(320, self.sizeHint().height())

    def _strip_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        margin = metrics.horizontalAdvance("00") / 2 + 4
        return QRectF(margin, 2, self.width() - 2 * margin, STRIP_HEIGHT)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x(self, seconds: float) -> float:
        strip = self._strip_rect()
        fraction = min(max(seconds / self._length_s, 0.0), 1.0)
        if self._rtl():
            return strip.right() - strip.width() * fraction
        return strip.left() + strip.width() * fraction

    def _extent(self, start_s: float, end_s: float) -> tuple[float, float]:
        """The left and right edges of the stretch from ``start_s`` to ``end_s``."""
        a, b = self._x(start_s), self._x(end_s)
        return min(a, b), max(a, b)

    def span_at(self, x: float) -> Span | None:
        """The span under the horizontal position ``x`` (widget coordinates)."""
        strip = self._strip_rect()
        if strip.width() <= 0:
            return None
        fraction = (x - strip.left()) / strip.width()
        seconds = (1.0 - fraction if self._rtl() else fraction) * self._length_s
        for piece in self._pieces:
            if piece.start_s <= seconds < piece.end_s:
                return piece.span
        return None

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().windowText().color()
        muted = QColor(text)
        muted.setAlphaF(0.6)
        metrics = QFontMetrics(self.font())
        strip = self._strip_rect()
        self._paint_strip(painter, strip, muted)
        self._paint_ticks(painter, strip, metrics, text, muted)

        # The caption: the selected span, or an empty-day note.
        caption_top = strip.bottom() + 6 + metrics.height() + 4
        painter.setPen(text)
        if self._selected is not None:
            caption = self.describe_span(self._spans[self._selected])
        elif self._day is not None and not self._spans:
            caption = QCoreApplication.translate("Timeline", "Nothing recorded on this day.")
        else:
            caption = ""
        caption_x = strip.left()
        if self._rtl():  # the caption starts where the day does
            caption_x = strip.right() - metrics.horizontalAdvance(caption)
        painter.drawText(QPointF(caption_x, caption_top + metrics.ascent()), caption)

        self._paint_legend(painter, strip, caption_top + metrics.height() + 8, text, muted)
        painter.end()

    def _paint_strip(self, painter: QPainter, strip: QRectF, muted: QColor) -> None:
        """The spans; an empty day is the "not running" colour with a thin frame."""
        painter.fillRect(strip, self._brushes[Band.UNTRACKED])
        for piece in self._pieces:
            left, right = self._extent(piece.start_s, piece.end_s)
            rect = QRectF(left, strip.top(), max(right - left, 1.0), strip.height())
            painter.fillRect(rect, self._brushes[piece.band])
        painter.setPen(QPen(muted, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(strip.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self._selected is not None and self.hasFocus():
            span = self._spans[self._selected]
            piece = next(p for p in self._pieces if p.span is span)
            left, right = self._extent(piece.start_s, piece.end_s)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(
                QRectF(left - 1, strip.top() - 1, right - left + 2, strip.height() + 2)
            )

    def _paint_ticks(
        self, painter: QPainter, strip: QRectF, metrics: QFontMetrics, text: QColor, muted: QColor
    ) -> None:
        """A tick every hour, labelled as often as the labels fit."""
        hours = round(self._length_s / 3600)
        label_width = metrics.horizontalAdvance("00") + 10
        every = next(
            (n for n in (1, 2, 3, 4, 6, 12) if strip.width() / hours * n >= label_width), 24
        )
        tick_top = strip.bottom()
        for hour in range(hours + 1):
            x = round(self._x(hour * 3600)) + 0.5
            labelled = hour % every == 0
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, tick_top), QPointF(x, tick_top + (6 if labelled else 3)))
            if labelled:
                painter.setPen(text)
                label = f"{hour % 24:02d}" if hour < hours else "24"
                width = metrics.horizontalAdvance(label)
                painter.drawText(QPointF(x - width / 2, tick_top + 6 + metrics.ascent()), label)

    def _paint_legend(
        self, painter: QPainter, strip: QRectF, top: float, text: QColor, muted: QColor
    ) -> None:
        """Swatch and label for every band, wrapping onto a second row when narrow."""
        metrics = QFontMetrics(self.font())
        rtl = self._rtl()
        # ``x`` is where the next entry starts: its left edge, or right to left its right.
        start = strip.right() if rtl else strip.left()
        x, y = start, top
        swatch = metrics.height() - 2
        for band in Band:
            label = LOOKS[band].text
            label_width = metrics.horizontalAdvance(label)
            width = swatch + 6 + label_width + 16
            used = start - x if rtl else x - start
            if used > 0 and used + width > strip.width() + 16:
                x, y = start, y + metrics.height() + 6
            box_left = x - swatch if rtl else x
            label_left = box_left - 6 - label_width if rtl else x + swatch + 6
            box = QRectF(box_left, y + 1, swatch, swatch)
            painter.fillRect(box, self._brushes[band])
            painter.setPen(QPen(muted, 1))
            painter.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5))
            painter.setPen(text)
            painter.drawText(QPointF(label_left, y + metrics.ascent()), label)
            x += -width if rtl else width

    # ------------------------------------------------------------------ interaction

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            where = QPointF(event.pos())
            span = self.span_at(where.x()) if self._strip_rect().contains(where) else None
            if span is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe_span(span), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt override)
        span = self.span_at(event.position().x())
        if span is not None:
            self._select(self._spans.index(span))
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        if not self._spans:
            super().keyPressEvent(event)
            return
        last = len(self._spans) - 1
        current = self._selected
        # The arrow towards later in the day: Right, or Left where the day runs leftwards.
        later, earlier = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self._rtl():
            later, earlier = earlier, later
        key = event.key()
        if key == later:
            target = 0 if current is None else min(current + 1, last)
        elif key == earlier:
            target = last if current is None else max(current - 1, 0)
        else:
            match key:
                case Qt.Key.Key_Home:
                    target = 0
                case Qt.Key.Key_End:
                    target = last
                case _:
                    super().keyPressEvent(event)
                    return
        self._select(target)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        self.update()
        super().focusOutEvent(event)

    def _select(self, index: int) -> None:
        self._selected = index
        self.setAccessibleDescription(self.describe_span(self._spans[index]))
        self.span_selected.emit(index)
        self.update()
