"""Whatever arrives on the control socket, the tracker answers with one JSON line and keeps
running: the real server on the real app's commands, with hostile sizes, depths and types."""

from __future__ import annotations

import json
import logging
import math
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from creepguard.control import MAX_PAUSE_S
from creepguard.server import _MAX_REQUEST, ControlServer
from tests.app_harness import Harness


def exchange(path: Path, raw: bytes, timeout_s: float = 5.0) -> bytes:
    """Send ``raw`` and return the reply line, serving the server from this thread's Qt
    loop meanwhile (no client thread: the whole exchange is in one loop)."""
    with socket.socket(socket.AF_UNIX) as client:
        client.connect(str(path))
        client.setblocking(False)
        pending, received = raw, b""
        deadline = time.monotonic() + timeout_s
        while not received.endswith(b"\n"):
            assert time.monotonic() < deadline, f"no reply to {raw[:60]!r}"
            QCoreApplication.processEvents()
            if pending:
                try:
                    pending = pending[client.send(pending[:65536]) :]
                except BlockingIOError:
                    pass
                except (BrokenPipeError, ConnectionResetError):
                    pending = b""  # answered before it read everything: the reply waits
            try:
                chunk = client.recv(65536)
            except BlockingIOError:
                continue
            if not chunk:
                break
            received += chunk
    return received


def ask(path: Path, raw: bytes) -> dict[str, Any]:
    reply = json.loads(exchange(path, raw))
    assert isinstance(reply, dict) and isinstance(reply.get("ok"), bool), reply
    return reply


def assert_refused(reply: dict[str, Any]) -> None:
    assert reply["ok"] is False and isinstance(reply["error"], str), reply


@pytest.fixture
def tracker(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> Iterator[tuple[Harness, Path]]:
    """The real app's command handler behind the real server; nothing worse than INFO may
    be logged (an exception logged is a traceback on the tracker's standard error)."""
    harness = Harness(tmp_path)
    server = ControlServer(tmp_path / "run" / "control.sock", harness.app.handle_command)
    assert server.listen()
    with caplog.at_level(logging.INFO):
        yield harness, server.path
    server.close()
    harness.app.quit()
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert loud == [], [r.getMessage() for r in loud]


def test_known_bad_requests_get_an_error_reply(tracker: tuple[Harness, Path]) -> None:
    harness, path = tracker
    for raw in (
        b"[" * 100_000 + b"\n",  # RecursionError in the decoder
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n",
        b"x" * (_MAX_REQUEST + 1),  # no line end, ever
        b'{"command": "ping", "pad": "' + b"x" * (2 * _MAX_REQUEST) + b'"}\n',
        b"\xff\xfe\n",
        b"\n",
        b"[1, 2]\n",
        b'"pause"\n',
        b"null\n",
        b'{"command": 5}\n',
        b'{"command": ["ping"]}\n',
        b'{"command": null}\n',
        b"{}\n",
        b'{"command": "no such command"}\n',
    ):
        assert_refused(ask(path, raw))
    for seconds in ('"x"', "NaN", "Infinity", "-Infinity", "1e300", "1" + "0" * 400, "-5", "0",
                    "true", "[1]", "{}", str(MAX_PAUSE_S + 1)):  # fmt: skip
        raw = b'{"command": "pause", "seconds": ' + seconds.encode() + b"}\n"
        reply = ask(path, raw)
        assert_refused(reply)
        assert reply["error"].startswith("bad request"), (seconds, reply)
    assert harness.app.status_json()["paused"] is False  # none of them paused anything
    reply = ask(path, b'{"command": "pause", "seconds": %d}\n' % MAX_PAUSE_S)
    assert reply["ok"] is True and reply["paused"] is True
    assert ask(path, b'{"command": "ping"}\n') == {"ok": True}


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
COMMANDS = {"ping", "status", "show", "sit", "stand", "away", "break", "pause", "resume", "fix",
            "checkpoint", "quit"}  # fmt: skip


def _valid_pause(seconds: Any) -> bool:
    return (
        isinstance(seconds, int | float)
        and not isinstance(seconds, bool)
        and not math.isnan(seconds)
        and 0 < seconds <= MAX_PAUSE_S
    )


class Request(tuple[bytes, bool | None]):
    """A request line and whether the tracker should accept it (None: either), shown
    short in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"Request({self[0][:60]!r}... {len(self[0])} bytes, accepted={self[1]})"


@st.composite
def hostile_requests(draw: st.DrawFn) -> Request:
    return Request(_hostile_request(draw))


def _hostile_request(draw: st.DrawFn) -> tuple[bytes, bool | None]:
    kind = draw(st.sampled_from(["deep", "long", "bytes", "value", "command", "pause"]))
    if kind == "deep":
        depth = draw(st.integers(1, 200_000))
        opener = draw(st.sampled_from([b"[", b'{"command":']))
        return opener * depth + b"\n", False
    if kind == "long":  # a request is one line; without its end, it is cut off past the limit
        end = draw(st.sampled_from([b"", b"\n"]))
        size = draw(st.integers(_MAX_REQUEST - 2 if end else _MAX_REQUEST + 1, 3 * _MAX_REQUEST))
        return draw(st.sampled_from([b"x", b"{", b" ", b"\xff"])) * size + end, False
    if kind == "bytes":
        return draw(st.binary(max_size=200)).replace(b"\n", b"") + b"\n", False
    if kind == "value":  # any JSON at all, except a plausible command
        value = draw(JSON_VALUES)
        if isinstance(value, dict) and value.get("command") in COMMANDS - {"ping", "status"}:
            value["command"] = "not-" + value["command"]
        accepted = isinstance(value, dict) and value.get("command") in ("ping", "status")
        return json.dumps(value).encode() + b"\n", accepted
    if kind == "command":
        command = draw(st.text(max_size=30).filter(lambda text: text not in COMMANDS))
        return json.dumps({"command": command}).encode() + b"\n", False
    seconds = draw(
        JSON_VALUES
        | st.integers(-(10**30), 10**30)
        | st.floats(-1e12, 1e12)
        | st.sampled_from([MAX_PAUSE_S, MAX_PAUSE_S + 1, 0.5, 1e-300, -0.0])
    )
    raw = json.dumps({"command": "pause", "seconds": seconds}).encode() + b"\n"
    return raw, None if seconds is None else _valid_pause(seconds)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=hostile_requests())
def test_any_request_is_answered_and_the_tracker_goes_on(
    tracker: tuple[Harness, Path], request: Request
) -> None:
    harness, path = tracker
    raw, accepted = request
    reply = ask(path, raw)
    if accepted is not None:
        assert reply["ok"] is accepted, (raw[:80], reply)
    assert ask(path, b'{"command": "ping"}\n') == {"ok": True}
    harness.app.resume()  # the next example starts unpaused
