"""Exporting the record (spans and prompts) as CSV or JSON, for the CLI and the window."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from creepguard.storage.store import Store

_EARLIEST = datetime(1970, 1, 2).astimezone()
_LATEST = datetime(9999, 12, 30).astimezone()


def export_rows(
    store: Store, start: datetime = _EARLIEST, end: datetime = _LATEST
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    spans = [
        {
            "state": s.state.value,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
            "duration_s": round(s.duration_s, 1),
        }
        for s in store.spans_between(start, end)
    ]
    episodes = [
        {
            "kind": e.kind.value,
            "started": e.started.isoformat(),
            "ended": e.ended.isoformat() if e.ended else None,
            "outcome": e.outcome.value if e.outcome else None,
            "snoozes": e.snoozes,
            "exercise_id": e.exercise_id,
        }
        for e in store.episodes_between(start, end)
    ]
    return spans, episodes


def export_text(spans: list[dict[str, Any]], episodes: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"spans": spans, "episodes": episodes}, indent=1) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["record", "state_or_kind", "start", "end", "duration_s", "outcome",
                     "snoozes", "exercise_id"])  # fmt: skip
    for row in spans:
        writer.writerow(["span", row["state"], row["start"], row["end"], row["duration_s"],
                         "", "", ""])  # fmt: skip
    for row in episodes:
        writer.writerow(["episode", row["kind"], row["started"], row["ended"], "",
                         row["outcome"], row["snoozes"], row["exercise_id"] or ""])  # fmt: skip
    return out.getvalue()


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: an export is personal data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_export(store: Store, path: Path, fmt: str) -> tuple[int, int]:
    spans, episodes = export_rows(store)
    write_private(path, export_text(spans, episodes, fmt))
    return len(spans), len(episodes)
