"""The one D-Bus client: every message CreepGuard sends is built here, every connection
opened here. QtDBus first, jeepney where QtDBus cannot.

QtDBus (PySide6) delivers signals on the main thread and marshals simple types well, so it
carries signals and calls whose arguments and replies are strings, booleans and numbers.
Two PySide6 limits send some calls to jeepney instead:

* Python ints go out signed (``i``), so a method wanting ``u`` or ``t`` is refused by
  services that check (Mutter's ``RemoveWatch``, the notification server's ``Notify``).
* PySide6 cannot take apart a received ``QDBusArgument``: its ``beginArray`` /
  ``beginStructure`` are bound only for writing ("QDBusArgument: write from a read-only
  object"), so arrays of structs such as logind's ``ListInhibitors`` reply ``a(ssssuu)``
  cannot be decoded.

jeepney runs here without threads: a :class:`JeepneyConnection` is opened on first use,
its socket watched by a ``QSocketNotifier`` so replies and signals are handled on the main
thread like QtDBus's. jeepney itself is imported only when such a connection is opened.

Users: the sensing backends hold a :class:`Bus` each (one per bus, explicit address);
``sensing.desktop_state`` asks a ``QDBusConnection`` through the blocking helpers and the
service watcher below; ``ui.notifications`` keeps a :class:`JeepneyConnection` of its own
for the whole run (the backends' buses are opened and closed as backends come and go, and
the notification signals must arrive on the connection that sent ``Notify``).

Every connection opened here uses an explicit bus address (never the process
environment), so the factory and the tests can point it at test buses; the one exception
is :func:`qt_session_bus`, Qt's own session connection, which the desktop-state readers use
when they are not given one.
"""

from __future__ import annotations

import contextlib
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
    QDBusServiceWatcher,
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


SignalHandler = Callable[[str | None, tuple[Any, ...]], None]
"""Receives a signal's member name and body (jeepney)."""


class JeepneyConnection:
    """A jeepney connection driven by the Qt event loop (replies and signals on the main
    thread), for the calls QtDBus cannot make.

    Args:
        address: the bus address.
        auth_timeout_s: how long opening and authenticating may block.
        on_signal: called with each signal this connection receives (after
            :meth:`add_match`); None ignores signals.
        on_lost: called once when the bus drops the connection (it is closed by then);
            None logs a warning.

    Raises:
        DBusError: the bus cannot be reached.
    """

    def __init__(
        self,
        address: str,
        *,
        auth_timeout_s: float = 1.0,
        on_signal: SignalHandler | None = None,
        on_lost: Callable[[Exception], None] | None = None,
    ) -> None:
        # Imported here: jeepney is needed only where QtDBus cannot make a call.
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._conn = open_dbus_connection(address, auth_timeout=auth_timeout_s)
        except (OSError, RuntimeError, ValueError) as exc:
            raise DBusError("creepguard.JeepneyConnect", str(exc)) from exc
        self._on_signal = on_signal
        self._on_lost = on_lost
        self._pending: dict[
            int, tuple[float, Callable[[tuple[Any, ...]], None], Callable[[DBusError], None]]
        ] = {}
        self._notifier = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_readable)
        self._closed = False

    @staticmethod
    def _method_call(
        service: str, path: str, iface: str, member: str, *, signature: str, args: tuple[Any, ...]
    ) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(path, bus_name=service, interface=iface)
        return new_method_call(address, member, signature or None, args)

    def call(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        *,
        signature: str,
        args: tuple[Any, ...],
        on_reply: Callable[[tuple[Any, ...]], None],
        on_error: Callable[[DBusError], None],
    ) -> int:
        """Send a call; ``on_reply(body)`` or ``on_error`` runs later on the main thread.

        A call that is never answered stays pending (see :meth:`pending_age_s`) until
        :meth:`forget` or :meth:`drop_pending`.

        Returns:
            The call's serial, for :meth:`forget`.

        Raises:
            DBusError: the message could not be sent (the connection is closed or broken).
        """
        message = self._method_call(service, path, iface, member, signature=signature, args=args)
        serial: int = next(self._conn.outgoing_serial)
        self._send(message, serial)
        self._pending[serial] = (time.monotonic(), on_reply, on_error)
        return serial

    def forget(self, serial: int) -> None:
        """Stop waiting for the reply to one call (a late reply is then ignored)."""
        self._pending.pop(serial, None)

    def send(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        *,
        signature: str,
        args: tuple[Any, ...],
    ) -> None:
        """Send a call and ignore its reply.

        Raises:
            DBusError: the message could not be sent.
        """
        self._send(
            self._method_call(service, path, iface, member, signature=signature, args=args), None
        )

    def add_match(self, rule: str) -> None:
        """Ask the bus to route the signals ``rule`` matches to this connection.

        Raises:
            DBusError: the request could not be sent.
        """
        self.send(DBUS_SERVICE, DBUS_PATH, DBUS_SERVICE, "AddMatch", signature="s", args=(rule,))

    def _send(self, message: Any, serial: int | None) -> None:
        if self._closed:
            raise DBusError("creepguard.Closed", "the bus connection is closed")
        try:
            self._conn.send(message, serial=serial)
        except (OSError, ValueError) as exc:
            raise DBusError("IOError", str(exc)) from exc

    def pending_age_s(self) -> float:
        if not self._pending:
            return 0.0
        return time.monotonic() - min(entry[0] for entry in self._pending.values())

    def drop_pending(self) -> None:
        self._pending.clear()

    def _on_readable(self) -> None:
        from jeepney import HeaderFields, MessageType

        while not self._closed:
            try:
                message = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError, EOFError) as exc:
                self.close()
                if self._on_lost is None:
                    _log.warning("D-Bus connection (jeepney) lost: %s", exc)
                    return
                try:
                    self._on_lost(exc)
                except Exception:  # as below: nothing may escape into Qt's event loop
                    _log.exception("handling a lost D-Bus connection failed")
                return
            header = message.header
            try:
                if header.message_type == MessageType.signal:
                    if self._on_signal is not None:
                        self._on_signal(header.fields.get(HeaderFields.member), message.body)
                    continue
                serial = header.fields.get(HeaderFields.reply_serial)
                entry = self._pending.pop(serial, None) if serial is not None else None
                if entry is None:
                    continue
                if header.message_type == MessageType.error:
                    text = message.body[0] if message.body else ""
                    name = header.fields.get(HeaderFields.error_name, "Error")
                    entry[2](DBusError(str(name), str(text)))
                else:
                    entry[1](tuple(message.body))
            except Exception:  # an exception must not escape into Qt's event loop
                _log.exception("handling a D-Bus message failed")

    def close(self) -> None:
        """Close the connection; pending calls are forgotten. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._pending.clear()
        with contextlib.suppress(OSError):
            self._conn.close()


# QtDBus, on any QDBusConnection -------------------------------------------------------


def qt_session_bus() -> QDBusConnection:
    """Qt's own connection to the session bus (it may be disconnected)."""
    return QDBusConnection.sessionBus()


def _method_call(
    service: str, path: str, iface: str, member: str, args: Sequence[Any]
) -> QDBusMessage:
    message = QDBusMessage.createMethodCall(service, path, iface, member)
    message.setArguments(list(args))
    return message


def call_blocking(
    connection: QDBusConnection,
    service: str,
    path: str,
    iface: str,
    member: str,
    *,
    args: Sequence[Any] = (),
    timeout_ms: int,
) -> list[Any]:
    """A blocking call on ``connection``; only for simple argument and reply types.

    Raises:
        DBusError: an error reply or a timeout.
    """
    reply = connection.call(
        _method_call(service, path, iface, member, args), QDBus.CallMode.Block, timeout_ms
    )
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusError(reply.errorName() or "NoReply", reply.errorMessage())
    return [unwrap(a) for a in reply.arguments()]


def get_property_blocking(
    connection: QDBusConnection, service: str, path: str, iface: str, prop: str, *, timeout_ms: int
) -> Any:
    """One property of a simple type, or None when it cannot be read (blocking)."""
    try:
        args = call_blocking(
            connection, service, path, PROPERTIES, "Get", args=(iface, prop), timeout_ms=timeout_ms
        )
    except DBusError:
        return None
    return args[0] if args else None


def service_registered(connection: QDBusConnection, service: str) -> bool:
    """Whether ``service`` has an owner on ``connection``'s bus now (blocking)."""
    reply = connection.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def watch_service(
    connection: QDBusConnection,
    service: str,
    on_change: Callable[[str], None],
    parent: QObject,
) -> Callable[[], None]:
    """Call ``on_change(service)`` on the main thread whenever ``service`` gains or loses
    its owner, by the bus's signals (never by polling).

    Returns:
        A function that stops watching.
    """
    watcher = QDBusServiceWatcher(
        service,
        connection,
        QDBusServiceWatcher.WatchModeFlag.WatchForRegistration
        | QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration,
        parent,
    )
    watcher.serviceRegistered.connect(on_change)
    watcher.serviceUnregistered.connect(on_change)
    return lambda: watcher.setWatchedServices([])


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
        self._jeepney: JeepneyConnection | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"Bus({self.kind}, {self.address!r})"

    # QtDBus ---------------------------------------------------------------------------

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
        return call_blocking(
            self._qt, service, path, iface, member, args=args, timeout_ms=timeout_ms
        )

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
        message = _method_call(service, path, iface, member, args)
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

    def _jeepney_client(self) -> JeepneyConnection:
        if self._closed:
            raise DBusError("creepguard.Closed", "the bus connection is closed")
        if self._jeepney is None:
            self._jeepney = JeepneyConnection(self.address)
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

        def failed(error: DBusError) -> None:
            if on_error is not None:
                on_error(error)

        try:
            self._jeepney_client().call(
                service,
                path,
                iface,
                member,
                signature=signature,
                args=args,
                on_reply=on_reply,
                on_error=failed,
            )
        except DBusError as exc:
            failed(exc)

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
        try:
            self._jeepney_client().send(
                service, path, iface, member, signature=signature, args=args
            )
        except DBusError as exc:
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
