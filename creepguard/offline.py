"""``creepguard status`` when no tracker runs: what the settings file and the store hold.

A status bar asks every few seconds, so this reads the history file with the standard
library's ``sqlite3`` (:mod:`creepguard.storage.sqlite_read`), read-only and without
SQLAlchemy, and counts today with :mod:`creepguard.core.counts`, as the tracker does.
Looking changes nothing: a file the tracker would keep aside is only described.
"""

from __future__ import annotations

from datetime import datetime, timedelta

# typing is not imported at run time: it costs a status bar's first poll ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from creepguard.paths import AppPaths


def offline_status(paths: AppPaths) -> dict[str, Any]:
    """The status contract when no tracker runs (``running`` false)."""
    return offline_status_and_expiry(paths)[0]


def read_settings(paths: AppPaths) -> dict[str, Any]:
    """What the status needs of the settings file: three numbers and the file's problems,
    as plain JSON values, so that a caller can keep them while the file is unchanged (the
    settings module and TOML parser are about half of a first poll's imports)."""
    from creepguard import settings

    loaded = settings.load(paths.settings_file)
    typed = loaded.settings.typed
    return {
        "creep_threshold_min": typed.creep_threshold_min,
        "min_break_min": typed.min_break_min,
        "posture_change_min": typed.posture_change_min,
        "problems": list(loaded.problems),  # until the file is fixed (by hand, or by Settings)
    }


def offline_status_and_expiry(
    paths: AppPaths, reading: dict[str, Any] | None = None
) -> tuple[dict[str, Any], float]:
    """The status, and until when (a POSIX time) it holds while the files stay as they
    are: the next local midnight, or the end of "go easy on lifting" if that is sooner.
    ``reading`` is :func:`read_settings`'s answer for the settings file as it is now; it is
    read when not given."""
    from creepguard.core.clock import system_timezone
    from creepguard.core.counts import count_day
    from creepguard.core.history import DaySummary
    from creepguard.core.status_doc import status_document
    from creepguard.i18n import fill, tr

    if reading is None:
        reading = read_settings(paths)
    creep_s = reading["creep_threshold_min"] * 60
    problems = list(reading["problems"])
    tz = system_timezone()
    today = datetime.now(tz).date()
    expires = datetime.combine(today + timedelta(days=1), datetime.min.time(), tz).timestamp()
    day = DaySummary(today)
    recovery = None
    if paths.database.exists():
        from creepguard.storage.sqlite_read import UnreadableHistory, read_day

        try:
            spans, episodes, state = read_day(paths.database, today, tz)
        except UnreadableHistory as reason:  # left as it is: the tracker keeps it aside
            problems.append(
                fill(
                    tr(
                        "Storage",
                        "The history file %1 cannot be used because %2. CreepGuard will keep it "
                        "aside and start a new one when it starts.",
                        "%2 is a reason, as: it is damaged (...)",
                    ),
                    paths.database,
                    reason,
                )
            )
        else:
            day = count_day(
                today,
                spans,
                episodes,
                creep_s=creep_s,
                min_break_s=reading["min_break_min"] * 60,
            )
            recovery = _recovery_until(state)
            if recovery is not None:
                expires = min(expires, datetime.fromisoformat(recovery).timestamp())
    status = status_document(
        None,
        day,
        creep_threshold_s=creep_s,
        posture_change_s=reading["posture_change_min"] * 60,
        recovery_until=None if recovery is None else datetime.fromisoformat(recovery),
        problems=problems,
    )
    return status, expires


def _recovery_until(state: str | None) -> str | None:
    """The saved engine state's "go easy on lifting" time, while it is still ahead.

    Read from the state's JSON (``EngineSnapshot.recovery_until``) without building the
    snapshot: its module costs a status bar ~4 ms."""
    import json

    try:
        saved = json.loads(state) if state is not None else None
        until = datetime.fromisoformat(saved["recovery_until"]) if saved else None
    except (ValueError, TypeError, KeyError):  # an unreadable state: the tracker starts anew
        return None
    if until is None or until <= datetime.now(until.tzinfo):
        return None
    return until.isoformat()
