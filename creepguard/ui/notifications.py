"""Desktop notifications: freedesktop ``Notify`` over D-Bus, with fallbacks.

Why not ``QSystemTrayIcon.showMessage``: it silently does nothing without a tray (while
``supportsMessages()`` still says True), and under an XEmbed tray Qt draws its own
balloon. Why not QtDBus for the call: PySide6 sends a Python ``int`` as ``int32`` where
``Notify`` wants ``uint32`` (``replaces_id``), and real servers refuse the call (GDBus
checks the signature). So the call goes out through ``jeepney`` with the explicit
signature ``susssasa{sv}i``.

No threads: one :class:`~creepguard.dbus_client.JeepneyConnection` (the shared D-Bus
client), opened on first use (authentication bounded by a short timeout), its socket
watched by a ``QSocketNotifier`` so replies and the ``ActionInvoked`` /
``NotificationClosed`` signals are handled on the main thread. Receiving on the *same*
connection that sent ``Notify`` matters: some servers (GNOME Shell) send those signals
only to the sender. The connection is the notifier's own, kept for the whole run: the
sensing backends' buses are opened and closed as backends come and go.

When no server answers within ``timeout_ms`` (or the bus is missing), the message goes
to ``fallback`` instead: the app passes :meth:`TrayOrWindow.show_message
<creepguard.ui.surface.TrayOrWindow.show_message>`, which uses the tray icon's
message or, with no tray either, a banner inside the status window.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from creepguard.dbus_client import DBusError, JeepneyConnection

_log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
_MATCH = f"type='signal',interface='{INTERFACE}',path='{PATH}'"


class Notifier(QObject):
    """Sends desktop notifications and reports their action button.

    Args:
        app_icon: an icon file path or icon-theme name, shown by the server.
        fallback: ``fallback(title, body)`` shows a message when no server answers.
        bus_address: the session bus (default: ``DBUS_SESSION_BUS_ADDRESS``).
        app_name: the sending application's name.
        desktop_entry: the desktop file's name without ``.desktop`` (a hint to servers).
        timeout_ms: how long to wait for the server's reply before the fallback.
        parent: the QObject parent.

    Signals:
        action_invoked(str): the person chose the action (its key, e.g. "stretch"), on
            the notification or on the fallback message.
        delivered(bool): the last notification reached a server (True) or went to the
            fallback (False); for diagnostics and tests.
    """

    action_invoked = Signal(str)
    delivered = Signal(bool)

    def __init__(
        self,
        app_icon: str,
        fallback: Callable[[str, str], None] | None = None,
        *,
        bus_address: str | None = None,
        app_name: str = "CreepGuard",
        desktop_entry: str = "creepguard",
        timeout_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon = app_icon
        self._fallback = fallback
        self._address = bus_address
        self._app_name = app_name
        self._desktop_entry = desktop_entry
        self._timeout_ms = timeout_ms
        self._conn: JeepneyConnection | None = None
        # Notifications sent and not yet answered, by a key of our own.
        self._pending: dict[int, tuple[str, str, tuple[str, str] | None]] = {}
        self._keys = itertools.count(1)
        self._current_id = 0  # the server's id of our visible notification
        self._current_action: str | None = None
        self._fallback_action: str | None = None
        self._closing = False

    # --- public ----------------------------------------------------------------------------

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None:
        """Show a notification, replacing the one shown before (there is only ever one).

        Args:
            title: the summary line.
            body: the text (plain; servers may interpret a little markup).
            action: ``(key, label)`` for one button, e.g. ``("stretch", "Stretch now")``;
                clicking the notification itself counts as that action too.

        Returns at once: the server's reply, or the fallback, comes later.
        """
        conn = self._connection()
        if conn is None:
            self._use_fallback(title, body, action)
            return
        actions: list[str] = []
        if action is not None:
            # "default" is the click on the notification body (spec: the default action).
            actions = ["default", action[1], action[0], action[1]]
        hints = {"desktop-entry": ("s", self._desktop_entry), "urgency": ("y", 1)}
        key = next(self._keys)
        try:
            serial = conn.call(
                SERVICE,
                PATH,
                INTERFACE,
                "Notify",
                signature=NOTIFY_SIGNATURE,
                args=(
                    self._app_name,
                    self._current_id,
                    self._icon,
                    title,
                    body,
                    actions,
                    hints,
                    -1,
                ),
                on_reply=lambda reply: self._on_notify_reply(key, reply),
                on_error=lambda error: self._on_notify_error(key, error),
            )
        except DBusError as exc:
            _log.info("notification not sent (%s); using the fallback", exc)
            self._drop_connection()
            self._use_fallback(title, body, action)
            return
        self._pending[key] = (title, body, action)
        # The connection is named: one opened later (after this one was lost) numbers its
        # calls afresh, and this timer must not forget one of those.
        QTimer.singleShot(self._timeout_ms, self, lambda: self._expire(key, conn, serial))

    def withdraw(self) -> None:
        """Close our notification, if one is shown (the prompt ended by itself)."""
        conn = self._conn
        if conn is None or not self._current_id:
            return
        try:
            conn.send(
                SERVICE,
                PATH,
                INTERFACE,
                "CloseNotification",
                signature="u",
                args=(self._current_id,),
            )
        except DBusError:
            self._drop_connection()
        self._current_id = 0
        self._current_action = None

    def fallback_clicked(self) -> None:
        """Connect the fallback's "message clicked" signal here."""
        if self._fallback_action is not None:
            action, self._fallback_action = self._fallback_action, None
            self.action_invoked.emit(action)

    def close(self) -> None:
        """Close the bus connection."""
        self._closing = True
        self._drop_connection()

    # --- the connection --------------------------------------------------------------------

    def _connection(self) -> JeepneyConnection | None:
        if self._conn is not None:
            return self._conn
        address = self._address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            return None
        try:
            conn = JeepneyConnection(
                address, auth_timeout_s=0.5, on_signal=self._on_signal, on_lost=self._on_lost
            )
        except DBusError as exc:
            _log.info("no session bus for notifications (%s)", exc)
            return None
        try:
            conn.add_match(_MATCH)
        except DBusError as exc:
            conn.close()
            _log.info("no session bus for notifications (%s)", exc)
            return None
        self._conn = conn
        return conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        pending = list(self._pending.values())
        self._pending.clear()
        self._current_id = 0
        if not self._closing:
            for title, body, action in pending:
                self._use_fallback(title, body, action)

    def _on_lost(self, exc: Exception) -> None:
        _log.info("notification bus connection lost: %s", exc)
        self._drop_connection()

    def _on_notify_reply(self, key: int, reply: tuple[Any, ...]) -> None:
        entry = self._pending.pop(key, None)
        if entry is None:  # the fallback already took it (no answer in time)
            return
        self._current_id = int(reply[0])
        self._current_action = entry[2][0] if entry[2] is not None else None
        self.delivered.emit(True)

    def _on_notify_error(self, key: int, error: DBusError) -> None:
        entry = self._pending.pop(key, None)
        if entry is None:
            return
        _log.info("notification refused (%s); using the fallback", error.name)
        self._use_fallback(*entry)

    def _on_signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if member == "ActionInvoked" and len(body) >= 2 and body[0] == self._current_id:
            key = str(body[1])
            if key == "default":
                key = self._current_action or ""
            if key:
                self.action_invoked.emit(key)
        elif member == "NotificationClosed" and body and body[0] == self._current_id:
            self._current_id = 0
            self._current_action = None

    def _expire(self, key: int, conn: JeepneyConnection, serial: int) -> None:
        if conn is self._conn:
            conn.forget(serial)
        entry = self._pending.pop(key, None)
        if entry is not None:
            _log.info("no notification server answered in %d ms", self._timeout_ms)
            self._use_fallback(*entry)

    def _use_fallback(self, title: str, body: str, action: tuple[str, str] | None) -> None:
        self._fallback_action = action[0] if action is not None else None
        if self._fallback is not None:
            self._fallback(title, body)
        self.delivered.emit(False)
