"""Living without a system tray: the status window, with the tray's status and actions.

:class:`~creepguard.ui.surface.TrayOrWindow` decides when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from creepguard.ui import texts
from creepguard.ui.look import calm_style
from creepguard.ui.menu import MenuActions
from creepguard.ui.port import Controller, StatusView
from creepguard.ui.today_popup import StatusPanel, fit_height, scaled_font


class StatusWindow(QWidget):
    """A small window offering the tray's status and actions, for desktops without a tray.

    Closing it by the title bar minimises it instead: it is the only way to reach the
    app, and quitting is an explicit action.

    Args:
        controller: the app.
        app_icon: the window icon.
        show_tray_note: show the one-time note on how to get a tray.
        parent: the parent widget (usually None).

    Signals:
        tray_note_dismissed(): the person read the tray note; the app should not show it
            again (store that).
        message_clicked(): the person clicked the message shown by :meth:`show_message`.
    """

    tray_note_dismissed = Signal()
    message_clicked = Signal()

    def __init__(
        self,
        controller: Controller,
        app_icon: QIcon,
        *,
        show_tray_note: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._closing_for_real = False
        self.setWindowTitle(texts.app_name())
        self.setWindowIcon(app_icon)
        self.setObjectName("statusWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(calm_style("statusWindow"))
        self.setAccessibleName(QCoreApplication.translate("StatusWindow", "CreepGuard status"))
        self.menu_actions = MenuActions(controller, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)

        self._build_message(layout)
        self.panel = StatusPanel(self)
        layout.addWidget(self.panel)

        self._build_buttons(layout)
        self._build_tray_note(layout, show_tray_note)
        layout.addStretch(1)

        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 58)

    def _build_message(self, layout: QVBoxLayout) -> None:
        # The notification fallback: a message shown inside the window.
        self.message = QFrame()
        self.message.setObjectName("message")
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        message_layout = QHBoxLayout(self.message)
        self.message_text = QLabel()
        self.message_text.setWordWrap(True)
        self.message_text.setTextFormat(Qt.TextFormat.PlainText)
        message_layout.addWidget(self.message_text, 1)
        self.message_open = QPushButton(QCoreApplication.translate("StatusWindow", "Open"))
        self.message_open.setAccessibleName(
            QCoreApplication.translate("StatusWindow", "Open the message")
        )
        self.message_open.clicked.connect(self._message_open)
        message_layout.addWidget(self.message_open)
        self.message_close = QPushButton(QCoreApplication.translate("StatusWindow", "Dismiss"))
        self.message_close.setAccessibleName(
            QCoreApplication.translate("StatusWindow", "Dismiss the message")
        )
        self.message_close.clicked.connect(self.message.hide)
        message_layout.addWidget(self.message_close)
        self.message.hide()
        layout.addWidget(self.message)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        a = self.menu_actions

        def button(action_text: str, on_click: Callable[[], None], name: str) -> QPushButton:
            made = QPushButton(action_text)
            made.setObjectName(name)
            made.setAccessibleName(action_text.replace("&", ""))
            made.clicked.connect(lambda _checked=False: on_click())
            return made

        self.take_break = button(a.take_break.text(), a.take_break.trigger, "take_break")
        self.take_break.setDefault(True)
        self.posture = button(a.posture.text(), a.posture.trigger, "posture")
        self.away = button(a.away.text(), a.away.trigger, "away")
        self.gap = QPushButton(a.gap_menu.title())
        self.gap.setObjectName("gap")
        self.gap.setAccessibleName(a.gap_menu.title().replace("&", ""))
        self.gap.setMenu(a.gap_menu)
        self.pause = QPushButton(a.pause_menu.title())
        self.pause.setObjectName("pause")
        self.pause.setAccessibleName(a.pause_menu.title().replace("&", ""))
        self.pause.setMenu(a.pause_menu)
        self.resume = button(a.resume.text(), a.resume.trigger, "resume")
        self.seated_only = QCheckBox(a.seated_only.text())
        self.seated_only.setObjectName("seated_only")
        self.seated_only.setAccessibleName(a.seated_only.text().replace("&", ""))
        self.seated_only.clicked.connect(lambda checked: a.seated_only.setChecked(bool(checked)))
        a.seated_only.toggled.connect(self.seated_only.setChecked)
        self.settings = button(a.settings.text(), a.settings.trigger, "settings")
        self.history = button(a.history.text(), a.history.trigger, "history")
        self.quit = button(a.quit.text(), a.quit.trigger, "quit")

        grid.addWidget(self.take_break, 0, 0)
        grid.addWidget(self.posture, 0, 1)
        grid.addWidget(self.away, 0, 2)
        grid.addWidget(self.gap, 1, 0)
        grid.addWidget(self.pause, 1, 1)
        grid.addWidget(self.resume, 1, 1)
        grid.addWidget(self.seated_only, 1, 2)
        grid.addWidget(self.settings, 2, 0)
        grid.addWidget(self.history, 2, 1)
        grid.addWidget(self.quit, 2, 2)
        layout.addLayout(grid)

    def _build_tray_note(self, layout: QVBoxLayout, show: bool) -> None:
        # The one-time note on getting a tray.
        self.tray_note = QFrame()
        self.tray_note.setObjectName("tray_note")
        self.tray_note.setFrameShape(QFrame.Shape.StyledPanel)
        note_layout = QVBoxLayout(self.tray_note)
        note = QLabel(texts.tray_missing_note())
        note.setWordWrap(True)
        note.setFont(scaled_font(self.font(), 0.92))
        note_layout.addWidget(note)
        self.note_ok = QPushButton(QCoreApplication.translate("StatusWindow", "Got it"))
        self.note_ok.setAccessibleName(
            QCoreApplication.translate("StatusWindow", "Got it, hide this note")
        )
        self.note_ok.clicked.connect(self._dismiss_note)
        note_layout.addWidget(self.note_ok, 0, Qt.AlignmentFlag.AlignRight)
        self.tray_note.setVisible(show)
        layout.addWidget(self.tray_note)

    def update_view(self, view: StatusView) -> None:
        """Show ``view`` (the same texts as the tray)."""
        self.menu_actions.update_view(view)
        self.panel.update_view(view)
        a = self.menu_actions
        self.setWindowTitle(texts.app_name() + " \u2013 " + texts.status_line(view))
        self.posture.setText(a.posture.text())
        self.posture.setAccessibleName(a.posture.text().replace("&", ""))
        self.away.setVisible(a.away.isVisible())
        self.pause.setVisible(not view.paused)
        self.resume.setVisible(view.paused)
        self.take_break.setEnabled(a.take_break.isEnabled())
        self.seated_only.setChecked(view.seated_only)

    def show_message(self, title: str, body: str) -> None:
        """Show a message inside the window (the last fallback for notifications)."""
        self.message_text.setText(f"{title}\n{body}" if body else title)
        self.message.show()
        fit_height(self)
        if self.isMinimized():
            self.showNormal()
        # Ask the window manager to flag the window (taskbar blink), without stealing focus.
        QApplication.alert(self)

    def close_for_real(self) -> None:
        """Hide the window for good (the app moved into the tray, or quits)."""
        self._closing_for_real = True
        self.hide()
        self._closing_for_real = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing_for_real:
            event.accept()
            return
        event.ignore()
        self.showMinimized()

    def _dismiss_note(self) -> None:
        self.tray_note.hide()
        self.setMinimumHeight(0)
        fit_height(self)
        self.tray_note_dismissed.emit()

    def _message_open(self) -> None:
        self.message.hide()
        self.message_clicked.emit()
