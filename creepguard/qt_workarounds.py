"""Workarounds for bugs in the Qt binding, each detected before it is applied.

PySide6 6.12.0 returns singletons without adding the reference it hands over: ``None``
from every void method (``QTimer.start``, ``setToolTip``...) and ``True`` from
``Signal.emit``. Every call takes one reference away. Python 3.12 made these objects
immortal; on 3.11 (Debian 12) a tracker aborts with "Fatal Python error: none_dealloc"
(or ``bool_dealloc``) after some tens of thousands of calls: minutes at
``--time-scale 120``, a day or two at normal speed.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PROBE_CALLS = 64
# Far more references than a process can take away in its lifetime (2**40 calls).
_SHIELD = 1 << 40


def binding_steals_references() -> bool:
    """Call a void Qt method and emit a signal a few times; see whether the singletons'
    reference counts drop."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class _Probe(QObject):
        ping = Signal()

    timer, probe = QTimer(), _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        timer.setInterval(1000)
        probe.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return any(now <= then - _PROBE_CALLS // 2 for then, now in zip(before, after, strict=True))


def shield_singletons() -> bool:
    """Add 2**40 references to None, True and False on CPython before 3.12."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    cells = []
    for obj in (None, True, False):
        cell = ctypes.c_ssize_t.from_address(id(obj))
        # Both readings see the same references (this loop's binding included); the call
        # adds one for its argument.
        if cell.value != sys.getrefcount(obj) - 1:  # not the object layout we know
            return False
        cells.append(cell)
    for cell in cells:
        cell.value += _SHIELD
    return True


def apply() -> None:
    """Apply what this binding and interpreter need; log what was done."""
    if sys.version_info < (3, 12) and binding_steals_references():
        applied = shield_singletons()
        log.info("PySide6 takes references from singletons; shield %s",
                 "applied" if applied else "unavailable")  # fmt: skip
