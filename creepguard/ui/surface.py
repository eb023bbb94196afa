"""The app's always-present surface: the tray icon, or the status window without a tray.

:class:`TrayOrWindow` is what the app builds. It shows the tray icon when the desktop
has a tray and :class:`~creepguard.ui.status_window.StatusWindow` when it has none, and it
moves between the two when a tray appears or goes away (told by
:class:`~creepguard.sensing.desktop_state.TrayHostWatcher`, by events: a D-Bus service watcher
and X11 selection messages, no polling).

Why the ``QSystemTrayIcon`` is created only once a tray host is seen, and made anew each
time one (re)appears: a ``QSystemTrayIcon`` picks its backend once, when it is
constructed (``QSystemTrayIconPrivate`` asks the platform theme for a D-Bus tray icon in
its constructor). One built while no StatusNotifierWatcher exists never registers with a
watcher that starts later (checked with Qt 6.12 and a fake watcher on a private bus), and
stays on the XEmbed path, invisible in a D-Bus-only tray (GNOME's AppIndicator
extension, KDE on Wayland). That is exactly the start-at-login race where the app starts
before the panel. So :class:`TrayOrWindow` watches for a host itself, and builds the tray
icon after one exists.

This module is on the path to the first frame, so the tray and the window are imported
when first built: a tray session never loads the window's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from creepguard.paths import resource_dir
from creepguard.ui.look import TRAY_SIZES

if TYPE_CHECKING:
    from creepguard.ui.port import Controller, StatusView
    from creepguard.ui.status_window import StatusWindow
    from creepguard.ui.tray import Tray


def starting_pngs() -> dict[int, Path]:
    """Where the empty ring lies ready-drawn, by edge in pixels."""
    folder = resource_dir() / "icons" / "tray"
    return {size: folder / f"starting-{size}.png" for size in TRAY_SIZES}


def starting_icon() -> QIcon:
    """The empty ring (a sit of 0 minutes) from PNG files drawn ahead
    (``scripts/render_tray_icons.py``), so the tray's first frame draws nothing: the first
    drawing imports the renderer and builds Qt's enums and painter (~25 ms). Falls back to
    drawing when the files are missing."""
    icon = QIcon()
    for size, path in starting_pngs().items():
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        from creepguard.ui.icons import STARTING_SPEC, spec_icon

        return spec_icon(STARTING_SPEC)
    return icon


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
        app_icon: the status window's icon (None: the application icon, loaded when the
            window is first built; an SVG icon loads Qt's SVG engine, ~2 MiB).
        tray_icon: the tray icon until the first :meth:`update` (default: ``app_icon``).
        host: tells whether a tray host exists and when that changes (default: a
            :class:`~creepguard.sensing.desktop_state.TrayHostWatcher`).
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
        app_icon: QIcon | None,
        *,
        host: TrayHost | None = None,
        qt_tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        show_tray_note: bool = True,
        tray_icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._app_icon = app_icon
        self._tray_icon = tray_icon
        self._qt_tray_available = qt_tray_available
        self._show_tray_note = show_tray_note
        if host is None:
            from creepguard.sensing.desktop_state import TrayHostWatcher

            host = TrayHostWatcher(parent=self)
        self._host = host
        self._host.changed.connect(self._reconsider)
        self._view: StatusView | None = None
        self._tray: Tray | None = None
        self._window: StatusWindow | None = None
        self._in_tray: bool | None = None
        self._shown = False
        #: asked first on a left click on the tray icon; True: it took the click
        self.on_tray_click: Callable[[], bool] | None = None

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
            from PySide6.QtCore import Qt

            from creepguard.ui.today_popup import fit_height

            window = self._ensure_window()
            fit_height(window, max(window.minimumWidth(), window.sizeHint().width()))
            # When the tray vanishes mid-session, appear without taking the keyboard
            # from whatever the person is typing into.
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, moving)
            window.show()
        self.mode_changed.emit(in_tray)

    def _ensure_tray(self) -> Tray:
        if self._tray is None:
            from creepguard.ui.tray import Tray

            first = self._tray_icon if self._tray_icon is not None else self._icon()
            self._tray = Tray(self._controller, first, self, on_click=self._tray_clicked)
            self._tray.message_clicked.connect(self.message_clicked)
            if self._view is not None:
                self._tray.update(self._view)
        return self._tray

    def _tray_clicked(self) -> bool:
        return self.on_tray_click() if self.on_tray_click is not None else False

    def _ensure_window(self) -> StatusWindow:
        if self._window is None:
            from creepguard.ui.status_window import StatusWindow

            self._window = StatusWindow(
                self._controller, self._icon(), show_tray_note=self._show_tray_note
            )
            self._window.message_clicked.connect(self.message_clicked)
            self._window.tray_note_dismissed.connect(self.tray_note_dismissed)
            view = self._view if self._view is not None else self._controller.status()
            self._window.update_view(view)
        return self._window

    def _icon(self) -> QIcon:
        if self._app_icon is None:
            from creepguard.ui.icons import app_icon

            self._app_icon = app_icon()
        return self._app_icon

    def close(self) -> None:
        """Remove the icon and the window (at quit)."""
        if self._tray is not None:
            self._tray.close()
        if self._window is not None:
            self._window.close_for_real()
            self._window.deleteLater()
            self._window = None
