"""The tracker's end of the control socket (see ``creepguard.control`` for the client).

A plain Unix socket watched by ``QSocketNotifier``s: the standard library speaks the same
one-line protocol as the client, and the tracker does not load QtNetwork (2.5 MiB) for it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from creepguard.control import clear_stale
from creepguard.paths import private_folder

log = logging.getLogger(__name__)

_MAX_REQUEST = 64 * 1024
_BACKLOG = 8
# A reply is a few hundred bytes; a client that does not read it within this is dropped
# rather than left to stall the event loop.
_SEND_TIMEOUT_S = 1.0


class _Client:
    """One accepted connection: its socket, its watcher and what it has sent so far."""

    def __init__(self, connection: socket.socket, notifier: QSocketNotifier) -> None:
        self.connection = connection
        self.notifier = notifier
        self.received = b""


class ControlServer(QObject):
    """Answers one JSON line with one JSON line, on the Qt event loop.

    Args:
        path: the socket file (in the runtime folder, which only the owner can enter).
        handler: turns a request into a reply; runs on the main thread.
    """

    def __init__(
        self,
        path: Path,
        handler: Callable[[dict[str, Any]], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._handler = handler
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, _Client] = {}

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def listen(self) -> bool:
        if not hasattr(socket, "AF_UNIX"):
            log.error("no control socket: this system has no Unix domain sockets")
            return False
        private_folder(self.path.parent)
        clear_stale(self.path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # Owner-only from the moment the file exists, not after a chmod.
        old_umask = os.umask(0o177)
        try:
            listener.bind(str(self.path))
            listener.listen(_BACKLOG)
        except OSError as error:
            listener.close()
            log.error("cannot listen on %s: %s", self.path, error)
            return False
        finally:
            os.umask(old_umask)
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for client in list(self._clients.values()):
            self._drop(client)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            self.path.unlink(missing_ok=True)

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                connection, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:  # out of descriptors: the client will retry
                log.warning("control socket: %s", error)
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            client = _Client(connection, notifier)
            self._clients[connection.fileno()] = client
            notifier.activated.connect(lambda *_, c=client: self._read(c))

    def _answer(self, line: bytes) -> dict[str, Any]:
        """The reply to one request line: a bad request gets an error reply, never an
        exception (the tracker must survive whatever arrives on its socket)."""
        if len(line) > _MAX_REQUEST:
            return _bad(f"longer than {_MAX_REQUEST} bytes")
        try:
            request = json.loads(line)
        except (ValueError, RecursionError) as error:  # not UTF-8, not JSON, nested too deep
            log.info("control socket: unreadable request: %s", error)
            return _bad("not a JSON object on one line")
        if not isinstance(request, dict):
            return _bad("a request is a JSON object")
        if not isinstance(request.get("command"), str):
            return _bad('"command" must be a string')
        try:
            return self._handler(request)
        except ValueError as error:  # the handler's word for a bad argument
            return _bad(str(error))
        except Exception as error:  # a bug: the tracker must survive any one command
            log.exception("control command failed")
            return {"ok": False, "error": str(error)}

    def _drop(self, client: _Client) -> None:
        self._clients.pop(client.connection.fileno(), None)
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.connection.close()

    def _read(self, client: _Client) -> None:
        try:
            chunk = client.connection.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(client)
            return
        if not chunk:  # the client went away without a whole request
            self._drop(client)
            return
        client.received += chunk
        if b"\n" not in client.received and len(client.received) <= _MAX_REQUEST:
            return
        reply = self._answer(client.received.split(b"\n", 1)[0])
        with contextlib.suppress(OSError):
            client.connection.settimeout(_SEND_TIMEOUT_S)
            client.connection.sendall(json.dumps(reply).encode() + b"\n")
        self._drop(client)


def _bad(reason: str) -> dict[str, Any]:
    return {"ok": False, "error": f"bad request: {reason}"}
