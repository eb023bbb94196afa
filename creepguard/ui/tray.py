"""The tray icon, its menu and its "today" popup.

:class:`Tray` owns the ``QSystemTrayIcon``. It is on the path to the tray's first frame, so
it imports only Qt: the menu (:mod:`creepguard.ui.menu`), the drawn icon and the texts
load with the app's first status, a moment after the icon is on screen.

Whether to live in the tray or in the status window is decided by
:class:`creepguard.ui.surface.TrayOrWindow`; the app normally uses that, not
:class:`Tray` directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

if TYPE_CHECKING:
    from collections.abc import Callable

    from creepguard.ui.icons import IconSpec
    from creepguard.ui.menu import MenuActions
    from creepguard.ui.port import Controller, StatusView
    from creepguard.ui.today_popup import TodayPopup


class Tray(QObject):
    """The system-tray icon with its menu, tooltip and "today" popup.

    Args:
        controller: the app.
        app_icon: shown until the first :meth:`update`.
        parent: the QObject parent.
        on_click: asked first on a left click; True means it handled the click (opened a
            card announced by a notification), so the today popup stays closed.

    Signals:
        message_clicked(): the person clicked a message shown with :meth:`show_message`.
    """

    message_clicked = Signal()

    def __init__(
        self,
        controller: Controller,
        app_icon: QIcon,
        parent: QObject | None = None,
        *,
        on_click: Callable[[], bool] | None = None,
    ):
        super().__init__(parent)
        self._controller = controller
        self._on_click = on_click
        self._spec: IconSpec | None = None
        self._view: StatusView | None = None
        self._menu_actions: MenuActions | None = None
        # QMenu is a QWidget and cannot take a QObject parent; this object keeps it alive.
        self.menu = QMenu()
        self.icon = QSystemTrayIcon(app_icon, self)
        self._tooltip = QCoreApplication.applicationName()
        self.icon.setToolTip(self._tooltip)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self._ensure_menu)  # a click before the first status
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.popup: TodayPopup | None = None

    @property
    def menu_actions(self) -> MenuActions:
        """The menu's actions, built (and the menu filled) on first use: the first status
        update, a moment after the icon appears, or a right click before that."""
        if self._menu_actions is None:
            from creepguard.ui.menu import MenuActions

            self._menu_actions = MenuActions(self._controller, self)
            # Named here, not at construction: the first accessible name starts Qt's
            # platform accessibility (on X11 its AT-SPI bridge), ~5 ms measured before
            # the tray's first frame.
            self.menu.setAccessibleName(QCoreApplication.translate("Tray", "CreepGuard menu"))
            self._menu_actions.fill(self.menu)
            self._menu_actions.status.triggered.connect(self.show_today)
            view = self._view if self._view is not None else self._controller.status()
            self._menu_actions.update_view(view)
        return self._menu_actions

    def _ensure_menu(self) -> None:
        self.menu_actions  # noqa: B018 - building it is the point

    @property
    def available(self) -> bool:
        """Whether Qt sees a system tray (see TrayOrWindow for why to ask it late)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def spec(self) -> IconSpec | None:
        """What the icon shows now (None before the first update)."""
        return self._spec

    def update(self, view: StatusView) -> None:
        """Show ``view``: icon (only redrawn when it changes), tooltip, menu, popup."""
        from creepguard.ui import texts
        from creepguard.ui.icons import icon_spec, spec_icon

        self._view = view
        spec = icon_spec(view)
        if spec != self._spec:
            self._spec = spec
            self.icon.setIcon(spec_icon(spec))
        tooltip = texts.tooltip(view)
        if tooltip != self._tooltip:
            self._tooltip = tooltip
            self.icon.setToolTip(tooltip)
        self.menu_actions.update_view(view)
        if self.popup is not None and self.popup.isVisible():
            self.popup.update_view(view)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()
        if self.popup is not None:
            self.popup.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def show_message(self, title: str, body: str, msecs: int = 15000) -> None:
        """A balloon (XEmbed) or a notification (D-Bus tray) from the tray icon.

        ``QSystemTrayIcon.showMessage`` silently does nothing without a tray, while
        ``supportsMessages()`` still says True: prefer the Notifier; this is its fallback.
        """
        self.icon.showMessage(title, body, self.icon.icon(), msecs)

    def show_today(self) -> None:
        """Open the "today" popup next to the icon (or at the cursor)."""
        if self.popup is None:
            from creepguard.ui.today_popup import TodayPopup  # not before the first click

            self.popup = TodayPopup(self._controller)
        view = self._view if self._view is not None else self._controller.status()
        self.popup.update_view(view)
        self.popup.popup_near(self.icon.geometry())
        if view.problems:
            self._controller.problems_seen()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            # on_click may take the click (a card announced by a notification opens).
            if self._on_click is not None and self._on_click():
                return
            self.show_today()

    def close(self) -> None:
        """Remove the icon and its windows."""
        self.hide()
        self.menu.deleteLater()
        if self.popup is not None:
            self.popup.deleteLater()
            self.popup = None
