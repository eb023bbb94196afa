"""The D-Bus plumbing the backends share: QtDBus first, jeepney where QtDBus cannot.

QtDBus (PySide6) delivers signals on the main thread and marshals simple types well, so it
carries signals and calls whose arguments and replies are strings, booleans and numbers.
Two PySide6 limits send some calls to jeepney instead:

* Python ints go out signed (``i``), so a method wanting ``u`` or ``t`` is refused by
  services that check (Mutter's ``RemoveWatch``; see ARCHITECTURE.md).
* PySide6 cannot take apart a received ``QDBusArgument``: its ``beginArray`` /
  ``beginStructure`` are bound only for writing ("QDBusArgument: write from a read-only
  object"), so arrays of structs such as logind's ``ListInhibitors`` reply ``a(ssssuu)``
  cannot be decoded.

jeepney runs here without threads: one connection per bus, opened on first use, its socket
watched by a ``QSocketNotifier`` so replies are handled on the main thread like QtDBus's.

Every connection uses an explicit bus address (never the process environment), so the
factory can be pointed at test buses.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusVariant,
)

_log = logging.getLogger(__name__)
_names = itertools.count(1)

DBUS_SERVICE = "org.freedesktop.DBus"
DBUS_PATH = "/org/freedesktop/DBus"
PROPERTIES = "org.freedesktop.DBus.Properties"

Handler = Callable[[list[Any]], None]
# PySide6 takes the receiving slot as a SLOT()-style string ("1" marks a slot). Its type
# stubs say bytes, but at run time 6.12 accepts only str (bytes raise ValueError), hence
# the type: ignore[call-overload] where it is passed.
_SLOT = "1deliver(QDBusMessage)"


class DBusError(Exception):
    """A D-Bus call failed.

    Attributes:
        name: the D-Bus error name, such as ``org.freedesktop.DBus.Error.NotSupported``.
    """

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name


def unwrap(value: Any) -> Any:
    """Turn QtDBus wrappers into plain Python values where PySide6 allows it."""
    if isinstance(value, QDBusVariant):
        return unwrap(value.variant())
    if isinstance(value, QDBusObjectPath):
        return value.path()
    return value


class _SignalRelay(QObject):
    """Receives one D-Bus signal (QtDBus needs a QObject slot) and calls a handler."""

    def __init__(self, handler: Handler) -> None:
        super().__init__()
        self._handler = handler

    @Slot(QDBusMessage)
    def deliver(self, message: QDBusMessage) -> None:
        try:
            self._handler([unwrap(a) for a in message.arguments()])
        except Exception:  # an exception must not escape into Qt's event loop
            _log.exception("handling D-Bus signal %s failed", message.member())


class _JeepneyClient:
    """A jeepney connection driven by the Qt event loop (replies on the main thread)."""

    def __init__(self, address: str, timeout_s: float = 1.0) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self._conn = open_dbus_connection(address, auth_timeout=timeout_s)
        self._pending: dict[int, tuple[float, Callable[[Any], None]]] = {}
        self._notifier = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_readable)
        self._closed = False

    def call(self, message: Any, on_reply: Callable[[Any], None]) -> None:
        serial = next(self._conn.outgoing_serial)
        self._pending[serial] = (time.monotonic(), on_reply)
        self._conn.send(message, serial=serial)

    def send(self, message: Any) -> None:
        self._conn.send(message)

    def pending_age_s(self) -> float:
        if not self._pending:
            return 0.0
        return time.monotonic() - min(t for t, _ in self._pending.values())

    def drop_pending(self) -> None:
        self._pending.clear()

    def _on_readable(self) -> None:
        from jeepney import HeaderFields

        while not self._closed:
            try:
                message = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError) as exc:
                _log.warning("D-Bus connection (jeepney) lost: %s", exc)
                self.close()
                return
            serial = message.header.fields.get(HeaderFields.reply_serial)
            entry = self._pending.pop(serial, None) if serial is not None else None
            if entry is None:
                continue
            try:
                entry[1](message)
            except Exception:
                _log.exception("handling a D-Bus reply failed")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._pending.clear()
        self._conn.close()


class Bus:
    """One message bus, reached at an explicit address.

    Args:
        address: a D-Bus address such as ``unix:path=/run/user/1000/bus``.
        kind: ``"session"`` or ``"system"``, for messages.

    Raises:
        DBusError: the bus cannot be reached.
    """

    def __init__(self, address: str, kind: str) -> None:
        if QCoreApplication.instance() is None:
            raise DBusError("creepguard.NoApplication", "create the Qt application first")
        self.address = address
        self.kind = kind
        self._name = f"creepguard-{kind}-{next(_names)}"
        self._qt = QDBusConnection.connectToBus(address, self._name)
        if not self._qt.isConnected():
            error = self._qt.lastError()
            QDBusConnection.disconnectFromBus(self._name)
            raise DBusError(error.name() or "Disconnected", error.message())
        self._relays: list[tuple[tuple[str, str, str, str], _SignalRelay]] = []
        self._watchers: set[QDBusPendingCallWatcher] = set()
        self._jeepney: _JeepneyClient | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"Bus({self.kind}, {self.address!r})"

    # QtDBus ---------------------------------------------------------------------------

    @staticmethod
    def _message(
        service: str, path: str, iface: str, member: str, args: Sequence[Any]
    ) -> QDBusMessage:
        message = QDBusMessage.createMethodCall(service, path, iface, member)
        message.setArguments(list(args))
        return message

    def call(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        args: Sequence[Any] = (),
        *,
        timeout_ms: int = 500,
    ) -> list[Any]:
        """A blocking call; only for simple argument and reply types.

        Raises:
            DBusError: an error reply, a timeout, or a closed bus.
        """
        if self._closed:
            raise DBusError("creepguard.Closed", "the bus connection is closed")
        message = self._message(service, path, iface, member, args)
        reply = self._qt.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise DBusError(reply.errorName() or "NoReply", reply.errorMessage())
        return [unwrap(a) for a in reply.arguments()]

    def call_async(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        args: Sequence[Any] = (),
        *,
        on_reply: Handler,
        on_error: Callable[[DBusError], None] | None = None,
        timeout_ms: int = 2000,
    ) -> None:
        """A call whose reply arrives later, on the main thread."""
        if self._closed:
            return
        message = self._message(service, path, iface, member, args)
        watcher = QDBusPendingCallWatcher(self._qt.asyncCall(message, timeout_ms))
        self._watchers.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(done)
            reply = done.reply()
            done.deleteLater()
            if self._closed:
                return
            try:
                if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                    on_reply([unwrap(a) for a in reply.arguments()])
                elif on_error is not None:
                    on_error(DBusError(reply.errorName() or "NoReply", reply.errorMessage()))
                else:
                    _log.debug("%s.%s failed: %s", iface, member, reply.errorMessage())
            except Exception:
                _log.exception("handling the reply to %s.%s failed", iface, member)

        watcher.finished.connect(finished)

    def get_property(
        self, service: str, path: str, iface: str, prop: str, *, timeout_ms: int = 500
    ) -> Any:
        """Read one property of a simple type (blocking)."""
        return self.call(service, path, PROPERTIES, "Get", (iface, prop), timeout_ms=timeout_ms)[0]

    def get_property_async(
        self,
        service: str,
        path: str,
        iface: str,
        prop: str,
        *,
        on_value: Callable[[Any], None],
        on_error: Callable[[DBusError], None] | None = None,
    ) -> None:
        """Read one property of a simple type; ``on_value`` gets it later."""
        self.call_async(
            service,
            path,
            PROPERTIES,
            "Get",
            (iface, prop),
            on_reply=lambda args: on_value(args[0]),
            on_error=on_error,
        )

    def name_has_owner(self, name: str) -> bool:
        """Whether ``name`` is owned now (never starts a service by activation)."""
        try:
            return bool(
                self.call(DBUS_SERVICE, DBUS_PATH, DBUS_SERVICE, "NameHasOwner", (name,))[0]
            )
        except DBusError:
            return False

    def can_start(self, name: str) -> bool:
        """Whether the bus would start ``name`` on the first call (a .service file)."""
        try:
            (names,) = self.call(DBUS_SERVICE, DBUS_PATH, DBUS_SERVICE, "ListActivatableNames")
        except (DBusError, ValueError):
            return False
        return name in names

    def connect_signal(
        self, service: str, path: str, iface: str, member: str, handler: Handler
    ) -> Callable[[], None] | None:
        """Call ``handler(args)`` on the main thread for each such signal.

        Returns:
            A function that cancels the subscription, or None when it failed.
        """
        if self._closed:
            return None
        relay = _SignalRelay(handler)
        key = (service, path, iface, member)
        connected = self._qt.connect(service, path, iface, member, relay, _SLOT)  # type: ignore[call-overload]
        if not connected:
            _log.warning("cannot subscribe to %s.%s on %s", iface, member, path)
            return None
        entry = (key, relay)
        self._relays.append(entry)

        def cancel() -> None:
            if entry in self._relays:
                self._relays.remove(entry)
                if not self._closed:
                    self._qt.disconnect(service, path, iface, member, relay, _SLOT)  # type: ignore[call-overload]

        return cancel

    # jeepney --------------------------------------------------------------------------

    def _jeepney_client(self) -> _JeepneyClient:
        if self._closed:
            raise DBusError("creepguard.Closed", "the bus connection is closed")
        if self._jeepney is None:
            try:
                self._jeepney = _JeepneyClient(self.address)
            except (OSError, RuntimeError, ValueError) as exc:
                raise DBusError("creepguard.JeepneyConnect", str(exc)) from exc
        return self._jeepney

    def typed_call_async(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        *,
        signature: str,
        args: tuple[Any, ...],
        on_reply: Callable[[tuple[Any, ...]], None],
        on_error: Callable[[DBusError], None] | None = None,
    ) -> None:
        """A call with an explicit signature and full reply decoding (jeepney)."""
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        address = DBusAddress(path, bus_name=service, interface=iface)
        message = new_method_call(address, member, signature or None, args)

        def handle(reply: Any) -> None:
            if reply.header.message_type == MessageType.error:
                if on_error is not None:
                    text = reply.body[0] if reply.body else ""
                    name = reply.header.fields.get(HeaderFields.error_name, "Error")
                    on_error(DBusError(str(name), str(text)))
                return
            on_reply(tuple(reply.body))

        try:
            self._jeepney_client().call(message, handle)
        except (DBusError, OSError) as exc:
            if on_error is not None:
                on_error(exc if isinstance(exc, DBusError) else DBusError("IOError", str(exc)))

    def typed_send(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        *,
        signature: str,
        args: tuple[Any, ...],
    ) -> None:
        """Send a call with an explicit signature and ignore the reply (jeepney)."""
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(path, bus_name=service, interface=iface)
        try:
            self._jeepney_client().send(new_method_call(address, member, signature, args))
        except (DBusError, OSError) as exc:
            _log.debug("%s.%s not sent: %s", iface, member, exc)

    def typed_pending_age_s(self) -> float:
        """How long the oldest unanswered jeepney call has waited."""
        return self._jeepney.pending_age_s() if self._jeepney is not None else 0.0

    def typed_drop_pending(self) -> None:
        if self._jeepney is not None:
            self._jeepney.drop_pending()

    # ----------------------------------------------------------------------------------

    def close(self) -> None:
        """Drop every subscription and both connections; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        for (service, path, iface, member), relay in self._relays:
            self._qt.disconnect(service, path, iface, member, relay, _SLOT)  # type: ignore[call-overload]
        self._relays.clear()
        self._watchers.clear()
        if self._jeepney is not None:
            self._jeepney.close()
            self._jeepney = None
        QDBusConnection.disconnectFromBus(self._name)
