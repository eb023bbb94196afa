"""This computer's identity among the others: a stable random id, kept in the data folder
(so a new settings file keeps it), and a name the person may change in Settings."""

from __future__ import annotations

import contextlib
import os
import platform
import re
import uuid
from pathlib import Path

ID_FILE = "device-id"
_ID = re.compile(r"^[0-9a-f]{32}$")


def device_id(data_dir: Path) -> str:
    """The id of this computer, made (random, 32 hex digits) the first time.

    A file that does not hold an id (edited by hand, damaged) is kept aside as
    ``device-id.broken`` and a new id made: this computer then shows as a new one, which
    loses nothing (the old id's files stay in the shared folder).
    """
    path = data_dir / ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        text = None
    except (OSError, UnicodeDecodeError):
        text = ""
    if text is not None and _ID.match(text):
        return text
    if text is not None:
        with contextlib.suppress(OSError):
            path.replace(path.with_name(f"{ID_FILE}.broken"))
    new = uuid.uuid4().hex
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{ID_FILE}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(new + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    return new


def existing_device_id(data_dir: Path) -> str | None:
    """The id of this computer if one was ever made, without making one: a computer
    without a shared folder stores none (README "Several computers": off means nothing
    stored), and looking must not change that."""
    try:
        text = (data_dir / ID_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _ID.match(text) else None


def default_name() -> str:
    """The computer's host name, the name it shows under until the person gives one."""
    return platform.node().split(".")[0] or "this computer"
