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
            f"The shared folder {folder} is not there (unplugged, or not mounted?). "
            "CreepGuard counts on this computer alone meanwhile, and writes there again "
            "once it is back."
        )
    if not folder.is_dir():
        raise FolderProblem(
            f"The shared folder {folder} is a file, not a folder. Choose a folder in "
            "Settings > Devices."
        )
    devices = devices_dir(folder)
    if not devices.is_dir():
        if read_only and not set_up_before:
            raise FolderProblem(
                f"Nothing is in the shared folder {folder} yet: CreepGuard writes there once "
                "it runs with this folder set."
            )
        if set_up_before:
            # Writing now would fill the empty mount point, hidden once the real folder
            # is mounted over it.
            raise FolderProblem(
                f"The shared folder {folder} no longer holds CreepGuard's files (not "
                "mounted, or emptied). CreepGuard waits for it; to start afresh from this "
                "computer, turn the shared folder off and on again in Settings > Devices."
            )
        try:
            private_folder(devices)  # owner-only, as CreepGuard's own folders
        except OSError as error:
            raise FolderProblem(_cannot_write(folder, error)) from error
    return devices


def _cannot_write(folder: Path, error: OSError) -> str:
    reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
    return (
        f"CreepGuard cannot write in the shared folder {folder} ({reason or error}). "
        "It counts on this computer alone meanwhile."
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
        return self.info.name if self.info is not None else f"computer {self.device[:8]}"


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
                view.problems.append(_unread(view.name, "latest word", name, word))
                word = self.last_good(folder / name)
            if isinstance(word, PeerWord):
                words.append(word)
                if name != PRESENCE_FILE:
                    view.conflicts.append(f"{device}/{name}")
        if not isinstance(info, DeviceInfo | FileNotFoundError):
            view.problems.append(_unread(view.name, "name", DEVICE_FILE, info))
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
                    view.problems.append(_unread(view.name, f"day {base[:-5]}", name, record))
                    record = self.last_good(folder / name)
                if isinstance(record, DayRecord):
                    parts.append(record)
                    if name != base:
                        view.conflicts.append(f"{device}/{DAYS}/{name}")
            if parts:
                records.append(_union(parts))
        return records


def _unread(name: str, what: str, file: str, error: object) -> str:
    if isinstance(error, NewerFormat):
        return (
            f"{name}'s {what} ({file}) was written by a newer CreepGuard (format "
            f"{error.version}); update CreepGuard on this computer to count it."
        )
    if isinstance(error, OSError):
        return f"{name}'s {what} ({file}) could not be read: {error.strerror or error}."
    return f"{name}'s {what} ({file}) could not be read: {error}."


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
