"""Workarounds for bugs in the Qt binding, each detected before it is applied.

PySide6 6.12.0 returns singletons without adding the reference it hands over: ``None``
from every void method (``QTimer.start``, ``setToolTip``...) and ``True`` from
``Signal.emit``. Every call takes one reference away. Python 3.12 made these objects
immortal; on 3.11 (Debian 12) a tracker aborts with "Fatal Python error: none_dealloc"
(or ``bool_dealloc``) after some tens of thousands of calls: minutes at
``--time-scale 120``, a day or two at normal speed.

PySide6 also watches every import made after it (for ``from __feature__ import ...``) and
decides whether a module uses PySide6 by reading its source through ``inspect.getsource``.
That fills ``linecache`` with the text of every module imported later, for the life of
the process: 13.6 MiB for SQLAlchemy alone. Clearing the cache afterwards gives nothing
back (the freed lines sit between live objects), so the check is replaced by one that
reads the file without keeping it.
"""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path
from types import ModuleType

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
    import ctypes

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


def _source_mentions_pyside(module: ModuleType) -> bool:
    """The binding's own test (does the source contain "PySide6"?), without linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in or compiled: inspect.getsource finds no source either
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def stop_caching_sources() -> bool:
    """Replace the binding's source check where it reads modules through linecache.
    True when replaced (or already)."""
    feature = sys.modules.get("PySide6.support.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None:
        return False
    if check is not _source_mentions_pyside:
        feature._mod_uses_pyside = _source_mentions_pyside  # type: ignore[attr-defined]
        # The modules imported before the binding were read in already; dropping them
        # now lets the next imports reuse that memory.
        linecache.clearcache()
    return True


def apply() -> None:
    """Apply what this binding and interpreter need; log what was done. Call it right
    after the first ``import PySide6.QtCore``, before anything else is imported."""
    if stop_caching_sources():
        log.debug("PySide6's feature check reads module sources without caching them")
    if sys.version_info < (3, 12) and binding_steals_references():
        applied = shield_singletons()
        log.info("PySide6 takes references from singletons; shield %s",
                 "applied" if applied else "unavailable")  # fmt: skip
