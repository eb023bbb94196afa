"""Screen lock read by asking the system, where no lock signal reaches a Python process
easily (Windows, macOS): a :class:`~creepguard.sensing.composite.SessionWatcher` that asks
on every activity reading, and while the screen is locked also every few seconds, so the
unlock is seen at once.

Threading: everything runs on the thread running the Qt event loop; the question each
subclass asks is a cheap local call (well under a millisecond).

What it costs: no wake-up of its own while the screen is unlocked (a lock is seen at the
app's next reading, at most 30 s later while someone works); while locked, one check every
``unlock_check_s``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from creepguard.core.ports import ActivityListener

_log = logging.getLogger(__name__)

#: how often a locked screen is asked whether it is unlocked again, in real seconds
UNLOCK_CHECK_S = 2.0


class PolledLockWatcher:
    """Lock state from :meth:`is_locked`, asked at each reading and, while locked, every
    ``unlock_check_s``; the unlock is reported through the listener.

    Subclasses set ``name`` and implement :meth:`_open` (find the system calls, or raise
    :class:`BackendUnavailable`) and :meth:`is_locked` (raise :class:`SensingError` when
    the question cannot be answered this time).

    Args:
        unlock_check_s: the interval of the checks while locked.
    """

    name: str
    provides = frozenset({"lock"})

    def __init__(self, *, unlock_check_s: float = UNLOCK_CHECK_S) -> None:
        self.unlock_check_s = unlock_check_s
        self._locked: bool | None = None
        self._listener: ActivityListener | None = None
        self._timer: QTimer | None = None

    def _open(self) -> None:
        raise NotImplementedError

    def is_locked(self) -> bool:
        """Ask the system now."""
        raise NotImplementedError

    def probe(self) -> str:
        self._open()
        try:
            self._locked = self.is_locked()
        except SensingError as exc:
            raise BackendUnavailable(str(exc)) from exc
        now = "locked" if self._locked else "unlocked"
        return (
            f"asked at each reading, and every {self.unlock_check_s:g} s while locked (now {now})"
        )

    def start(self, listener: ActivityListener) -> None:
        self._listener = listener
        self._follow()

    def locked(self) -> bool | None:
        return self._locked

    def inhibited(self) -> bool | None:
        return None

    def poll(self) -> None:
        """Called from every reading: the answer is part of that reading."""
        self._refresh()
        self._follow()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._listener = None

    def _refresh(self) -> bool:
        """Ask again; True when the answer changed. A failed question keeps the last."""
        try:
            locked = self.is_locked()
        except SensingError as exc:
            _log.info("%s: the lock state could not be read (%s)", self.name, exc)
            return False
        changed = locked != self._locked
        self._locked = locked
        return changed

    def _follow(self) -> None:
        """Check for the unlock on a timer while locked; no timer otherwise."""
        if self._listener is None:
            return
        if self._locked:
            if self._timer is None:
                from PySide6.QtCore import QTimer

                self._timer = QTimer()
                self._timer.timeout.connect(self._check_unlock)
            if not self._timer.isActive():
                self._timer.start(round(self.unlock_check_s * 1000))
        elif self._timer is not None:
            self._timer.stop()

    def _check_unlock(self) -> None:
        if self._refresh():
            self._follow()
            if self._listener is not None:
                self._listener.on_activity_changed()
