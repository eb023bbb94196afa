"""What a backend reports to ``creepguard diagnose``.

The activity source's Protocol and its listener are ports of the tracker, declared with
the others in :mod:`creepguard.core.ports`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BackendReport:
    """One line of ``creepguard diagnose``: a backend the factory tried."""

    name: str
    chosen: bool
    reason: str
