"""The stretch card: one exercise, shown on top, steady, calm and obvious.

What the card promises the person:

* It appears on the screen under the mouse pointer, above other windows, sized once
  from its content and that screen's available area, and it never changes size while
  open: the steps scroll and the picture shrinks on a small screen, and the buttons
  always show (down to 1280x800 at 2x and 1366x768 at 150 %).
* It is a frameless tool window with its own close button (no maximise); it can be
  dragged by its background.
* The hold is guided: the countdown starts by itself when the person leaves the
  keyboard or after a short read; repetitions and breaths are counted one by one, with
  the hold inside each, and "Change sides" comes at the half. Done lights up when the
  hold is complete (it can be pressed at any time).
* Keys, the same in every style once the card has the keyboard (the focused and
  persistent styles give it the keyboard at once; the gentle style when the card is
  clicked): for the first two seconds every key is ignored, so someone in the middle
  of typing does not answer it by accident; then Enter means Done and Esc means Snooze,
  wherever the focus is; Tab moves between the buttons and Space presses the one with
  the focus ring.
* After Done, Skip or Snooze the card says in a line what happens next, then goes.
  "This hurts" says that the exercise will not come back, with Undo.

Everything shown comes from a :class:`~creepguard.ui.port.CardView`; everything done
goes to the :class:`~creepguard.ui.port.Controller`.
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from creepguard.ui import guide, look, texts
from creepguard.ui.port import CardView, Controller, StatusView
from creepguard.ui.today_popup import scaled_font

KEY_GUARD_MS = 2000
ILLUSTRATION_PX = 200
ILLUSTRATION_MIN_PX = 100
SCREEN_MARGIN_PX = 8
FAREWELL_MS = 3500
FRAME_MS = 1800  # each key pose of a two-frame picture shows this long
ACCENT = look.ACCENT
_CARD_MARGIN_H = 24
_WAITING_TICK_MS = 1000  # asks the app for the idle time: once a second is plenty
_RUNNING_TICK_MS = 200

# Colours: a near-white card, one accent, muted text that still has AA contrast on
# white. Font sizes are never set here (they follow the system font). One focus
# indicator: the style sheet's ring; the style's own focus rectangle is turned off.
STYLE = f"""
#card {{ background: #fdfefe; border: 1px solid #b8c5cc; }}
#card QLabel {{ color: #1d272d; background: transparent; }}
#card QLabel[role="headline"] {{ color: {ACCENT}; }}
#card QLabel[role="muted"] {{ color: #56626b; }}
#card QLabel[role="number"] {{ color: {ACCENT}; }}
#card QScrollArea, #steps {{ background: transparent; border: none; }}
#card QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
#card QScrollBar::handle:vertical {{ background: #c5d0d7; border-radius: 4px; min-height: 24px; }}
#card QScrollBar::add-line, #card QScrollBar::sub-line {{ height: 0; }}
#card QScrollBar::add-page, #card QScrollBar::sub-page {{ background: transparent; }}
#hold {{ background: #f1f6f6; border-radius: 10px; }}
#caution {{ background: #fff6e5; border-left: 4px solid #c77700; border-radius: 6px; }}
#hurt {{ background: #fdeeec; border-left: 4px solid #b93a32; border-radius: 6px; }}
#card QPushButton {{
    background: #ffffff; color: #1d272d; border: 1px solid #c5d0d7; border-radius: 8px;
    padding: 7px 14px; outline: none;
}}
#card QPushButton:hover {{ background: #f2f6f8; }}
#card QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 6px 13px; }}
#card QPushButton:disabled {{ color: #8a969e; }}
#card QPushButton[primary="true"] {{
    background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT};
}}
#card QPushButton[primary="true"]:hover {{ background: #0c5f58; }}
#card QPushButton[primary="true"]:focus {{ border: 2px solid #063b37; }}
#card QPushButton[quiet="true"] {{ border: 1px solid #ead2cf; color: #8b2f28; }}
#card QPushButton[quiet="true"]:hover {{ background: #fbecea; }}
#card QPushButton[quiet="true"]:focus {{ border: 2px solid #8b2f28; }}
#card QPushButton#close {{ border: none; padding: 2px 8px; color: #56626b; }}
#card QPushButton#close:hover {{ background: #eef2f4; }}
#card QPushButton#close:focus {{ border: 2px solid {ACCENT}; padding: 0px 6px; }}
"""


_WIDE_PICTURE = 1.5  # a picture this much wider than tall is the still pair
_STILL_PAIR_WIDTH = 1.6  # its width, in widths of the moving picture


@functools.lru_cache(maxsize=8)
def _mirrored_svg(path: str) -> bytes:
    """The picture at ``path`` facing the other way (empty when it cannot be read: the
    card then shows no picture rather than a wrong one)."""
    from creepguard.illustration import PoseError, mirrored

    try:
        return mirrored(Path(path).read_text(encoding="utf-8")).encode()
    except (OSError, UnicodeDecodeError, PoseError):
        return b""


def card_style(direction: Qt.LayoutDirection) -> str:
    """The card's style sheet; right to left, the notes' coloured edge is on the right
    (the side a line of text starts on)."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return STYLE.replace("border-left: 4px", "border-right: 4px")
    return STYLE


@functools.lru_cache(maxsize=8)
def _still_pair_svg(start: str, end: str, mirrored: bool) -> bytes:
    """Both key poses side by side (reduced motion), each facing the other way on the
    second side; empty when a file cannot be read."""
    from creepguard.illustration import PoseError, still_pair
    from creepguard.illustration import mirrored as flip

    try:
        first, second = (Path(path).read_text(encoding="utf-8") for path in (start, end))
        if mirrored:
            first, second = flip(first), flip(second)
        return still_pair(first, second).encode()
    except (OSError, UnicodeDecodeError, PoseError):
        return b""


def _label(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role is not None:
        label.setProperty("role", role)
    return label


def _area_under_pointer() -> QRect:
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


class ProgressRing(QWidget):
    """A ring that fills clockwise from 12 o'clock, with a short text in its centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.text = ""
        self.complete = False
        edge = self.fontMetrics().height() * 3 + 8
        self.setFixedSize(edge, edge)
        self.setFont(scaled_font(self.font(), 1.15, bold=True))

    def set_progress(self, fraction: float, text: str, *, complete: bool = False) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if (fraction, text, complete) == (self.fraction, self.text, self.complete):
            return
        self.fraction, self.text, self.complete = fraction, text, complete
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = float(min(self.width(), self.height()))
        width = max(4.0, edge * 0.09)
        radius = edge / 2 - width / 2 - 1
        centre = QPointF(self.width() / 2, self.height() / 2)
        ring = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(QPen(QColor("#d3dfe1"), width))
        painter.drawEllipse(ring)
        if self.fraction > 0:
            pen = QPen(QColor(ACCENT), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(ring, 90 * 16, -round(360 * 16 * self.fraction))
        if self.complete:
            painter.setBrush(QColor(ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(ring.adjusted(width, width, -width, -width))
        painter.setPen(QColor("#ffffff") if self.complete else QColor("#1d272d"))
        painter.setFont(self.font())
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


class GuideState(enum.Enum):
    WAITING = "waiting"  # shown, not started yet (starts by itself)
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETE = "complete"
    NONE = "none"  # nothing to guide


class HoldGuide(QFrame):
    """The guided hold: a progress ring, what to do now, and Start / Pause.

    The time comes from ``clock`` (monotonic seconds), so a busy event loop cannot
    stretch a hold and a test can move time on without sleeping.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        on_complete: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hold")
        self._clock = clock
        self._on_complete = on_complete
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 14, 8)
        layout.setSpacing(14)
        self.ring = ProgressRing()
        self.ring.setAccessibleName(QCoreApplication.translate("Card", "Progress of the hold"))
        layout.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.label = _label()
        self.label.setFont(scaled_font(self.font(), 1.1, bold=True))
        words.addWidget(self.label)
        self.detail = _label(role="muted")
        words.addWidget(self.detail)
        layout.addLayout(words, 1)
        self.start = QPushButton(QCoreApplication.translate("Card", "Start now"))
        self.start.setObjectName("start")
        self.start.setAutoDefault(False)
        self.start.clicked.connect(self._start_or_pause)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignVCenter)
        self.phases: list[guide.Phase] = []
        self.state = GuideState.NONE
        self._summary = ""
        self._started_at = 0.0
        self._elapsed_before = 0.0  # seconds run before the last pause
        self._last_index = -1

    def set_plan(self, phases: list[guide.Phase], summary: str) -> None:
        """A new exercise: wait for the start."""
        self.phases = phases
        self._summary = summary
        self._elapsed_before = 0.0
        self._last_index = -1
        self.state = GuideState.WAITING if phases else GuideState.NONE
        self.start.setVisible(bool(phases))
        self.ring.setVisible(bool(phases))
        self._show_waiting()

    @property
    def running(self) -> bool:
        return self.state is GuideState.RUNNING

    @property
    def complete(self) -> bool:
        return self.state is GuideState.COMPLETE

    def elapsed_s(self) -> float:
        if self.state is GuideState.RUNNING:
            return self._elapsed_before + self._clock() - self._started_at
        return self._elapsed_before

    def begin(self) -> None:
        """Start (or resume) the countdown."""
        if self.state not in (GuideState.WAITING, GuideState.PAUSED):
            return
        self._started_at = self._clock()
        self.state = GuideState.RUNNING
        self.start.setText(QCoreApplication.translate("Card", "Pause"))
        self.start.setAccessibleName(QCoreApplication.translate("Card", "Pause the hold"))
        self.tick()

    def pause(self) -> None:
        if self.state is not GuideState.RUNNING:
            return
        self._elapsed_before = self.elapsed_s()
        self.state = GuideState.PAUSED
        self.start.setText(QCoreApplication.translate("Card", "Go on"))
        self.start.setAccessibleName(QCoreApplication.translate("Card", "Go on with the hold"))

    def stop(self) -> None:
        """Stop where it is (the card goes, or the exercise is withdrawn)."""
        self.pause()

    def _start_or_pause(self) -> None:
        if self.state is GuideState.RUNNING:
            self.pause()
        elif self.state is GuideState.COMPLETE:
            self.set_plan(self.phases, self._summary)
            self.begin()
        else:
            self.begin()

    def _show_waiting(self) -> None:
        self.label.setText(self._summary)
        if self.state is GuideState.NONE:
            self.detail.setText("")
            return
        self.detail.setText(texts.guide_waiting())
        first = self.phases[0]
        if first.of:
            self.ring.set_progress(0.0, f"0/{first.of}")
        else:
            self.ring.set_progress(0.0, texts.seconds_left(first.seconds))
        self.start.setText(QCoreApplication.translate("Card", "Start now"))
        self.start.setAccessibleName(QCoreApplication.translate("Card", "Start the hold now"))

    def phase(self) -> guide.Phase | None:
        """The phase running now (None before the start and once complete)."""
        if self.state not in (GuideState.RUNNING, GuideState.PAUSED):
            return None
        return guide.position(self.phases, self.elapsed_s()).phase

    def tallest(self, width: int) -> int:
        """The height the hold needs at ``width`` for the longest of its words."""
        label, detail = self.label.text(), self.detail.text()
        longest = max([label, *(texts.guide_phase(phase) for phase in self.phases)], key=len)
        height = 0
        for words in (texts.guide_waiting(), texts.guide_complete(), detail):
            self.label.setText(longest)
            self.detail.setText(words)
            layout = self.layout()
            assert layout is not None
            layout.activate()
            height = max(height, self.heightForWidth(width), self.minimumSizeHint().height())
        self.label.setText(label)
        self.detail.setText(detail)
        return height

    def tick(self) -> None:
        """Show where the countdown is; report completion once."""
        if self.state is not GuideState.RUNNING:
            return
        at = guide.position(self.phases, self.elapsed_s())
        if at.phase is None:
            self.state = GuideState.COMPLETE
            self._elapsed_before = guide.total_s(self.phases)
            self.ring.set_progress(1.0, "\u2713", complete=True)
            self.label.setText(QCoreApplication.translate("Card", "Well done"))
            self.detail.setText(texts.guide_complete())
            self.start.setText(QCoreApplication.translate("Card", "Again"))
            self.start.setAccessibleName(QCoreApplication.translate("Card", "Do it again"))
            self._on_complete()
            return
        phase = at.phase
        if phase.of:
            centre = f"{phase.number}/{phase.of}"
        else:
            centre = texts.seconds_left(math.ceil(at.left_s))
        self.ring.set_progress(at.done, centre)
        if at.index != self._last_index:
            self._last_index = at.index
            self.label.setText(texts.guide_phase(phase))
        self.detail.setText(texts.seconds_left(math.ceil(at.left_s)) if phase.of else self._summary)


class StretchCard(QWidget):
    """The stretch card window.

    Args:
        controller: the app; told about everything the person does.
        parent: usually None (a top-level window).
        key_guard_ms: keys are ignored this long after the card appears (tests pass 0
            or a large value instead of sleeping).
        clock: monotonic seconds for the guided hold (tests pass their own).

    Attributes:
        done, another, snooze, skip, hurts, undo, close_button: the buttons.
        guide: the guided hold.
        current: the CardView shown, or None.
    """

    frames: list[str]
    _frame_timer: QTimer

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        key_guard_ms: int = KEY_GUARD_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.key_guard_ms = key_guard_ms
        self._clock = clock
        self._shown_at = QElapsedTimer()
        self._opened_s = 0.0  # clock() when this exercise was shown
        self._closing_by_us = False
        self._answering = False
        self.current: CardView | None = None
        self._gentle = True
        self._illustration_px = ILLUSTRATION_PX
        self._hurt_id: str | None = None
        self._press_at: QPointF | None = None
        # Where the card may go: the available area of the screen under the pointer
        # (tests give other screens' areas).
        self.available_area: Callable[[], QRect] = _area_under_pointer

        self.setObjectName("cardWindow")
        self.setStyleSheet(card_style(self.layoutDirection()))
        self.setWindowTitle(texts.app_name())
        # A frameless tool window: no taskbar entry, on top, no maximise; the card draws
        # its own close button.
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        # macOS hides tool windows of inactive applications; the card must stay.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.card = QFrame()
        self.card.setObjectName("card")
        outer.addWidget(self.card)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(_CARD_MARGIN_H, 14, _CARD_MARGIN_H, 18)
        layout.setSpacing(12)
        self.main = QWidget()
        main = QVBoxLayout(self.main)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(12)
        self._build_heading(main)
        self._build_body(main)
        self._build_notes(main)
        self._build_buttons(main)
        layout.addWidget(self.main)
        self._build_farewell(layout)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.tick)
        self._init_picture_state()
        self._farewell_timer = QTimer(self)
        self._farewell_timer.setSingleShot(True)
        self._farewell_timer.timeout.connect(self._hide_quietly)
        self._guard_children()

    def _build_heading(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.headline = _label(role="headline")
        self.headline.setFont(scaled_font(self.font(), 1.1, bold=True))
        heading.addWidget(self.headline)
        self.title = _label()
        self.title.setFont(scaled_font(self.font(), 1.55, bold=True))
        self.title.setAccessibleDescription(QCoreApplication.translate("Card", "Exercise"))
        heading.addWidget(self.title)
        self.meta = _label(role="muted")
        heading.addWidget(self.meta)
        top.addLayout(heading, 1)
        self.close_button = QPushButton("\u2715")
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(QCoreApplication.translate("Card", "Close"))
        self.close_button.setToolTip(
            QCoreApplication.translate("Card", "Close the card without answering")
        )
        self.close_button.clicked.connect(self.close)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

    def _build_body(self, layout: QVBoxLayout) -> None:
        self.content = QWidget()
        self.content.setObjectName("steps")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        body = QHBoxLayout()
        body.setSpacing(20)
        self.illustration = QSvgWidget()
        self.illustration.setFixedSize(ILLUSTRATION_PX, ILLUSTRATION_PX)
        self.illustration.setAccessibleName(QCoreApplication.translate("Card", "Illustration"))
        body.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)
        self.steps_box = QWidget()
        self.steps = QGridLayout(self.steps_box)
        self.steps.setContentsMargins(0, 0, 0, 0)
        self.steps.setHorizontalSpacing(10)
        self.steps.setVerticalSpacing(8)
        self.steps.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        body.addWidget(self.steps_box, 1, Qt.AlignmentFlag.AlignTop)
        content.addLayout(body)
        self.why = _label(role="muted")
        content.addWidget(self.why)
        self.caution = QFrame()
        self.caution.setObjectName("caution")
        caution_layout = QHBoxLayout(self.caution)
        caution_layout.setContentsMargins(12, 8, 12, 8)
        self.caution_text = _label()
        caution_layout.addWidget(self.caution_text)
        content.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        layout.addWidget(self.scroller, 1)
        # The caution stays in view whatever scrolls: on a small screen the steps scroll,
        # never the one note that keeps the exercise safe.
        layout.addWidget(self.caution)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        # Two slots of a fixed height, so nothing below them moves: the guided hold, or
        # after "This hurts" the note with Undo in its place; then the safety line, or
        # "no other exercise".
        self.hold_slot = QWidget()
        hold_slot = QVBoxLayout(self.hold_slot)
        hold_slot.setContentsMargins(0, 0, 0, 0)
        self.guide = HoldGuide(self._clock, self._on_hold_complete)
        hold_slot.addWidget(self.guide)
        self.hurt_note = QFrame()
        self.hurt_note.setObjectName("hurt")
        hurt_layout = QHBoxLayout(self.hurt_note)
        hurt_layout.setContentsMargins(12, 6, 8, 6)
        self.hurt_text = _label(texts.hurts_note())
        hurt_layout.addWidget(self.hurt_text, 1)
        self.undo = QPushButton(QCoreApplication.translate("Card", "Undo"))
        self.undo.setObjectName("undo")
        self.undo.setAutoDefault(False)
        self.undo.setAccessibleName(QCoreApplication.translate("Card", "Undo"))
        self.undo.setAccessibleDescription(
            QCoreApplication.translate("Card", "It did not hurt: keep suggesting this exercise")
        )
        self.undo.clicked.connect(lambda _checked=False: self._on_undo())
        hurt_layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hurt_note.hide()
        hold_slot.addWidget(self.hurt_note)
        layout.addWidget(self.hold_slot)

        self.notes = QWidget()
        notes = QVBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.setSpacing(0)
        self.safety = _label(role="muted")
        self.safety.setFont(scaled_font(self.font(), 0.92))
        notes.addWidget(self.safety)
        self.no_other = _label(
            QCoreApplication.translate("Card", "No other exercise fits right now."), role="muted"
        )
        self.no_other.hide()
        notes.addWidget(self.no_other)
        layout.addWidget(self.notes)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        self.hurts = self._button(
            QCoreApplication.translate("Card", "This hurts"), "hurts", self._on_hurts
        )
        self.hurts.setProperty("quiet", True)
        self.hurts.setAccessibleDescription(
            QCoreApplication.translate("Card", "Stop this exercise; it will not be suggested again")
        )
        self.skip = self._button(QCoreApplication.translate("Card", "Skip"), "skip", self._on_skip)
        self.snooze = self._button(
            QCoreApplication.translate("Card", "Snooze"), "snooze", self._on_snooze
        )
        self.snooze.setAccessibleDescription(
            QCoreApplication.translate("Card", "Remind me again in a few minutes (Esc)")
        )
        self.another = self._button(
            QCoreApplication.translate("Card", "Another one"), "another", self._on_another
        )
        self.done = self._button(QCoreApplication.translate("Card", "Done"), "done", self._on_done)
        self.done.setAccessibleDescription(
            QCoreApplication.translate("Card", "I did the exercise (Enter)")
        )
        buttons.addWidget(self.hurts)
        buttons.addStretch(1)
        for button in (self.skip, self.snooze, self.another, self.done):
            buttons.addWidget(button)
        layout.addWidget(self.button_row)
        # Tab order follows the reading order: the hold, then the buttons left to right.
        order = [
            self.guide.start,
            self.undo,
            self.hurts,
            self.skip,
            self.snooze,
            self.another,
            self.done,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _build_farewell(self, layout: QVBoxLayout) -> None:
        # The card's last word after Done, Skip or Snooze, in the same window size.
        self.farewell = QWidget()
        words = QVBoxLayout(self.farewell)
        words.addStretch(1)
        self.farewell_title = _label(role="headline")
        self.farewell_title.setFont(scaled_font(self.font(), 1.55, bold=True))
        self.farewell_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words.addWidget(self.farewell_title)
        self.farewell_text = _label()
        self.farewell_text.setFont(scaled_font(self.font(), 1.1))
        self.farewell_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words.addWidget(self.farewell_text)
        words.addStretch(1)
        self.farewell.hide()
        layout.addWidget(self.farewell)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _guard_children(self) -> None:
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    # --- showing --------------------------------------------------------------------------

    def present(self, card: CardView) -> None:
        """Show ``card`` (replacing any card shown) and tell the controller.

        The window is sized when it appears and keeps that size while open: another
        exercise reuses it (its steps scroll if they need more room).
        """
        was_visible = self.isVisible() and not self.farewell.isVisible()
        self._farewell_timer.stop()
        self.farewell.hide()
        self.main.show()
        self._fill(card)
        gentle = not card.takes_focus
        if not was_visible:
            self.hide()
            self._set_gentle(gentle)
            self._size_and_place()
            self._shown_at.start()
            self.show()
            if not gentle:
                self.raise_()
                self.activateWindow()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._opened_s = self._clock()
        self.scroller.verticalScrollBar().setValue(0)
        self._ticker.start(_WAITING_TICK_MS)
        self._controller.card_shown(card.exercise.id)

    def close_card(self) -> None:
        """The app withdraws the card (the person stood up, or the prompt ended)."""
        if self._answering:
            return  # our own answer closed the prompt: the farewell line shows
        self._hide_quietly()

    def _fill(self, card: CardView) -> None:
        self.current = card
        exercise = card.exercise
        self._hurt_id = None
        self._show_note(None)
        self._show_hurt_note(False)
        self.another.setEnabled(True)
        self._set_primary(self.done, False)
        self._set_primary(self.another, False)
        self.headline.setText(card.headline)
        self.title.setText(exercise.title)
        meta = [texts.position_text(exercise.position)]
        sat = texts.sat_for(card.sit_s)
        if sat:
            meta.append(sat)
        self.meta.setText("  \u00b7  ".join(meta))
        self.setWindowTitle(f"{exercise.title} \u2013 {texts.app_name()}")
        self.setAccessibleName(f"{card.headline}: {exercise.title}")

        self._fill_illustration(card)
        self._fill_steps(card)
        self._fill_notes(card)

    def _fill_illustration(self, card: CardView) -> None:
        exercise = card.exercise
        path = Path(card.illustration_path)
        self._frame_timer.stop()
        self.frames = [str(path)] if path.is_file() else []
        end = Path(card.illustration_end_path) if card.illustration_end_path else None
        self.still = card.still
        if self.frames and end is not None and end.is_file():
            # Two key poses, start and end: the picture moves between them (or, where
            # motion is reduced, shows both side by side).
            self.frames.append(str(end))
            if not self.still:
                self._frame_timer.start()
        self.frame = 0
        self.mirrored = False
        if path.is_file():
            self._load_frame(0)
            self._size_illustration()
            self.illustration.setAccessibleDescription(
                QCoreApplication.translate("Card", "Drawing of %1").replace("%1", exercise.title)
            )
            self.illustration.show()
        else:
            self.illustration.hide()

    def _init_picture_state(self) -> None:
        self.frames = []  # the picture's key poses (start, and maybe end)
        self.frame = 0
        # The second side of a two-sided exercise shows the picture facing the other way.
        self.mirrored = False
        self.still = False  # reduced motion: two poses side by side, nothing moves
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(FRAME_MS)
        self._frame_timer.timeout.connect(self.next_frame)

    def next_frame(self) -> None:
        """Show the other key pose (a timer calls this while the card shows two)."""
        if len(self.frames) < 2 or not self.main.isVisible():
            return
        self.frame = (self.frame + 1) % len(self.frames)
        self._load_frame(self.frame)

    def _load_frame(self, index: int) -> None:
        """Show key pose ``index``, facing the other way on the second side; where motion
        is reduced, both poses side by side instead."""
        path = self.frames[index]
        if self.still and len(self.frames) == 2:
            self.illustration.load(QByteArray(_still_pair_svg(*self.frames, self.mirrored)))
        elif self.mirrored:
            self.illustration.load(QByteArray(_mirrored_svg(path)))
        else:
            self.illustration.load(path)
        self.illustration.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def _size_illustration(self) -> None:
        px = self._illustration_px
        size = self.illustration.renderer().defaultSize()
        width = height = px
        if size.isValid() and size.width() > 0 and size.height() > 0:
            aspect = size.width() / size.height()
            if aspect > _WIDE_PICTURE:
                # The still pair (reduced motion): wider than the moving picture, so
                # each pose stays large enough to follow; the steps keep most room.
                width = round(px * _STILL_PAIR_WIDTH)
            height = round(width / aspect)
        self.illustration.setFixedSize(QSize(width, height))

    def _fill_steps(self, card: CardView) -> None:
        exercise = card.exercise
        for label in self.step_labels:
            self.steps.removeWidget(label)
            label.deleteLater()
        self.step_labels = []
        number_font = scaled_font(self.font(), 1.05, bold=True)
        for row, step in enumerate(exercise.steps):
            number = _label(f"{row + 1}.", role="number")
            number.setFont(number_font)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = _label(step)
            text.setAccessibleName(
                QCoreApplication.translate("Card", "Step %1").replace("%1", str(row + 1))
                + ": "
                + step
            )
            self.steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self.steps.addWidget(text, row, 1)
            self.step_labels += [number, text]
            number.installEventFilter(self)
            text.installEventFilter(self)

    def _fill_notes(self, card: CardView) -> None:
        exercise = card.exercise
        self.guide.set_plan(
            guide.plan(exercise), texts.hold_text(exercise.hold, sides=exercise.sides)
        )
        self.why.setText(QCoreApplication.translate("Card", "Why: %1").replace("%1", exercise.why))
        if exercise.caution:
            self.caution_text.setText(
                QCoreApplication.translate("Card", "Careful: %1").replace("%1", exercise.caution)
            )
            self.caution.show()
        else:
            self.caution.hide()
        self.safety.setText(texts.safety_note(card.safety_note))
        self.snooze.setVisible(card.can_snooze)
        self.skip.setVisible(card.can_skip)

    def _show_note(self, note: QWidget | None) -> None:
        """One of the notes in the slot under the hold (None: the safety line)."""
        shown = note if note is not None else self.safety
        for widget in (self.safety, self.no_other):
            widget.setVisible(widget is shown)

    def _show_hurt_note(self, shown: bool) -> None:
        """The note after "This hurts" takes the place of the hold (or gives it back)."""
        self.hurt_note.setVisible(shown)
        self.guide.setVisible(not shown)

    def _set_gentle(self, gentle: bool) -> None:
        self._gentle = gentle
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, gentle)
        if bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus) != gentle:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, gentle)

    # --- size -------------------------------------------------------------------------------

    def _width(self) -> int:
        # Wide enough for the drawing and comfortable lines of steps, in text units so a
        # larger system font gives a wider card.
        return max(640, self.fontMetrics().averageCharWidth() * 92)

    def _natural_height(self, width: int) -> tuple[int, int]:
        """(the card's height at ``width`` with nothing scrolled, the content's part)."""
        inner = (
            width - 2 * _CARD_MARGIN_H - 2 - self.scroller.verticalScrollBar().sizeHint().width()
        )
        content_layout = self.content.layout()
        assert content_layout is not None
        content_layout.activate()
        content_h = self.content.heightForWidth(inner)
        if content_h < 0:
            content_h = self.content.sizeHint().height()
        slot_width = width - 2 * _CARD_MARGIN_H
        self.notes.setFixedHeight(
            max(self.notes_height(w, slot_width) for w in (self.safety, self.no_other))
        )
        self.hold_slot.setFixedHeight(
            max(self.guide.tallest(slot_width), self.notes_height(self.hurt_note, slot_width))
        )
        self.scroller.setFixedHeight(content_h)
        layout = self.layout()
        assert layout is not None
        layout.activate()
        # The card's border is not in the layout's answer: a few pixels to spare, or
        # the steps would scroll by two pixels.
        total = layout.totalHeightForWidth(width) + 4
        self.scroller.setMinimumHeight(0)
        self.scroller.setMaximumHeight(16777215)
        return total, content_h

    @staticmethod
    def notes_height(widget: QWidget, width: int) -> int:
        height = widget.heightForWidth(width)
        return height if height > 0 else widget.sizeHint().height()

    def _size_and_place(self) -> None:
        """Size the window once from its content and the screen's available area."""
        area = self.available_area()
        width = min(self._width(), area.width() - 2 * SCREEN_MARGIN_PX)
        room = area.height() - 2 * SCREEN_MARGIN_PX
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)
        self._illustration_px = ILLUSTRATION_PX
        self._size_illustration()
        total, _content = self._natural_height(width)
        if total > room:
            # A small screen: a smaller picture first, then the steps scroll.
            self._illustration_px = max(ILLUSTRATION_MIN_PX, ILLUSTRATION_PX - (total - room))
            self._size_illustration()
            total, _content = self._natural_height(width)
        # A little room for another exercise's longer steps, where the screen has it
        # ("Another one" keeps this size; more than this would leave a gap).
        reserve = self.fontMetrics().lineSpacing() * 2
        height = min(total + reserve, room)
        self.setFixedSize(width, height)
        x = area.left() + (area.width() - width) // 2
        y = area.top() + SCREEN_MARGIN_PX + max(0, (room - height) // 3)
        self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_at.isValid():
            self._shown_at.start()

    # --- the guided hold ----------------------------------------------------------------

    def tick(self) -> None:
        """Move the guided hold on; start it when the person leaves the keyboard or has
        had a short read (called by a timer while the card is open)."""
        if self.current is None or not self.main.isVisible():
            return
        if self.guide.state is GuideState.WAITING:
            shown_s = self._clock() - self._opened_s
            idle: float | None = None
            if shown_s >= guide.AUTO_START_IDLE_S:
                idle = self._controller.input_idle_s()
            if guide.should_auto_start(shown_s=shown_s, idle_s=idle):
                self.guide.begin()
        self.guide.tick()
        self._pose_for_phase()
        wanted = _RUNNING_TICK_MS if self.guide.running else _WAITING_TICK_MS
        if self.guide.state in (GuideState.WAITING, GuideState.RUNNING):
            if self._ticker.interval() != wanted or not self._ticker.isActive():
                self._ticker.start(wanted)
        else:
            self._ticker.stop()

    def _pose_for_phase(self) -> None:
        """With two key poses, the running hold picks one: the end pose while holding,
        the start pose on the way back and between sides; otherwise they alternate."""
        phase = self.guide.phase() if self.guide.running else None
        if phase is not None and self.frames and (phase.side == 2) != self.mirrored:
            # Changing sides: from here the picture shows the other side.
            self.mirrored = phase.side == 2
            self._load_frame(self.frame)
        if len(self.frames) < 2 or self.still:
            return
        wanted: int | None = None
        if phase is not None and phase.kind is guide.PhaseKind.HOLD:
            wanted = 1
        elif phase is not None and phase.kind in (
            guide.PhaseKind.RETURN,
            guide.PhaseKind.CHANGE_SIDES,
        ):
            wanted = 0
        if wanted is None:
            if not self._frame_timer.isActive():
                self._frame_timer.start()
            return
        self._frame_timer.stop()
        if self.frame != wanted:
            self.frame = wanted
            self._load_frame(wanted)

    def _on_hold_complete(self) -> None:
        # Done lights up: the obvious next step (unless "This hurts" made it Another).
        if self._hurt_id is None:
            self._set_primary(self.done, True)

    # --- keys ------------------------------------------------------------------------------

    def keys_guarded(self) -> bool:
        """True during the first moments after the card appeared (keys are ignored)."""
        return not self._shown_at.isValid() or self._shown_at.elapsed() < self.key_guard_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            if self.keys_guarded():
                return True  # swallowed: the person was typing elsewhere
            # Enter and Esc mean the same wherever the focus is.
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
            ):
                self.keyPressEvent(event)
                return True
        elif kind == QEvent.Type.MouseButtonPress and self._gentle:
            self._accept_keyboard()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._gentle:
            self._accept_keyboard()
        if self.farewell.isVisible():
            self._hide_quietly()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_at = event.globalPosition()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # Frameless: dragging the background moves the card (a plain click does not
        # start a move, which would take the mouse and keyboard from the card).
        handle = self.windowHandle()
        if (
            self._press_at is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.globalPosition() - self._press_at).manhattanLength() > 6
            and handle is not None
        ):
            self._press_at = None
            handle.startSystemMove()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press_at = None
        super().mouseReleaseEvent(event)

    def _accept_keyboard(self) -> None:
        """A click into a gentle card hands it the keyboard.

        The flag is changed on the QWindow: ``QWidget.setWindowFlag`` would hide and
        re-show a visible top-level window.
        """
        self._gentle = False
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.activateWindow()
        # A window manager can refuse the request while it still sees the old input
        # hint (the flag change and the request race on a busy desktop): ask again.
        for delay_ms in (150, 600):
            QTimer.singleShot(delay_ms, self, self._activate_if_needed)

    def _activate_if_needed(self) -> None:
        if self.isVisible() and not self.isActiveWindow() and not self._gentle:
            self.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.keys_guarded():
            event.accept()
            return
        key = event.key()
        if self.farewell.isVisible():
            event.accept()
            self._hide_quietly()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._on_done()
        elif key == Qt.Key.Key_Escape:
            event.accept()
            if self.current is not None and self.current.can_snooze:
                self._on_snooze()
        else:
            super().keyPressEvent(event)

    # --- actions ---------------------------------------------------------------------------

    def _hide_quietly(self) -> None:
        self._frame_timer.stop()
        self.guide.stop()
        self._ticker.stop()
        self._farewell_timer.stop()
        self._closing_by_us = True
        self.hide()
        self._closing_by_us = False
        self._shown_at.invalidate()

    def _answer(self, report: Callable[[], None], words: Callable[[StatusView], str]) -> None:
        """Report an answer, then say in a line what happens next and go."""
        self.guide.stop()
        self._ticker.stop()
        self._answering = True
        try:
            report()
        finally:
            self._answering = False
        self.current = None
        self.farewell_text.setText(words(self._controller.status()))
        self.main.hide()
        self.farewell.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._farewell_timer.start(FAREWELL_MS)

    def _on_done(self) -> None:
        if self.current is None:
            return
        self.farewell_title.setText(QCoreApplication.translate("Card", "Well done"))
        self._answer(self._controller.card_done, texts.after_done)

    def _on_snooze(self) -> None:
        if self.current is None or not self.current.can_snooze:
            return
        self.farewell_title.setText(QCoreApplication.translate("Card", "Snoozed"))
        self._answer(self._controller.card_snooze, texts.after_snooze)

    def _on_skip(self) -> None:
        if self.current is None or not self.current.can_skip:
            return
        self.farewell_title.setText(QCoreApplication.translate("Card", "Skipped"))
        self._answer(self._controller.card_skip, texts.after_skip)

    def _on_another(self) -> None:
        if self.current is None:
            return
        self.guide.stop()
        following = self._controller.card_another(self.current.exercise.id)
        if following is None:
            if self._hurt_id is None:
                self._show_note(self.no_other)
            self.another.setEnabled(False)
            self._set_primary(self.another, False)
            self._set_primary(self.done, True)
            return
        self.present(following)

    def _on_hurts(self) -> None:
        if self.current is None:
            return
        self.guide.stop()
        self._hurt_id = self.current.exercise.id
        self._controller.card_hurts(self._hurt_id)
        self.hurt_text.setText(texts.hurts_note())
        self._show_hurt_note(True)
        # "Another one" becomes the obvious next step.
        self._set_primary(self.done, False)
        self._set_primary(self.another, self.another.isEnabled())
        if self.another.isEnabled():
            self.another.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_undo(self) -> None:
        if self._hurt_id is None:
            return
        self._controller.card_hurts_undo(self._hurt_id)
        self._hurt_id = None
        self.safety.setText(texts.hurts_undone())
        self._show_note(None)
        self._show_hurt_note(False)
        self._set_primary(self.another, False)
        self._set_primary(self.done, self.guide.complete)

    def _set_primary(self, button: QPushButton, primary: bool) -> None:
        if button.property("primary") is primary:
            return
        button.setProperty("primary", primary)
        # A dynamic property change needs a re-polish for the style sheet to notice it.
        button.style().unpolish(button)
        button.style().polish(button)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._frame_timer.stop()
        self.guide.stop()
        self._ticker.stop()
        self._farewell_timer.stop()
        if not self._closing_by_us and self.current is not None and self.isVisible():
            self._shown_at.invalidate()
            self.current = None
            self._controller.card_dismissed()
        event.accept()
