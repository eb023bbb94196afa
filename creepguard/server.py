"""The tracker's end of the control socket (see ``creepguard.control`` for the client)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from creepguard.control import clear_stale

log = logging.getLogger(__name__)

_MAX_REQUEST = 64 * 1024


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
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        clear_stale(self.path)
        if not self._server.listen(str(self.path)):
            log.error("cannot listen on %s: %s", self.path, self._server.errorString())
            return False
        if os.name == "posix":
            self.path.chmod(0o600)
        return True

    def close(self) -> None:
        self._server.close()
        self.path.unlink(missing_ok=True)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        data = self._buffers.get(connection, b"") + bytes(connection.readAll().data())
        if b"\n" not in data and len(data) < _MAX_REQUEST:
            self._buffers[connection] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("a request is a JSON object")
            reply = self._handler(request)
        except ValueError as error:
            reply = {"ok": False, "error": f"bad request: {error}"}
        except Exception as error:  # the tracker must survive any one bad command
            log.exception("control command failed")
            reply = {"ok": False, "error": str(error)}
        connection.write(json.dumps(reply).encode() + b"\n")
        connection.flush()
        connection.disconnectFromServer()
