"""The stretch card: one exercise, shown on top, calm and obvious.

What the card promises the person:

* It appears on the screen under the mouse pointer, above other windows.
* In the gentle style it does not take the keyboard (``WA_ShowWithoutActivating`` and
  ``WindowDoesNotAcceptFocus``); a click into it hands it the keyboard. In the focused
  style it is activated.
* For the first two seconds after it appears every key is ignored, so someone in the
  middle of typing does not dismiss it by accident. After that, Enter means Done and
  Esc means Snooze.
* Stop any exercise that hurts: "This hurts" reports it and offers another.

Everything shown comes from a :class:`~creepguard.ui.port.CardView`; everything done
goes to the :class:`~creepguard.ui.port.Controller`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from creepguard.core.exercises import HoldKind
from creepguard.ui import texts
from creepguard.ui.port import CardView, Controller
from creepguard.ui.today_popup import fit_height, scaled_font

KEY_GUARD_MS = 2000
ILLUSTRATION_PX = 200
ACCENT = "#0f766e"

# Colours: near-white card on a faintly tinted window, one accent, muted text that still
# has AA contrast on white. Font sizes are never set here (they follow the system font).
STYLE = f"""
#cardWindow {{ background: #eef2f4; }}
#card {{ background: #fdfefe; border: 1px solid #d6dfe4; border-radius: 16px; }}
#card QLabel {{ color: #1d272d; background: transparent; }}
#card QLabel[role="headline"] {{ color: {ACCENT}; }}
#card QLabel[role="muted"] {{ color: #56626b; }}
#card QLabel[role="number"] {{ color: {ACCENT}; }}
#hold {{ background: #f1f6f6; border-radius: 10px; }}
#caution {{ background: #fff6e5; border-left: 4px solid #c77700; border-radius: 6px; }}
#hurt {{ background: #fdeeec; border-left: 4px solid #b93a32; border-radius: 6px; }}
#card QPushButton {{
    background: #ffffff; color: #1d272d; border: 1px solid #c5d0d7; border-radius: 8px;
    padding: 7px 14px;
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
"""


def _label(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role is not None:
        label.setProperty("role", role)
    return label


class HoldTimer(QFrame):
    """The hold: a seconds countdown with a Start button, or a count of breaths or reps.

    The countdown reads a ``QElapsedTimer`` rather than counting timer ticks, so a busy
    event loop cannot stretch the hold.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hold")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        self.label = _label()
        self.label.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(self.label, 1)
        self.remaining = _label()
        self.remaining.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.remaining.setAccessibleName(
            QCoreApplication.translate("Card", "Time left in the hold")
        )
        layout.addWidget(self.remaining)
        self.start = QPushButton(QCoreApplication.translate("Card", "Start timer"))
        self.start.setObjectName("start")
        self.start.setAccessibleName(QCoreApplication.translate("Card", "Start the hold timer"))
        self.start.clicked.connect(self._start_or_stop)
        layout.addWidget(self.start)
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._elapsed = QElapsedTimer()
        self._seconds = 0
        self._sides = False
        self._side = 1

    def set_hold(self, kind: HoldKind, count: int, text: str, *, sides: bool) -> None:
        """Show a new hold (stops any running countdown)."""
        self._ticker.stop()
        self.label.setText(text)
        self._sides = sides
        self._side = 1
        self._seconds = count if kind is HoldKind.SECONDS else 0
        timed = kind is HoldKind.SECONDS
        self.start.setVisible(timed)
        self.remaining.setVisible(timed)
        self.start.setText(QCoreApplication.translate("Card", "Start timer"))
        self.remaining.setText(texts.seconds_left(self._seconds) if timed else "")

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    def stop(self) -> None:
        self._ticker.stop()

    def _start_or_stop(self) -> None:
        if self._ticker.isActive():
            self._ticker.stop()
            self.remaining.setText(texts.seconds_left(self._seconds))
            self.start.setText(QCoreApplication.translate("Card", "Start timer"))
            return
        self._elapsed.start()
        self._ticker.start()
        self.start.setText(QCoreApplication.translate("Card", "Stop"))
        self._tick()

    def _tick(self) -> None:
        left = self._seconds - self._elapsed.elapsed() / 1000.0
        if left > 0:
            self.remaining.setText(texts.seconds_left(math.ceil(left)))
            return
        self._ticker.stop()
        if self._sides and self._side == 1:
            self._side = 2
            self.remaining.setText(QCoreApplication.translate("Card", "Other side"))
            self.start.setText(QCoreApplication.translate("Card", "Start other side"))
        else:
            self.remaining.setText(QCoreApplication.translate("Card", "Well done"))
            self.start.setText(QCoreApplication.translate("Card", "Again"))
            self._side = 1


class StretchCard(QWidget):
    """The stretch card window.

    Args:
        controller: the app; told about everything the person does.
        parent: usually None (a top-level window).
        key_guard_ms: keys are ignored this long after the card appears (tests pass 0
            or a large value instead of sleeping).

    Attributes:
        done, another, snooze, skip, hurts: the buttons (QPushButton).
        current: the CardView shown, or None.
    """

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        key_guard_ms: int = KEY_GUARD_MS,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.key_guard_ms = key_guard_ms
        self._shown_at = QElapsedTimer()
        self._closing_by_us = False
        self.current: CardView | None = None
        self._gentle = True

        self.setObjectName("cardWindow")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(texts.app_name())
        # Tool: no taskbar entry; on top; only a close button in the title bar.
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        # macOS hides tool windows of inactive applications; the card must stay.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        self.card = QFrame()
        self.card.setObjectName("card")
        outer.addWidget(self.card)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(26, 22, 26, 20)
        layout.setSpacing(14)
        self._build_heading(layout)
        self._build_body(layout)
        self._build_notes(layout)
        self._build_buttons(layout)
        self._guard_children()

    def _build_heading(self, layout: QVBoxLayout) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.headline = _label(role="headline")
        self.headline.setFont(scaled_font(self.font(), 1.1, bold=True))
        heading.addWidget(self.headline)
        self.title = _label()
        self.title.setFont(scaled_font(self.font(), 1.65, bold=True))
        self.title.setAccessibleDescription(QCoreApplication.translate("Card", "Exercise"))
        heading.addWidget(self.title)
        self.meta = _label(role="muted")
        heading.addWidget(self.meta)
        layout.addLayout(heading)

    def _build_body(self, layout: QVBoxLayout) -> None:
        body = QHBoxLayout()
        body.setSpacing(22)
        self.illustration = QSvgWidget()
        self.illustration.setFixedSize(ILLUSTRATION_PX, ILLUSTRATION_PX)
        self.illustration.setAccessibleName(QCoreApplication.translate("Card", "Illustration"))
        body.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)
        self.steps_box = QWidget()
        self.steps = QGridLayout(self.steps_box)
        self.steps.setContentsMargins(0, 0, 0, 0)
        self.steps.setHorizontalSpacing(10)
        self.steps.setVerticalSpacing(9)
        self.steps.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        body.addWidget(self.steps_box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body)
        self.hold = HoldTimer()
        layout.addWidget(self.hold)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        self.why = _label(role="muted")
        layout.addWidget(self.why)

        self.caution = QFrame()
        self.caution.setObjectName("caution")
        caution_layout = QHBoxLayout(self.caution)
        caution_layout.setContentsMargins(12, 8, 12, 8)
        self.caution_text = _label()
        caution_layout.addWidget(self.caution_text)
        layout.addWidget(self.caution)

        self.hurt_note = QFrame()
        self.hurt_note.setObjectName("hurt")
        hurt_layout = QHBoxLayout(self.hurt_note)
        hurt_layout.setContentsMargins(12, 8, 12, 8)
        self.hurt_text = _label(texts.hurts_note())
        hurt_layout.addWidget(self.hurt_text)
        self.hurt_note.hide()
        layout.addWidget(self.hurt_note)

        self.no_other = _label(
            QCoreApplication.translate("Card", "No other exercise fits right now."), role="muted"
        )
        self.no_other.hide()
        layout.addWidget(self.no_other)

        self.safety = _label(role="muted")
        self.safety.setFont(scaled_font(self.font(), 0.92))
        layout.addWidget(self.safety)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.hurts = self._button(
            QCoreApplication.translate("Card", "This hurts"), "hurts", self._on_hurts
        )
        self.hurts.setProperty("quiet", True)
        self.hurts.setAccessibleDescription(
            QCoreApplication.translate(
                "Card", "Stop this exercise, report that it hurts and see another one"
            )
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
        self.done.setProperty("primary", True)
        self.done.setAccessibleDescription(
            QCoreApplication.translate("Card", "I did the exercise (Enter)")
        )
        buttons.addWidget(self.hurts)
        buttons.addStretch(1)
        for button in (self.skip, self.snooze, self.another, self.done):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        # Tab order follows the reading order: the timer, then the buttons left to right.
        order = [self.hold.start, self.hurts, self.skip, self.snooze, self.another, self.done]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

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
        """Show ``card`` (replacing any card shown) and tell the controller."""
        was_visible = self.isVisible()
        self._fill(card)
        gentle = not card.takes_focus
        if not was_visible:
            self._set_gentle(gentle)
            self._resize_and_place()
            self._shown_at.start()
            self.show()
            if not gentle:
                self.raise_()
                self.activateWindow()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._resize_keeping_place()
        self._controller.card_shown(card.exercise.id)

    def close_card(self) -> None:
        """The app withdraws the card (the person stood up, or the prompt ended)."""
        self._hide_quietly()

    def _fill(self, card: CardView) -> None:
        self.current = card
        exercise = card.exercise
        self.hurt_note.hide()
        self.no_other.hide()
        self.done.setProperty("primary", True)
        self.another.setProperty("primary", False)
        self._restyle(self.done, self.another)
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
        if path.is_file():
            self.illustration.load(str(path))
            renderer = self.illustration.renderer()
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            size = renderer.defaultSize()
            if size.isValid() and size.width() > 0:
                height = round(ILLUSTRATION_PX * size.height() / size.width())
                self.illustration.setFixedSize(QSize(ILLUSTRATION_PX, height))
            self.illustration.setAccessibleDescription(
                QCoreApplication.translate("Card", "Drawing of %1").replace("%1", exercise.title)
            )
            self.illustration.show()
        else:
            self.illustration.hide()

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
        self.hold.set_hold(
            exercise.hold.kind,
            exercise.hold.count,
            texts.hold_text(exercise.hold, sides=exercise.sides),
            sides=exercise.sides,
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
        self.another.setEnabled(True)

    def _set_gentle(self, gentle: bool) -> None:
        self._gentle = gentle
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, gentle)
        if bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus) != gentle:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, gentle)

    def _width(self) -> int:
        # Wide enough for the drawing and comfortable lines of steps, in text units so a
        # larger system font gives a wider card.
        return max(640, self.fontMetrics().averageCharWidth() * 92)

    def _resize_and_place(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(self._width(), int(area.width() * 0.95))
        fit_height(self, width, fixed=True)
        height = min(self.height(), area.height())
        x = area.left() + (area.width() - width) // 2
        y = area.top() + max(0, (area.height() - height) // 3)
        self.move(x, y)

    def _resize_keeping_place(self) -> None:
        top_left = self.pos()
        fit_height(self, self.width(), fixed=True)
        self.move(top_left)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_at.isValid():
            self._shown_at.start()

    # --- keys ------------------------------------------------------------------------------

    def keys_guarded(self) -> bool:
        """True during the first moments after the card appeared (keys are ignored)."""
        return not self._shown_at.isValid() or self._shown_at.elapsed() < self.key_guard_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            if self.keys_guarded():
                return True  # swallowed: the person was typing elsewhere
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key = event.key()
                # Enter on a focused button presses that button (Qt only does this for
                # dialog buttons); Enter anywhere else is handled by keyPressEvent.
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                    watched, QPushButton
                ):
                    watched.click()
                    return True
        elif kind == QEvent.Type.MouseButtonPress and self._gentle:
            self._accept_keyboard()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._gentle:
            self._accept_keyboard()
        super().mousePressEvent(event)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.keys_guarded():
            event.accept()
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
        self.hold.stop()
        self._closing_by_us = True
        self.hide()
        self._closing_by_us = False
        self._shown_at.invalidate()

    def _on_done(self) -> None:
        self._hide_quietly()
        self._controller.card_done()

    def _on_snooze(self) -> None:
        if self.current is None or not self.current.can_snooze:
            return
        self._hide_quietly()
        self._controller.card_snooze()

    def _on_skip(self) -> None:
        if self.current is None or not self.current.can_skip:
            return
        self._hide_quietly()
        self._controller.card_skip()

    def _on_another(self) -> None:
        if self.current is None:
            return
        self.hold.stop()
        following = self._controller.card_another(self.current.exercise.id)
        if following is None:
            self.no_other.show()
            self.another.setEnabled(False)
            self._resize_keeping_place()
            return
        self.present(following)

    def _on_hurts(self) -> None:
        if self.current is None:
            return
        self.hold.stop()
        self._controller.card_hurts(self.current.exercise.id)
        self.hurt_note.show()
        # "Another one" becomes the obvious next step.
        self.done.setProperty("primary", False)
        self.another.setProperty("primary", True)
        self._restyle(self.done, self.another)
        self.another.setFocus(Qt.FocusReason.OtherFocusReason)
        self._resize_keeping_place()

    @staticmethod
    def _restyle(*widgets: QWidget) -> None:
        # A dynamic property change needs a re-polish for the style sheet to notice it.
        for widget in widgets:
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.hold.stop()
        if not self._closing_by_us and self.current is not None and self.isVisible():
            self._shown_at.invalidate()
            self._controller.card_dismissed()
        event.accept()
