"""Exporting the record (spans and prompts) as CSV or JSON, for the CLI and the window."""

from __future__ import annotations

import contextlib
import csv
import errno
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
    """Write a file only its owner can read (0600, or less under a stricter umask): an
    export is personal data.

    A new or regular file is written beside itself and renamed into place, so a full disk
    or a crash never leaves half an export (nor spoils the one there was); anything else (a
    pipe, ``/dev/stdout``) is written to directly. Raises OSError, the temporary file gone.
    """
    import tempfile

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


def write_export(store: Store, path: Path, fmt: str) -> tuple[int, int]:
    spans, episodes = export_rows(store)
    write_private(path, export_text(spans, episodes, fmt))
    return len(spans), len(episodes)
