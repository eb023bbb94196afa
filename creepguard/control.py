"""The control channel between ``creepguard`` commands and the running tracker.

One JSON object per line each way over a Unix socket in the user's runtime folder (owner
only). The client side is the standard library alone, so ``creepguard status`` answers a
status bar without importing Qt or SQLAlchemy.
"""

from __future__ import annotations

# The socket module's own C part: socket.py turns every AF_/SOCK_ constant into an enum
# member at import, ~3-5 ms of the ~40 that `creepguard status` takes in all. The
# client needs only the socket type and its OSErrors, which are the same objects.
import _socket
import os

# Not typing.TYPE_CHECKING: `creepguard status` imports this module, and typing and
# pathlib would be a third of its own import time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

_TIMEOUT_S = 2.0
_MAX_REPLY = 1 << 20
MAX_PAUSE_S = 365 * 86400  # a pause lasts a year at most; longer is `pause` with no end


class NotRunning(ConnectionError):
    """No tracker answers on the control socket."""


def request(socket_path: Path | str, command: str, **arguments: Any) -> dict[str, Any]:
    """Send one command and return the reply; raises NotRunning when nobody answers."""
    if not hasattr(_socket, "AF_UNIX"):
        raise NotRunning("control sockets need Unix domain sockets")
    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        client.settimeout(_TIMEOUT_S)
        client.connect(str(socket_path))
        # Only once somebody answers (the reply below uses it too): a tracker starting
        # checks for a running one first, and usually finds none, before its tray's first
        # frame (json: ~2 ms).
        import json

        client.sendall(json.dumps({"command": command, **arguments}).encode() + b"\n")
        chunks: list[bytes] = []
        size = 0
        while not chunks or not chunks[-1].endswith(b"\n"):
            chunk = client.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > _MAX_REPLY:
                raise NotRunning("the reply is too long")
    except (FileNotFoundError, ConnectionRefusedError) as error:
        raise NotRunning(str(error)) from error
    except TimeoutError as error:
        raise NotRunning("the running tracker did not answer in time") from error
    except OSError as error:
        raise NotRunning(str(error)) from error
    finally:
        client.close()
    raw = b"".join(chunks)
    if not raw:
        raise NotRunning("the tracker closed the connection without an answer")
    try:
        reply: dict[str, Any] = json.loads(raw)
    except ValueError as error:
        raise NotRunning(f"unreadable answer: {error}") from error
    return reply


def pause_seconds(value: object) -> float:
    """A ``pause`` request's ``seconds``, checked; ValueError says what is wrong."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"seconds must be a number, not {type(value).__name__}")
    if not 0 < value <= MAX_PAUSE_S:  # False for nan
        raise ValueError(f"a pause lasts more than 0 and at most {MAX_PAUSE_S} seconds (a year)")
    return float(value)


def clear_stale(socket_path: Path) -> bool:
    """Remove a socket file nobody listens on. True when the path is free now."""
    if not socket_path.exists():
        return True
    try:
        request(socket_path, "ping")
    except NotRunning:
        socket_path.unlink(missing_ok=True)
        return True
    return False


class InstanceLock:
    """One tracker per user: an exclusive lock on a file in the runtime folder.

    The lock, not the socket, decides who runs: two trackers started at the same moment
    both find no socket, but only one gets the lock. The OS drops it when the process
    dies, so a crash never leaves a stale lock behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        from creepguard.paths import private_folder

        private_folder(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # Windows: msvcrt locks a byte range instead
            import msvcrt

            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            except OSError:
                os.close(fd)
                return False
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
