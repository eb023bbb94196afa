"""The shared folder on disk: where each computer's files live, writing them whole, and
reading the others' back without ever misreading one.

Layout, under the folder the person chose::

    creepguard/devices/<id>/device.json      the computer's name
    creepguard/devices/<id>/presence.json    what it last saw of the person
    creepguard/devices/<id>/days/<date>.json one day of its history

Every function here does its I/O at once, on the calling thread; :mod:`.link` calls them
from its own thread so that a folder that hangs (a network home gone away) never holds up
tracking.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from creepguard.core.model import Episode, Span
from creepguard.i18n import fill, tr
from creepguard.paths import private_folder
from creepguard.sync.formats import (
    DayRecord,
    DeviceInfo,
    NewerFormat,
    PeerWord,
    Unreadable,
    read_day,
    read_device,
    read_presence,
)

ROOT = "creepguard"
DEVICES = "devices"
DEVICE_FILE = "device.json"
PRESENCE_FILE = "presence.json"
DAYS = "days"

# Copies that sync programs keep when two computers changed one file: Syncthing's
# "name.sync-conflict-20261203-101010-ABCDEFG.json", Nextcloud's and Dropbox's
# "name (conflicted copy 2026-12-03 101010).json".
_CONFLICT = re.compile(
    r"^(?P<base>[^ ]+?)(?:\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]+| \([^)]*conflicted copy[^)]*\))"
    r"(?P<ext>\.json)$"
)
_ID = re.compile(r"^[0-9a-f]{32}$")
_SETTLED_S = 3.0


class FolderProblem(Exception):
    """The folder cannot be used now; the message says so in plain words."""


def devices_dir(folder: Path) -> Path:
    return folder / ROOT / DEVICES


def check_folder(folder: Path, *, set_up_before: bool, read_only: bool = False) -> Path:
    """The folder's ``creepguard/devices`` folder, made if need be (never ``read_only``);
    FolderProblem when the folder is missing, a file, empty after being set up (not
    mounted?) or not writable."""
    if not folder.exists():
        raise FolderProblem(
            fill(
                tr(
                    "Sync",
                    "The shared folder %1 is not there (unplugged, or not mounted?). "
                    "CreepGuard counts on this computer alone meanwhile, and writes there "
                    "again once it is back.",
                    "%1 is the folder's path",
                ),
                folder,
            )
        )
    if not folder.is_dir():
        raise FolderProblem(
            fill(
                tr(
                    "Sync",
                    "The shared folder %1 is a file, not a folder. Choose a folder in "
                    "Settings > Devices.",
                    "%1 is the path; Settings > Devices: the Settings window's Devices tab",
                ),
                folder,
            )
        )
    devices = devices_dir(folder)
    if not devices.is_dir():
        if read_only and not set_up_before:
            raise FolderProblem(
                fill(
                    tr(
                        "Sync",
                        "Nothing is in the shared folder %1 yet: CreepGuard writes there once "
                        "it runs with this folder set.",
                        "%1 is the folder's path",
                    ),
                    folder,
                )
            )
        if set_up_before:
            # Writing now would fill the empty mount point, hidden once the real folder
            # is mounted over it.
            raise FolderProblem(
                fill(
                    tr(
                        "Sync",
                        "The shared folder %1 no longer holds CreepGuard's files (not "
                        "mounted, or emptied). CreepGuard waits for it; to start afresh from "
                        "this computer, turn the shared folder off and on again in "
                        "Settings > Devices.",
                        "%1 is the path; Settings > Devices: the Settings window's Devices tab",
                    ),
                    folder,
                )
            )
        try:
            private_folder(devices)  # owner-only, as CreepGuard's own folders
        except OSError as error:
            raise FolderProblem(_cannot_write(folder, error)) from error
    return devices


def _cannot_write(folder: Path, error: OSError) -> str:
    if isinstance(error, PermissionError):
        reason = tr("Sync", "permission denied", "why a folder cannot be written in")
    else:
        reason = error.strerror or str(error)
    return fill(
        tr(
            "Sync",
            "CreepGuard cannot write in the shared folder %1 (%2). "
            "It counts on this computer alone meanwhile.",
            "%1 is the folder's path, %2 the reason (from the system, as: disk full)",
        ),
        folder,
        reason,
    )


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no reader, and no sync program, ever sees half
    of it: a temporary file in the same folder (its name starts with a dot, which readers
    skip), flushed to disk, renamed into place."""
    if not path.parent.is_dir():
        private_folder(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def conflict_base(name: str) -> str | None:
    """The file a conflict copy named ``name`` is a copy of (None: not a conflict copy)."""
    match = _CONFLICT.match(name)
    return None if match is None else match["base"] + match["ext"]


@dataclass
class DeviceView:
    """One computer as its files in the folder show it."""

    device: str
    info: DeviceInfo | None = None
    word: PeerWord | None = None
    problems: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.info.name if self.info is not None else unnamed(self.device)


def unnamed(device: str) -> str:
    """What a computer whose name cannot be read is called (the start of its id)."""
    return fill(
        tr("Sync", "computer %1", "a computer whose name is not known: %1 is the start of its id"),
        device[:8],
    )


_Cached = tuple[int, int, Any]  # mtime_ns, size, the result or the exception it raised


class FolderReader:
    """Reads the computers' files in ``devices``, each again only once it changed (its
    size or modification time), so that looking every few seconds costs a few stats."""

    def __init__(self, devices: Path) -> None:
        self.devices = devices
        self._files: dict[Path, _Cached] = {}
        self._good: dict[Path, Any] = {}  # the last whole reading of each file
        self._listings: dict[Path, tuple[int, list[str]]] = {}
        self.reads = 0  # files parsed (not served from the cache), for tests

    def _read(self, path: Path, parse: Callable[[bytes], Any]) -> Any:
        """The parsed file, or the exception reading it raised (FileNotFoundError: none)."""
        try:
            stat = path.stat()
        except OSError as error:
            self._files.pop(path, None)
            self._good.pop(path, None)
            return error
        cached = self._files.get(path)
        same = cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size)
        # A file changed within the last seconds may change again within one tick of a
        # coarse clock (network folders: a second or two) at the same size: read it again.
        if same and cached is not None and time.time() - stat.st_mtime > _SETTLED_S:
            return cached[2]
        self.reads += 1
        try:
            result: Any = parse(path.read_bytes())
        except (OSError, Unreadable, NewerFormat) as error:
            result = error
        else:
            self._good[path] = result
        self._files[path] = (stat.st_mtime_ns, stat.st_size, result)
        return result

    def last_good(self, path: Path) -> Any:
        """The last whole reading of ``path`` (None if none): a file caught half-written
        by a sync program or a network folder counts as it was until it arrives whole."""
        return self._good.get(path)

    def _listing(self, folder: Path) -> list[str]:
        """The names in ``folder`` (none when it is missing), listed again only once the
        folder changed."""
        try:
            stat = folder.stat()
        except OSError:
            return []
        cached = self._listings.get(folder)
        if cached is not None and cached[0] == stat.st_mtime_ns:
            return cached[1]
        try:
            names = sorted(entry.name for entry in os.scandir(folder))
        except OSError:
            names = []
        self._listings[folder] = (stat.st_mtime_ns, names)
        return names

    def device_ids(self) -> list[str]:
        return [name for name in self._listing(self.devices) if _ID.match(name)]

    def view(self, device: str) -> DeviceView:
        """A computer's name and latest word, with what could not be read."""
        folder = self.devices / device
        view = DeviceView(device)
        info = self._read(folder / DEVICE_FILE, read_device)
        if isinstance(info, DeviceInfo):
            view.info = info
        names = self._listing(folder)
        words: list[PeerWord] = []
        for name in [PRESENCE_FILE, *(n for n in names if conflict_base(n) == PRESENCE_FILE)]:
            word = self._read(folder / name, read_presence)
            if not isinstance(word, PeerWord | FileNotFoundError):
                view.problems.append(_unread(_WORD, view.name, name, word))
                word = self.last_good(folder / name)
            if isinstance(word, PeerWord):
                words.append(word)
                if name != PRESENCE_FILE:
                    view.conflicts.append(f"{device}/{name}")
        if not isinstance(info, DeviceInfo | FileNotFoundError):
            view.problems.append(_unread(_NAME, view.name, DEVICE_FILE, info))
        # A conflict copy of a word: the latest one stands (a word is only ever replaced).
        view.word = max(words, key=lambda w: w.presence.seen, default=None)
        return view

    def days(self, device: str, first: date, last: date, view: DeviceView) -> list[DayRecord]:
        """A computer's days from ``first`` to ``last`` (each with any conflict copies
        merged in: nothing is dropped); what could not be read goes into ``view``."""
        folder = self.devices / device / DAYS
        groups: dict[str, list[str]] = {}
        for name in self._listing(folder):
            base = conflict_base(name) or name
            if name.startswith(".") or not base.endswith(".json"):
                continue  # a file still being written, or not a day
            try:
                day = date.fromisoformat(base[:-5])
            except ValueError:
                continue
            if first <= day <= last:  # (a range can be centuries: never listed out)
                groups.setdefault(base, []).append(name)
        records: list[DayRecord] = []
        for base, members in sorted(groups.items()):
            parts: list[DayRecord] = []
            for name in members:
                record = self._read(folder / name, read_day)
                if not isinstance(record, DayRecord | FileNotFoundError):
                    view.problems.append(_unread(_DAY, view.name, name, record, base[:-5]))
                    record = self.last_good(folder / name)
                if isinstance(record, DayRecord):
                    parts.append(record)
                    if name != base:
                        view.conflicts.append(f"{device}/{DAYS}/{name}")
            if parts:
                records.append(_union(parts))
        return records


_WORD, _NAME, _DAY = "word", "name", "day"  # which of a computer's files, for _unread


def _unread(which: str, name: str, file: str, error: object, day: str = "") -> str:
    """A computer's file that could not be counted, in a whole sentence per kind of file
    (translators get no sentence built from pieces)."""
    reason = (error.strerror or error) if isinstance(error, OSError) else error
    if isinstance(error, NewerFormat):
        if which == _WORD:
            text = tr(
                "Sync",
                "%1's latest word (%2) was written by a newer CreepGuard (format %3); "
                "update CreepGuard on this computer to count it.",
                "%1 is a computer's name, %2 a file name; the latest word: what that computer "
                "last wrote about the person (at the keyboard or away, since when)",
            )
        elif which == _NAME:
            text = tr(
                "Sync",
                "%1's name (%2) was written by a newer CreepGuard (format %3); "
                "update CreepGuard on this computer to count it.",
                "%1 is a computer's name, %2 a file name",
            )
        else:
            return fill(
                tr(
                    "Sync",
                    "%1's day %2 (%3) was written by a newer CreepGuard (format %4); "
                    "update CreepGuard on this computer to count it.",
                    "%1 is a computer's name, %2 a date (2026-12-03), %3 a file name",
                ),
                name,
                day,
                file,
                error.version,
            )
        return fill(text, name, file, error.version)
    if which == _WORD:
        text = tr(
            "Sync",
            "%1's latest word (%2) could not be read: %3.",
            "%1 is a computer's name, %2 a file name, %3 why (as: it is not complete); the "
            "latest word: what that computer last wrote about the person",
        )
    elif which == _NAME:
        text = tr(
            "Sync",
            "%1's name (%2) could not be read: %3.",
            "%1 is a computer's name, %2 a file name, %3 why (as: it is not complete)",
        )
    else:
        return fill(
            tr(
                "Sync",
                "%1's day %2 (%3) could not be read: %4.",
                "%1 is a computer's name, %2 a date (2026-12-03), %3 a file name, %4 why "
                "(as: it is not complete)",
            ),
            name,
            day,
            file,
            reason,
        )
    return fill(text, name, file, reason)


def _union(parts: Iterable[DayRecord]) -> DayRecord:
    """One day from a file and its conflict copies: every span and prompt of each, once."""
    parts = list(parts)
    spans: dict[tuple[object, ...], Span] = {}
    episodes: dict[tuple[object, ...], Episode] = {}
    for part in parts:
        for span in part.spans:
            spans.setdefault((span.state, span.start, span.end), span)
        for episode in part.episodes:
            episodes.setdefault((episode.kind, episode.started), episode)
    first = parts[0]
    return DayRecord(
        first.device,
        first.day,
        tuple(sorted(spans.values(), key=lambda s: (s.start, s.end))),
        tuple(sorted(episodes.values(), key=lambda e: e.started)),
    )
