"""Private D-Bus buses for test desktops, and what the tests ask of them.

A bus started here activates only the services named when it starts (their Debian
``.service`` files are copied into its own service folder): nothing is started behind a
test's back, neither the person's notification daemon nor the accessibility bus.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.harness.processes import DesktopUnavailable

BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:dir={folder}</listen>
  <servicedir>{folder}/services</servicedir>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def start_bus(
    folder: Path,
    kind: str = "session",
    services: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen[bytes], str]:
    """A private dbus-daemon (``kind``: session or system) that activates only the named
    services; its process and address.

    The services it starts inherit ``env`` (default: the tests' own environment): give
    them the session's home and XDG folders when they must share files with its clients
    (dconf-service writes where gsettings reads).
    """
    if shutil.which("dbus-daemon") is None:
        raise DesktopUnavailable("dbus-daemon not installed (Debian: apt-get install dbus)")
    (folder / "services").mkdir(parents=True, exist_ok=True)
    for service in services:
        source = Path("/usr/share/dbus-1/services") / f"{service}.service"
        if source.exists():
            shutil.copy(source, folder / "services" / source.name)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(kind=kind, folder=folder), encoding="utf-8")
    process = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        env=env if env is not None else dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 10)
    address = process.stdout.readline().decode().strip() if ready else ""
    if not address:
        process.kill()
        process.wait(5)
        process.stdout.close()
        raise DesktopUnavailable(f"dbus-daemon ({kind}) did not start")
    return process, address


def call(
    address: str,
    service: str,
    path: str,
    interface: str,
    method: str,
    *,
    signature: str = "",
    body: tuple[Any, ...] = (),
    timeout_s: float = 10,
) -> tuple[Any, ...]:
    """One method call on the bus at ``address``; its reply's body (an error raises
    RuntimeError, no answer in time TimeoutError)."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(path, bus_name=service, interface=interface)
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(target, method, signature or None, body), timeout=timeout_s
        )
    if reply.header.message_type.name != "method_return":
        raise RuntimeError(f"{interface}.{method}: {reply.body}")
    return tuple(reply.body)


def _bus_call(address: str, method: str, name: str) -> Any:
    (answer,) = call(
        address,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        method,
        signature="s",
        body=(name,),
        timeout_s=2,
    )
    return answer


def bus_has_name(address: str, name: str) -> bool:
    """Whether ``name`` has an owner on the bus (False when the bus does not answer)."""
    try:
        return bool(_bus_call(address, "NameHasOwner", name))
    except (OSError, ValueError, TimeoutError, RuntimeError):
        return False


def connection_pid(address: str, name: str) -> int | None:
    """The process id behind a bus name (a unique ``:1.N`` or a well-known one)."""
    try:
        return int(_bus_call(address, "GetConnectionUnixProcessID", name))
    except (OSError, ValueError, TimeoutError, RuntimeError):
        return None


# ---------------------------------------------------------------------- the tray (SNI)

WATCHER = "org.kde.StatusNotifierWatcher"


def sni_items(address: str) -> list[tuple[str, str]]:
    """(bus name, object path) of each item registered with the StatusNotifierWatcher
    (KDE's, GNOME's AppIndicator extension, gtk-sni-tray's); empty while there is none, or
    while the watcher is too busy to answer within 2 s (kded5 loading its modules)."""
    try:
        (value,) = call(
            address,
            WATCHER,
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties",
            "Get",
            signature="ss",
            body=(WATCHER, "RegisteredStatusNotifierItems"),
            timeout_s=2,
        )
    except (OSError, ValueError, TimeoutError, RuntimeError):
        return []
    _signature, items = value
    found = []
    for item in items:
        # "name/path" (KDE's watcher, gtk-sni-tray's) or "name@path" (GNOME's extension)
        service, _sep, path = str(item).replace("@", "/").partition("/")
        found.append((service, "/" + path.lstrip("/")))
    return found


def sni_owners(address: str) -> list[int]:
    """Process ids owning the registered tray items."""
    pids = (connection_pid(address, service) for service, _path in sni_items(address))
    return [pid for pid in pids if pid is not None]


def sni_activate(address: str, pid: int) -> bool:
    """Click the tray item of process ``pid`` (what a panel does on a left click:
    org.kde.StatusNotifierItem.Activate); False when it has no item."""
    for service, path in sni_items(address):
        if connection_pid(address, service) == pid:
            try:
                call(
                    address,
                    service,
                    path,
                    "org.kde.StatusNotifierItem",
                    "Activate",
                    signature="ii",
                    body=(640, 10),
                    timeout_s=5,
                )
            except RuntimeError:
                return False
            return True
    return False


# ---------------------------------------------------------------------- watching the bus


class BusRecorder:
    """Messages on a bus that match ``rule``, seen by a bus monitor (the private buses
    allow it): ``seen`` holds (monotonic time received, member, body) of each, and
    ``senders`` the (sender, destination) unique names of the same messages."""

    def __init__(self, bus_address: str, rule: str) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self.seen: list[tuple[float, str, tuple[Any, ...]]] = []
        self.senders: list[tuple[str, str]] = []
        self._connection = open_dbus_connection(bus=bus_address)
        monitoring = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus.Monitoring",
        )
        self._connection.send_and_get_reply(
            new_method_call(monitoring, "BecomeMonitor", "asu", ([rule], 0)), timeout=5
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from jeepney.low_level import HeaderFields

        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except (OSError, ValueError):
                return
            fields = message.header.fields
            member = str(fields.get(HeaderFields.member, ""))
            self.senders.append(
                (
                    str(fields.get(HeaderFields.sender, "")),
                    str(fields.get(HeaderFields.destination, "")),
                )
            )
            self.seen.append((time.monotonic(), member, tuple(message.body)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        with contextlib.suppress(Exception):
            self._connection.close()


class NotifyRecorder(BusRecorder):
    """Every Notify call: which notifications the app sent."""

    def __init__(self, bus_address: str) -> None:
        super().__init__(
            bus_address,
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
        )

    @property
    def calls(self) -> list[tuple[str, str, list[str]]]:
        """(summary, body, actions) of each Notify."""
        return [
            (str(body[3]), str(body[4]), list(body[5]))
            for _at, member, body in self.seen
            if member == "Notify" and len(body) >= 6
        ]
