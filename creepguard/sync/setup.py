"""Building the link from the settings, and saying who shares the folder in words: what
the composition root, the Settings window and ``creepguard devices`` need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from creepguard.i18n import fill, tr

if TYPE_CHECKING:
    from creepguard.core.clock import Clock
    from creepguard.paths import AppPaths
    from creepguard.sync.history import MergedHistory
    from creepguard.sync.link import DeviceRow, FolderLink


class NoSuchDevice(ValueError):
    """``--device`` names no computer in the shared folder."""


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
    """How long ago, in words ("3 min ago")."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return tr("Sync", "just now", "when a computer last saw the person")
    if minutes < 60:
        return tr("Sync", "%n min ago", "when a computer last saw the person", minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        if minutes:
            return fill(
                tr(
                    "Sync",
                    "%1 h %2 min ago",
                    "when a computer last saw the person: %1 hours and %2 minutes ago",
                ),
                hours,
                minutes,
            )
        return tr("Sync", "%n h ago", "when a computer last saw the person: hours ago", hours)
    return tr("Sync", "%n day(s) ago", "when a computer last saw the person", hours // 24)


def describe(rows: Sequence[DeviceRow], now: datetime) -> list[str]:
    """One line per computer: its name, when it last saw the person, which is this one."""
    lines = []
    for row in rows:
        if row.this_one:
            lines.append(
                fill(tr("Sync", "%1 (this computer)", "%1 is this computer's name"), row.name)
            )
            continue
        if row.last_seen is None:
            lines.append(
                fill(
                    tr(
                        "Sync",
                        "%1: has not said when it last saw you",
                        "%1 is another computer's name",
                    ),
                    row.name,
                )
            )
            continue
        local = row.last_seen.astimezone(now.tzinfo)
        when = f"{local:%Y-%m-%d %H:%M}"
        if local > now:
            line = fill(
                tr(
                    "Sync",
                    "%1: last saw you %2, ahead of this computer's clock",
                    "%1 is another computer's name, %2 a date and time (2026-12-03 09:40) "
                    "later than this computer's clock says it is",
                ),
                row.name,
                when,
            )
        else:
            line = fill(
                tr(
                    "Sync",
                    "%1: last saw you %2, %3",
                    "%1 is another computer's name, %2 a date and time (2026-12-03 09:40), "
                    "%3 how long ago, as: 3 min ago",
                ),
                row.name,
                when,
                ago((now - local).total_seconds()),
            )
        lines.append(line)
    return lines


def folder_rows(
    paths: AppPaths, settings: Mapping[str, Any], timeout_s: float = 5.0
) -> tuple[list[DeviceRow], list[str]]:
    """Every computer in the shared folder, this one first, read now (for the command
    line: no tracker needed), and the problems found; FolderProblem if the folder is
    unusable."""
    from creepguard.sync.folder import check_folder
    from creepguard.sync.history import bounded
    from creepguard.sync.identity import default_name, device_id, existing_device_id
    from creepguard.sync.link import DeviceRow

    folder = folder_of(settings)
    name = str(settings["device_name"]).strip() or default_name()
    if folder is None:  # looked at, not set up: no id is made
        return [DeviceRow(existing_device_id(paths.data_dir) or "", name, None, True)], []
    this = device_id(paths.data_dir)
    rows = [DeviceRow(this, name, None, True)]

    def read() -> tuple[list[DeviceRow], list[str]]:
        from creepguard.sync.folder import FolderReader
        from creepguard.sync.history import conflict_sentence

        devices = check_folder(folder, set_up_before=_set_up_before(paths, folder), read_only=True)
        reader = FolderReader(devices)
        found, problems = [], []
        for device in reader.device_ids():
            view = reader.view(device)
            seen = view.word.presence.seen if view.word is not None else None
            if device == this:
                rows[0] = DeviceRow(this, name, seen, True, tuple(view.problems))
                continue
            found.append(DeviceRow(device, view.name, seen, False, tuple(view.problems)))
            problems += view.problems
            problems += [conflict_sentence(view.name, file) for file in view.conflicts]
        return found, problems

    instead = tr(
        "Sync",
        "the other computers are not listed",
        "ends the sentence 'The shared folder did not answer within 5 s (a network folder "
        "gone away?); ...'",
    )
    others, problems = bounded(read, timeout_s, instead)
    return [rows[0], *others], problems


def merged_history(
    paths: AppPaths,
    store: Any,
    settings: Mapping[str, Any],
    *,
    device: str | None = None,
    timeout_s: float = 5.0,
) -> MergedHistory:
    """What ``history`` and ``export`` read: this computer's history with the others'
    (only the one named ``device``, by its name or the start of its id, if given)."""
    from creepguard.sync.folder import FolderProblem, FolderReader, devices_dir
    from creepguard.sync.history import MergedHistory
    from creepguard.sync.identity import default_name, device_id, existing_device_id
    from creepguard.sync.port import THIS

    folder = folder_of(settings)
    # Without a folder no other computer's files are read: no id is needed, none is made.
    this = (
        device_id(paths.data_dir) if folder is not None else existing_device_id(paths.data_dir)
    ) or ""
    name = str(settings["device_name"]).strip() or default_name()
    reader = FolderReader(devices_dir(folder)) if folder is not None else None
    only: str | None = None
    problems: list[str] = []
    if device is not None:
        wanted = device.strip().casefold()
        if wanted in ("this", name.casefold()) or this.startswith(wanted):
            only = THIS
        else:
            try:
                rows, problems = folder_rows(paths, settings, timeout_s)
            except FolderProblem as error:
                raise NoSuchDevice(
                    fill(
                        tr(
                            "Sync",
                            "cannot look for a computer called %1: %2",
                            "%1 is the name the person typed after --device, quoted; %2 why "
                            "(a sentence about the shared folder)",
                        ),
                        repr(device),
                        error,
                    )
                ) from error
            matches = [
                row.device
                for row in rows[1:]
                if row.name.casefold() == wanted or row.device.startswith(wanted)
            ]
            if len(matches) != 1:
                known = ", ".join(row.name for row in rows)
                raise NoSuchDevice(
                    fill(
                        tr(
                            "Sync",
                            "no single computer is called %1 in the shared folder (there are: "
                            "%2; `creepguard devices` lists them)",
                            "%1 is the name the person typed after --device, quoted; %2 the "
                            "computers' names, separated by commas; `creepguard devices` is a "
                            "command: keep it as it is",
                        ),
                        repr(device),
                        known,
                    )
                )
            only = matches[0]
    history = MergedHistory(store, reader, this, this_name=name, only=only, timeout_s=timeout_s)
    history.problems.extend(problems)
    return history


def _set_up_before(paths: AppPaths, folder: Path) -> bool:
    """The tracker has set up ``folder`` (written in ``sync-state.json``)."""
    import json

    from creepguard.sync.link import STATE_FILE

    try:
        state = json.loads((paths.data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(state, dict) and state.get("folder") == str(folder)
