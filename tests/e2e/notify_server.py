"""A private session bus with a minimal freedesktop notification server, for runs with no
display (the fault tests): the app's notifications are recorded, so a test can check
that the person is told.

The server answers ``Notify`` with a ``u`` id as real servers do, and ``GetCapabilities``,
``GetServerInformation`` and ``CloseNotification``; it runs on a thread with its own
jeepney connection.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

from tests.harness.bus import start_bus
from tests.harness.processes import DesktopUnavailable, stop_process

SERVICE = "org.freedesktop.Notifications"


class NotificationBus:
    """``dbus-daemon`` on a private socket with a recording notification server.

    Attributes:
        address: the bus address, for ``DBUS_SESSION_BUS_ADDRESS``.
        received: ``(app_name, summary, body)`` of every ``Notify`` call, in order.
    """

    def __init__(self, folder: Path) -> None:
        self._daemon, self.address = start_bus(folder)
        self.received: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name="notification-server")
        self._thread.start()
        if not self._ready.wait(10):
            self.close()
            raise DesktopUnavailable(f"the notification server did not start: {self._error}")

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        try:
            connection = open_dbus_connection(bus=self.address)
        except (OSError, ValueError) as error:
            self._error = error
            return
        with connection:
            Proxy(message_bus, connection).RequestName(SERVICE, 0x4)
            self._ready.set()
            counter = 0
            while not self._stop.is_set():
                try:
                    message = connection.receive(timeout=0.1)
                except TimeoutError:
                    continue
                except (OSError, EOFError, ValueError):
                    return
                header = message.header
                if header.message_type is not MessageType.method_call:
                    continue
                member = header.fields.get(HeaderFields.member)
                if member == "Notify":
                    app_name, _replaces, _icon, summary, body = message.body[:5]
                    with self._lock:
                        self.received.append((str(app_name), str(summary), str(body)))
                    counter += 1
                    reply = new_method_return(message, "u", (counter,))
                elif member == "GetCapabilities":
                    reply = new_method_return(message, "as", (["body", "actions"],))
                elif member == "GetServerInformation":
                    reply = new_method_return(
                        message, "ssss", ("creepguard-test", "tests", "1", "1.2")
                    )
                elif member == "CloseNotification":
                    reply = new_method_return(message)
                else:
                    reply = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
                with contextlib.suppress(OSError, ValueError):
                    connection.send(reply)

    def messages(self) -> list[tuple[str, str, str]]:
        with self._lock:
            return list(self.received)

    def wait_for(self, text: str, timeout_s: float = 15) -> tuple[str, str, str]:
        """The first notification whose summary or body contains ``text``."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for message in self.messages():
                if text in message[1] or text in message[2]:
                    return message
            time.sleep(0.05)
        raise TimeoutError(f"no notification with {text!r}; got {self.messages()}")

    def close(self) -> None:
        self._stop.set()
        if hasattr(self, "_thread"):
            self._thread.join(timeout=5)
        stop_process(self._daemon, 5)
