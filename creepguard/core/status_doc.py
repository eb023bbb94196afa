"""The ``status --json`` document: built here, and only here, for every surface.

The running tracker (``CreepGuardApp.status_json``, over the control socket) and the
command line without a tracker (``creepguard.offline``) both call :func:`status_document`,
so the two cannot drift apart. Its keys are a public contract (README, "The command
line"): status bars and scripts read them. Add keys, never rename one.

Kept small and free of the engine's import (its ``Status`` is only a type here): the
offline path runs on every poll of a status bar.
"""

from __future__ import annotations

from datetime import datetime

from creepguard import __version__
from creepguard.core.counts import status_today

# typing is not imported at run time: it costs a status bar's first poll ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from creepguard.core.engine import Status
    from creepguard.core.history import DaySummary

__all__ = ["status_document"]


def status_document(
    status: Status | None,
    today: DaySummary,
    *,
    creep_threshold_s: float,
    posture_change_s: float,
    recovery_until: datetime | None,
    prompt_held: bool = False,
    backend: str | None = None,
    problems: Sequence[str] = (),
) -> dict[str, Any]:
    """The document; ``status`` None means no tracker runs (``running`` false, the
    sit and the state unknown, today's numbers from the file)."""
    return {
        "running": status is not None,
        "state": None if status is None else status.state.value,
        "posture": None if status is None else status.posture.value,
        "paused": False if status is None else status.paused,
        "paused_until": _iso(None if status is None else status.paused_until),
        "sitting_s": 0 if status is None else round(status.sitting_s),
        "next_prompt_s": _whole(None if status is None else status.next_prompt_s),
        "creep_threshold_s": round(creep_threshold_s),
        "posture_change_s": round(posture_change_s),
        "recovery_until": _iso(recovery_until),
        "prompt_held": prompt_held or (status is not None and status.prompt_held),
        "card_open": status is not None and status.card_open,
        "today": status_today(today),
        "backend": backend,
        "problems": list(problems),
        "version": __version__,
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _whole(seconds: float | None) -> int | None:
    return None if seconds is None else round(seconds)
