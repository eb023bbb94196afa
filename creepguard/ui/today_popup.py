"""The small "today" popup shown by a left click on the tray icon, and its status panel.

:class:`StatusPanel` (the numbers) is shared with the no-tray status window, so both
always say the same thing in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QCursor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from creepguard.core.model import Posture, State
from creepguard.ui import look, texts
from creepguard.ui.icons import icon_spec, render_spec, tone_color
from creepguard.ui.look import calm_style
from creepguard.ui.port import Controller, PauseLength, StatusView

STATUS_ICON_PX = 32


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor`` (relative sizes follow the system font setting)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def fit_height(window: QWidget, width: int | None = None, *, fixed: bool = False) -> None:
    """Give a top-level window the height its word-wrapped text needs at ``width``.

    ``QWidget.adjustSize()`` and a layout's minimum size both ignore height-for-width
    (word-wrapped QLabel) in nested layouts, so a window shrinks until its text is
    clipped (QTBUG-37673, "word wrap breaks size constraints of the window"); ask the
    layout for its height at the width instead.

    Args:
        window: a top-level widget with a layout.
        width: the width to fit (default: the current width).
        fixed: also fix the size (the window manager then offers no maximise).
    """
    layout = window.layout()
    if layout is None:
        window.adjustSize()
        return
    layout.activate()
    width = width if width is not None else max(window.width(), layout.totalMinimumSize().width())
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    height = max(height, layout.totalMinimumSize().height())
    if fixed:
        window.setFixedSize(width, height)
    else:
        window.setMinimumHeight(height)
        window.resize(width, height)


class StatusPanel(QWidget):
    """Status lines: what is happening, the sit so far, next card, today (with its breaks,
    prompts and sits), recovery, source.

    Args:
        parent: the parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        header = QHBoxLayout()
        header.setSpacing(10)
        self.icon = QLabel()
        self.icon.setFixedSize(STATUS_ICON_PX, STATUS_ICON_PX)  # never squeezed or clipped
        self.icon.setAccessibleName(QCoreApplication.translate("Status", "Status icon"))
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status = QLabel()
        self.status.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.status.setWordWrap(True)
        header.addWidget(self.status, 1)
        layout.addLayout(header)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(
            QCoreApplication.translate("Status", "Sitting toward the next posture change")
        )
        layout.addWidget(self.progress)

        self.next_prompt = QLabel()
        self.creep = QLabel()
        self.today = QLabel()
        self.breaks = QLabel()  # how today's breaks came about
        self.prompts = QLabel()  # how today's prompts ended
        self.sits = QLabel()  # the longest sit and the time past the creep threshold
        self.recovery = QLabel()
        self.backend = QLabel()
        self.problems = QLabel()
        for label in (
            self.next_prompt,
            self.creep,
            self.today,
            self.breaks,
            self.prompts,
            self.sits,
            self.recovery,
            self.backend,
            self.problems,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        muted = self.backend.palette()
        muted.setColor(self.backend.foregroundRole(), muted.color(muted.ColorRole.PlaceholderText))
        self.backend.setPalette(muted)
        self.backend.setFont(scaled_font(self.font(), 0.9))

    def update_view(self, view: StatusView) -> None:
        """Show ``view``."""
        # Drawn at the screen's device pixels: sharp at 2x, the whole ring shown.
        self.icon.setPixmap(
            render_spec(icon_spec(view), STATUS_ICON_PX, None, self.devicePixelRatioF())
        )
        self.status.setText(texts.status_line(view))
        sitting = view.state is State.SITTING and not view.paused
        self.progress.setVisible(sitting)
        self.progress.setRange(0, max(1, int(view.posture_change_s)))
        self.progress.setValue(min(int(view.sitting_s), int(view.posture_change_s)))
        # The bar takes the icon's colour (teal, amber past the creep threshold, red when
        # due); the status text above says the same in words.
        palette = self.progress.palette()
        palette.setColor(palette.ColorRole.Highlight, tone_color(view))
        self.progress.setPalette(palette)
        self.next_prompt.setText(texts.next_prompt_line(view))
        creep = texts.creep_line(view)
        self.creep.setText(creep)
        self.creep.setVisible(bool(creep))
        self.today.setText(texts.today_line(view.today))
        for label, text in (
            (self.breaks, texts.breaks_line(view.today)),
            (self.prompts, texts.prompts_line(view.today)),
            (self.sits, texts.sits_line(view.today)),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        recovery = texts.recovery_line(view)
        self.recovery.setText(recovery)
        self.recovery.setVisible(bool(recovery))
        backend = texts.backend_line(view)
        self.backend.setText(backend)
        self.backend.setVisible(bool(backend))
        self.problems.setText("\n".join(view.problems))
        self.problems.setVisible(bool(view.problems))


class TodayPopup(QFrame):
    """A small popup with today's numbers and quick actions (left click on the tray).

    It is a ``Qt.Popup``: it closes on any click outside it, like a menu.

    Args:
        controller: the app.
        parent: the parent widget (usually None: a top-level popup).
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self._controller = controller
        self._view: StatusView | None = None
        self.setObjectName("today")
        self.setStyleSheet(calm_style("today") + f"#today {{ border: 1px solid {look.EDGE}; }}")
        self.setAccessibleName(QCoreApplication.translate("Today", "CreepGuard today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        self.panel = StatusPanel(self)
        layout.addWidget(self.panel)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.take_break = QPushButton(QCoreApplication.translate("Today", "Take a break now"))
        self.take_break.setProperty("primary", True)
        self.posture = QPushButton()
        self.pause = QPushButton(QCoreApplication.translate("Today", "Pause 30 min"))
        self.resume = QPushButton(QCoreApplication.translate("Today", "Resume"))
        for button, name in (
            (self.take_break, "take_break"),
            (self.posture, "posture"),
            (self.pause, "pause"),
            (self.resume, "resume"),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.take_break.clicked.connect(self._take_break)
        self.posture.clicked.connect(self._toggle_posture)
        self.pause.clicked.connect(self._pause)
        self.resume.clicked.connect(self._resume)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)

    def update_view(self, view: StatusView) -> None:
        """Show ``view``."""
        self._view = view
        self.panel.update_view(view)
        self.posture.setText(texts.posture_toggle(view))
        self.posture.setAccessibleName(self.posture.text())
        for button in (self.take_break, self.pause, self.resume):
            button.setAccessibleName(button.text())
        self.pause.setVisible(not view.paused)
        self.resume.setVisible(view.paused)
        self.take_break.setEnabled(texts.may_take_a_break(view))

    def popup_near(self, anchor: QRect | None = None) -> None:
        """Show next to ``anchor`` (the tray icon's geometry), or at the mouse cursor.

        Under a D-Bus tray ``QSystemTrayIcon.geometry()`` is empty, so the cursor (which
        has just clicked the icon) is the best anchor there.
        """
        fit_height(self, max(self.minimumWidth(), self.sizeHint().width()))
        point = anchor.center() if anchor is not None and anchor.isValid() else QCursor.pos()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.size()
        x = min(max(area.left(), point.x() - size.width() // 2), area.right() - size.width())
        below = point.y() + 12
        y = below if below + size.height() <= area.bottom() else point.y() - 12 - size.height()
        self.move(QPoint(x, max(area.top(), y)))
        self.show()

    def _take_break(self) -> None:
        self.hide()
        self._controller.take_break()

    def _toggle_posture(self) -> None:
        self.hide()
        standing = self._view is not None and self._view.posture is Posture.STANDING
        self._controller.set_posture(Posture.SITTING if standing else Posture.STANDING)

    def _pause(self) -> None:
        self.hide()
        self._controller.pause(PauseLength.MINUTES_30)

    def _resume(self) -> None:
        self.hide()
        self._controller.resume()
