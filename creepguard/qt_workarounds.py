"""Workarounds for bugs in the Qt binding, each detected before it is applied.

PySide6 6.12.0 returns ``None`` from void methods (``QTimer.start``, ``setToolTip``...)
without adding the reference it hands over, so every call takes one reference from
``None``. Python 3.12 made ``None`` immortal; on 3.11 (Debian 12) a tracker that restarts
its timer all day aborts with "Fatal Python error: none_dealloc" after some tens of
thousands of calls (minutes at ``--time-scale 120``, a day or two at normal speed).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PROBE_CALLS = 64
# Far more references than a process can take away in its lifetime (2**40 calls).
_SHIELD = 1 << 40


def binding_steals_none_references() -> bool:
    """Call a void Qt method a few times and see whether None's refcount drops."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        timer.setInterval(1000)
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def shield_none_refcount() -> bool:
    """Add 2**40 references to ``None`` on CPython before 3.12; True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    cell = ctypes.c_ssize_t.from_address(id(None))
    if cell.value != sys.getrefcount(None) - 1:  # not the object layout we know: leave it be
        return False
    cell.value += _SHIELD
    return True


def apply() -> None:
    """Apply what this binding and interpreter need; log what was done."""
    if sys.version_info < (3, 12) and binding_steals_none_references():
        applied = shield_none_refcount()
        log.info(
            "PySide6 takes references from None; shield %s", "applied" if applied else "unavailable"
        )
