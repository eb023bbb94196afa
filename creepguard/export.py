"""Exporting the record (spans, prompts, breaks and day counts) as CSV or JSON, for the
CLI and the window.

Breaks and day counts come from :mod:`creepguard.core.counts`, the definitions every
other surface shows: counting the ``break`` rows of a day gives its ``breaks_taken``.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from creepguard.core.counts import by_day, count_day, day_breaks
from creepguard.core.policy import EngineConfig
from creepguard.sync.history import MergedHistory

if TYPE_CHECKING:
    from creepguard.storage.store import Store
    from creepguard.sync.history import MergedHistory

_EARLIEST = datetime(1970, 1, 2).astimezone()
_LATEST = datetime(9999, 12, 30).astimezone()
_DEFAULTS = EngineConfig()

Rows = dict[str, list[dict[str, Any]]]


def export_rows(
    store: Store | MergedHistory,
    start: datetime = _EARLIEST,
    end: datetime = _LATEST,
    *,
    creep_s: float = _DEFAULTS.creep_s,
    min_break_s: float = _DEFAULTS.min_break_s,
) -> Rows:
    """Every span, prompt episode and break from ``start`` to ``end``, and the counts of
    each day that has any (``spans``, ``episodes``, ``breaks``, ``days``)."""
    if isinstance(store, MergedHistory):
        # Several computers (README rule 11): each moment once, with the computer whose
        # record it is.
        merged, prompts = store.pieces(start, end)
        name = store.device_name
        spans = [piece.span for piece in merged]
        span_devices = [name(piece.device) for piece in merged]
        episodes = [episode for _, episode in prompts]
        episode_devices = [name(device) for device, _ in prompts]
    else:
        spans = store.spans_between(start, end)
        episodes = store.episodes_between(start, end)
        span_devices, episode_devices = [""] * len(spans), [""] * len(episodes)
    rows: Rows = {
        "spans": [
            {
                "state": s.state.value,
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
                "duration_s": round(s.duration_s, 1),
                "device": device,
            }
            for s, device in zip(spans, span_devices, strict=True)
        ],
        "episodes": [
            {
                "kind": e.kind.value,
                "started": e.started.isoformat(),
                "ended": e.ended.isoformat() if e.ended else None,
                "outcome": e.outcome.value if e.outcome else None,
                "snoozes": e.snoozes,
                "exercise_id": e.exercise_id,
                "device": device,
            }
            for e, device in zip(episodes, episode_devices, strict=True)
        ],
        "breaks": [],
        "days": [],
    }
    for day, (day_spans, day_episodes) in by_day(spans, episodes).items():
        rows["breaks"] += [
            {
                "kind": b.kind.value,
                "start": b.start.isoformat(),
                "end": b.end.isoformat(),
                "duration_s": round(b.duration_s, 1),
            }
            for b in day_breaks(day_spans, day_episodes, min_break_s=min_break_s)
        ]
        summary = count_day(day, day_spans, day_episodes, creep_s=creep_s, min_break_s=min_break_s)
        rows["days"].append(summary.to_json())
    return rows


def export_text(rows: Rows, fmt: str) -> str:
    """JSON: the four lists. CSV: one row per span, prompt and break (the day counts are
    in the JSON and in ``creepguard history``)."""
    if fmt == "json":
        return json.dumps(rows, indent=1) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # "device" came last, with several computers: earlier columns keep their places.
    writer.writerow(["record", "state_or_kind", "start", "end", "duration_s", "outcome",
                     "snoozes", "exercise_id", "device"])  # fmt: skip
    for row in rows["spans"]:
        writer.writerow(["span", row["state"], row["start"], row["end"], row["duration_s"],
                         "", "", "", row["device"]])  # fmt: skip
    for row in rows["episodes"]:
        writer.writerow(["episode", row["kind"], row["started"], row["ended"], "",
                         row["outcome"], row["snoozes"], row["exercise_id"] or "",
                         row["device"]])  # fmt: skip
    for row in rows["breaks"]:
        writer.writerow(["break", row["kind"], row["start"], row["end"], row["duration_s"],
                         "", "", "", ""])  # fmt: skip
    return out.getvalue()


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (0600, or less under a stricter umask): an
    export is personal data.

    A new or regular file is written beside itself and renamed into place, so a full disk
    or a crash never leaves half an export (nor spoils the one there was); anything else (a
    pipe, ``/dev/stdout``) is written to directly. Raises OSError, the temporary file gone.
    """
    data = text.encode("utf-8")
    target = Path(os.path.realpath(path))  # through a link: the file it names is replaced
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if target.exists() and not target.is_file():
        with target.open("wb") as stream:  # a device or a pipe
            stream.write(data)
        return
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_export(
    store: Store | MergedHistory, path: Path, fmt: str, *, creep_s: float, min_break_s: float
) -> tuple[int, int]:
    rows = export_rows(store, creep_s=creep_s, min_break_s=min_break_s)
    write_private(path, export_text(rows, fmt))
    return len(rows["spans"]), len(rows["episodes"])
