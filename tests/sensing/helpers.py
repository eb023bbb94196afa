"""Processes the sensing tests start: Xvfb, dbus-daemons and python-dbusmock services.

Every process is started by the test run itself and stopped by it; nothing of the
machine's own X server or buses is used.
"""

from __future__ import annotations

import functools
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from tests.harness.processes import stop_process

MOCKS = Path(__file__).parent / "mocks"
MOCK_IFACE = "org.freedesktop.DBus.Mock"

_SYSTEM_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <!-- A system-type bus for tests: anyone may own names and send anything. -->
  <type>system</type>
  <keep_umask/>
  <listen>unix:tmpdir={tmpdir}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def need_binary(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


# -- Xvfb -----------------------------------------------------------------------------------


@contextmanager
def run_xvfb() -> Iterator[str]:
    """Start Xvfb on a free display; yield its name (``":N"``) once it accepts clients."""
    binary = need_binary("Xvfb", "xvfb")
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display number itself and writes it to the pipe
    # once it is ready for clients, so there is neither a race nor a sleep.
    proc = subprocess.Popen(
        [
            binary,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1024x768x24",
            "-nolisten",
            "tcp",
            # Without it the server resets whenever its last client leaves, and a test
            # that connects during the reset (slow under load) finds no display.
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        data = b""
        deadline = time.monotonic() + 15
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(0.0, remaining))
            if not ready:
                raise RuntimeError("Xvfb did not start within 15 s")
            chunk = os.read(read_end, 64)
            if not chunk:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"Xvfb exited: {err}")
            data += chunk
        yield f":{int(data.strip())}"
    finally:
        os.close(read_end)
        stop_process(proc)


def xdotool(display: str, *args: str) -> None:
    binary = need_binary("xdotool", "xdotool")
    subprocess.run([binary, *args], env={**os.environ, "DISPLAY": display}, check=True)


# -- D-Bus ----------------------------------------------------------------------------------


@dataclass
class TestBus:
    """A dbus-daemon the tests started, and a jeepney connection to drive mocks with."""

    __test__ = False  # not a test class, whatever its name

    kind: str
    address: str
    proc: subprocess.Popen[bytes]
    _conn: DBusConnection | None = field(default=None, repr=False)

    @property
    def conn(self) -> DBusConnection:
        if self._conn is None:
            self._conn = open_dbus_connection(self.address)
        return self._conn

    def call(
        self,
        service: str,
        path: str,
        iface: str,
        member: str,
        signature: str = "",
        *args: Any,
        timeout: float = 5.0,
    ) -> tuple[Any, ...]:
        address = DBusAddress(path, bus_name=service, interface=iface)
        message = new_method_call(address, member, signature or None, args)
        reply = self.conn.send_and_get_reply(message, timeout=timeout)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(f"{member} failed: {reply.body}")
        return tuple(reply.body)

    def name_has_owner(self, name: str) -> bool:
        (owned,) = self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            name,
        )
        return bool(owned)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        stop_process(self.proc)


@contextmanager
def run_dbus_daemon(kind: str) -> Iterator[TestBus]:
    """A private session bus, or a system-type bus with a permissive policy."""
    binary = need_binary("dbus-daemon", "dbus")
    with tempfile.TemporaryDirectory(prefix=f"creepguard-{kind}-bus-") as tmp:
        if kind == "system":
            config = Path(tmp) / "system.conf"
            config.write_text(_SYSTEM_BUS_CONFIG.format(tmpdir=tmp))
            args = [binary, f"--config-file={config}"]
        else:
            args = [binary, "--session"]
        proc = subprocess.Popen(
            [*args, "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        if not address:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            stop_process(proc)
            raise RuntimeError(f"dbus-daemon ({kind}) did not start: {err}")
        bus = TestBus(kind, address, proc)
        try:
            yield bus
        finally:
            bus.close()


@functools.cache
def dbusmock_python() -> str | None:
    """An interpreter that can run python-dbusmock (it needs dbus-python and GLib).

    The test run's own Python when python-dbusmock is installed there (pip), else the
    system's (Debian's python3-dbusmock); the mocks are separate processes anyway.
    """
    for python in (sys.executable, "/usr/bin/python3"):
        if not Path(python).exists():
            continue
        probe = subprocess.run(
            [python, "-c", "import dbusmock, dbus, gi"],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0:
            return python
    return None


@dataclass
class Mock:
    """One python-dbusmock process."""

    bus: TestBus
    name: str
    path: str
    proc: subprocess.Popen[bytes]

    def mock_call(self, member: str, signature: str = "", *args: Any, path: str = "") -> Any:
        body = self.bus.call(self.name, path or self.path, MOCK_IFACE, member, signature, *args)
        return body[0] if body else None

    def call(self, iface: str, member: str, signature: str = "", *args: Any, path: str = "") -> Any:
        body = self.bus.call(self.name, path or self.path, iface, member, signature, *args)
        return body[0] if body else None

    def add_method(self, iface: str, name: str, in_sig: str, out_sig: str, code: str) -> None:
        self.mock_call("AddMethod", "sssss", iface, name, in_sig, out_sig, code)


MockSpawner = Callable[..., Mock]


@contextmanager
def mock_spawner() -> Iterator[MockSpawner]:
    """Yields ``spawn(bus, name, path, iface=None, template=None, parameters=None)``."""
    started: list[Mock] = []

    def spawn(
        bus: TestBus,
        name: str,
        path: str,
        iface: str | None = None,
        *,
        template: str | None = None,
        parameters: str | None = None,
    ) -> Mock:
        python = dbusmock_python()
        if python is None:
            pytest.skip(
                "python-dbusmock is not installed "
                "(apt-get install python3-dbusmock, or pip install python-dbusmock)"
            )
        args = [python, "-m", "dbusmock"]
        args.append("--system" if bus.kind == "system" else "--session")
        if template is not None:
            args += ["--template", template]
            if parameters is not None:
                args += ["--parameters", parameters]
        else:
            assert iface is not None
            args += [name, path, iface]
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": bus.address if bus.kind == "session" else "",
            "DBUS_SYSTEM_BUS_ADDRESS": bus.address if bus.kind == "system" else "",
        }
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        mock = Mock(bus, name, path, proc)
        started.append(mock)
        deadline = time.monotonic() + 15
        while not bus.name_has_owner(name):
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"dbusmock for {name} exited: {err}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"dbusmock for {name} did not appear within 15 s")
            time.sleep(0.02)
        return mock

    try:
        yield spawn
    finally:
        for mock in started:
            stop_process(mock.proc)
        for mock in started:
            # The daemon drops the name a moment after the process is gone; the next
            # test may want to claim it again.
            deadline = time.monotonic() + 5
            while mock.bus.name_has_owner(mock.name) and time.monotonic() < deadline:
                time.sleep(0.01)
