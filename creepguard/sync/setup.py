"""Building the link from the settings, and saying who shares the folder in words: what
the composition root, the Settings window and ``creepguard devices`` need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from creepguard.core.clock import Clock
    from creepguard.paths import AppPaths
    from creepguard.sync.link import DeviceRow, FolderLink


def folder_of(settings: Mapping[str, Any]) -> Path | None:
    """The shared folder the settings name (None: none)."""
    text = str(settings["sync_folder"]).strip()
    return Path(text).expanduser() if text else None


def open_link(paths: AppPaths, settings: Mapping[str, Any], clock: Clock) -> FolderLink:
    """The running tracker's link, following the settings as they change."""
    from creepguard.sync.link import FolderLink

    return FolderLink(
        paths.data_dir,
        paths.database,
        clock.tz,
        clock,
        folder=folder_of(settings),
        name=str(settings["device_name"]),
    )


def follow_settings(link: FolderLink, settings: Mapping[str, Any]) -> None:
    """Settings were saved: a new folder or name takes effect at once."""
    link.configure(folder_of(settings), str(settings["device_name"]))


def ago(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min ago" if minutes else f"{hours} h ago"
    return f"{hours // 24} days ago"


def describe(rows: Sequence[DeviceRow], now: datetime) -> list[str]:
    """One line per computer: its name, when it last saw the person, which is this one."""
    lines = []
    for row in rows:
        if row.this_one:
            lines.append(f"{row.name} (this computer)")
            continue
        if row.last_seen is None:
            seen = "has not said when it last saw you"
        else:
            local = row.last_seen.astimezone(now.tzinfo)
            seen = f"last saw you {local:%Y-%m-%d %H:%M}, {ago((now - local).total_seconds())}"
            if local > now:
                seen = f"last saw you {local:%Y-%m-%d %H:%M}, ahead of this computer's clock"
        lines.append(f"{row.name}: {seen}")
    return lines
