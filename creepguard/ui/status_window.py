"""Living without a system tray: the status window, and the choice between it and the tray.

:class:`TrayOrWindow` is what the app builds. It shows the tray icon when the desktop
has a tray and :class:`StatusWindow` when it has none, and it moves between the two when
a tray appears or goes away (told by :class:`~creepguard.ui.desktop_state.TrayHostWatcher`,
by events: a D-Bus service watcher and X11 selection messages, no polling).

Why the ``QSystemTrayIcon`` is created only once a tray host is seen, and made anew each
time one (re)appears: a ``QSystemTrayIcon`` picks its backend once, when it is
constructed (``QSystemTrayIconPrivate`` asks the platform theme for a D-Bus tray icon in
its constructor). One built while no StatusNotifierWatcher exists never registers with a
watcher that starts later (checked with Qt 6.12 and a fake watcher on a private bus), and
stays on the XEmbed path, invisible in a D-Bus-only tray (GNOME's AppIndicator
extension, KDE on Wayland). That is exactly the start-at-login race where the app starts
before the panel. So :class:`TrayOrWindow` watches for a host itself, and builds the tray
icon after one exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from creepguard.ui import texts
from creepguard.ui.port import Controller, StatusView
from creepguard.ui.today_popup import StatusPanel, fit_height, scaled_font
from creepguard.ui.tray import MenuActions, Tray


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


class TrayHost(Protocol):
    """What :class:`TrayOrWindow` needs to know about tray hosts (see TrayHostWatcher)."""

    @property
    def changed(self) -> SignalInstance: ...

    def present(self) -> bool: ...


class TrayOrWindow(QObject):
    """The app's always-present surface: the tray icon if there is a tray, else a window.

    Use :meth:`update` with every new status, :meth:`show` once at start-up and
    :meth:`show_message` as the notifier's fallback.

    Args:
        controller: the app.
        app_icon: the application icon.
        host: tells whether a tray host exists and when that changes (default: a
            :class:`~creepguard.ui.desktop_state.TrayHostWatcher`).
        qt_tray_available: Qt's own check, asked only after ``host`` says yes.
        show_tray_note: let the status window show its one-time note on getting a tray.
        parent: the QObject parent.

    Signals:
        mode_changed(bool): True when living in the tray, False in the status window.
        message_clicked(): a fallback message (tray balloon or window banner) was clicked.
        tray_note_dismissed(): forwarded from the status window.
    """

    mode_changed = Signal(bool)
    message_clicked = Signal()
    tray_note_dismissed = Signal()

    def __init__(
        self,
        controller: Controller,
        app_icon: QIcon,
        *,
        host: TrayHost | None = None,
        qt_tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        show_tray_note: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._app_icon = app_icon
        self._qt_tray_available = qt_tray_available
        self._show_tray_note = show_tray_note
        if host is None:
            from creepguard.ui.desktop_state import TrayHostWatcher

            host = TrayHostWatcher(parent=self)
        self._host = host
        self._host.changed.connect(self._reconsider)
        self._view: StatusView | None = None
        self._tray: Tray | None = None
        self._window: StatusWindow | None = None
        self._in_tray: bool | None = None
        self._shown = False

    @property
    def in_tray(self) -> bool:
        """True while living in the tray."""
        return bool(self._in_tray)

    @property
    def tray(self) -> Tray | None:
        """The tray, once a tray host has been seen."""
        return self._tray

    @property
    def status_window(self) -> StatusWindow | None:
        """The status window, once it was needed."""
        return self._window

    def update(self, view: StatusView) -> None:
        """Show a new status wherever we live."""
        self._view = view
        if self._tray is not None:
            self._tray.update(view)
        if self._window is not None:
            self._window.update_view(view)

    def show(self) -> None:
        """Appear: in the tray when one exists, else as the status window."""
        self._shown = True
        self._reconsider()

    def show_message(self, title: str, body: str) -> None:
        """A message from the tray icon, or inside the status window without a tray."""
        if self._in_tray and self._tray is not None:
            self._tray.show_message(title, body)
        else:
            self._ensure_window().show_message(title, body)

    def _tray_usable(self) -> bool:
        # Our own look first; Qt's check (which pins its D-Bus-or-XEmbed choice) after.
        return self._host.present() and self._qt_tray_available()

    def _reconsider(self) -> None:
        if not self._shown:
            return
        in_tray = self._tray_usable()
        if in_tray == self._in_tray:
            return
        moving = self._in_tray is not None
        self._in_tray = in_tray
        if in_tray:
            if moving and self._tray is not None:
                # A new host may be of the other kind (D-Bus vs XEmbed): rebuild the icon.
                self._tray.close()
                self._tray.deleteLater()
                self._tray = None
            tray = self._ensure_tray()
            tray.show()
            if self._window is not None:
                self._window.close_for_real()
        else:
            if self._tray is not None:
                self._tray.hide()
            window = self._ensure_window()
            fit_height(window, max(window.minimumWidth(), window.sizeHint().width()))
            # When the tray vanishes mid-session, appear without taking the keyboard
            # from whatever the person is typing into.
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, moving)
            window.show()
        self.mode_changed.emit(in_tray)

    def _ensure_tray(self) -> Tray:
        if self._tray is None:
            self._tray = Tray(self._controller, self._app_icon, self)
            self._tray.message_clicked.connect(self.message_clicked)
            if self._view is not None:
                self._tray.update(self._view)
        return self._tray

    def _ensure_window(self) -> StatusWindow:
        if self._window is None:
            self._window = StatusWindow(
                self._controller, self._app_icon, show_tray_note=self._show_tray_note
            )
            self._window.message_clicked.connect(self.message_clicked)
            self._window.tray_note_dismissed.connect(self.tray_note_dismissed)
            view = self._view if self._view is not None else self._controller.status()
            self._window.update_view(view)
        return self._window

    def close(self) -> None:
        """Remove the icon and the window (at quit)."""
        if self._tray is not None:
            self._tray.close()
        if self._window is not None:
            self._window.close_for_real()
            self._window.deleteLater()
            self._window = None
