"""The tracker's control socket, on a real Unix socket and the Qt event loop."""

from __future__ import annotations

import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard.control import NotRunning, request
from creepguard.server import ControlServer


def _ask(path: Path, qtbot: QtBot, command: str, **arguments: Any) -> dict[str, Any]:
    """A client in a thread (it blocks) while the Qt loop serves it."""
    result: dict[str, Any] = {}

    def client() -> None:
        try:
            result["reply"] = request(path, command, **arguments)
        except NotRunning as error:
            result["error"] = error

    worker = threading.Thread(target=client)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    if "error" in result:
        raise result["error"]
    reply: dict[str, Any] = result["reply"]
    return reply


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ControlServer, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    def handler(message: dict[str, Any]) -> dict[str, Any]:
        seen.append(message)
        if message["command"] == "explode":
            raise RuntimeError("boom")
        return {"ok": True, "echo": message}

    server = ControlServer(tmp_path / "run" / "control.sock", handler)
    assert server.listen()
    yield server, seen
    server.close()


def test_a_request_gets_its_reply(served: tuple[ControlServer, list[Any]], qtbot: QtBot) -> None:
    server, seen = served
    reply = _ask(server.path, qtbot, "status", verbose=True)
    assert reply == {"ok": True, "echo": {"command": "status", "verbose": True}}
    assert seen == [{"command": "status", "verbose": True}]


def test_the_socket_is_private(served: tuple[ControlServer, list[Any]]) -> None:
    server, _ = served
    assert stat.S_IMODE(server.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(server.path.parent.stat().st_mode) == 0o700


def test_bad_requests_and_failing_commands_are_answered_and_survived(
    served: tuple[ControlServer, list[Any]], qtbot: QtBot
) -> None:
    server, _ = served
    with socket.socket(socket.AF_UNIX) as raw:
        raw.connect(str(server.path))
        raw.sendall(b"[1, 2]\n")
        raw.settimeout(5)
        qtbot.waitUntil(lambda: _readable(raw), timeout=5000)
        assert b"bad request" in raw.recv(4096)
    assert "boom" in _ask(server.path, qtbot, "explode")["error"]
    assert _ask(server.path, qtbot, "ping")["ok"] is True


def test_a_client_that_leaves_without_asking_costs_nothing(
    served: tuple[ControlServer, list[Any]], qtbot: QtBot
) -> None:
    server, seen = served
    for _ in range(5):
        with socket.socket(socket.AF_UNIX) as raw:
            raw.connect(str(server.path))
            raw.sendall(b'{"command": "hal')  # half a request, then gone
    assert _ask(server.path, qtbot, "ping")["ok"] is True
    qtbot.waitUntil(lambda: len(server._clients) == 0, timeout=5000)
    assert seen == [{"command": "ping"}]


def test_a_stale_socket_is_replaced_and_close_removes_the_file(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "control.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a file nobody listens on, as a crashed tracker leaves
    stale.close()
    server = ControlServer(path, lambda message: {"ok": True})
    assert server.listen()
    assert _ask(path, qtbot, "ping") == {"ok": True}
    server.close()
    assert not path.exists()
    with pytest.raises(NotRunning):
        request(path, "ping")


def test_a_live_tracker_is_not_displaced(
    served: tuple[ControlServer, list[Any]], qtbot: QtBot
) -> None:
    server, _ = served
    second = ControlServer(server.path, lambda message: {"ok": True, "second": True})
    listening = threading.Thread(target=second.listen)
    listening.start()  # listen() pings the path; the first server answers from the loop
    qtbot.waitUntil(lambda: not listening.is_alive(), timeout=5000)
    assert not second.listening
    assert "second" not in _ask(server.path, qtbot, "ping")


def _readable(raw: socket.socket) -> bool:
    import select

    return bool(select.select([raw], [], [], 0)[0])
