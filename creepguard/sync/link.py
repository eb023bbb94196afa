"""The running tracker's way to the shared folder: :class:`FolderLink`, the
:class:`~creepguard.sync.port.PeerLink` the app calls.

Threading: every touch of the folder runs on one worker thread, in order. The app's
thread only hands work over and reads what the worker found; its one wait is in
:meth:`FolderLink.peers`, for a fresh look, at most ``wait_s`` (0.25 s), after which it
answers with the last look. A folder that hangs (a network home gone away) never holds up
tracking, and is told as a problem. Writes are tried again at later wakes while they fail;
the history file stays the truth and each day file is written from it, so nothing is lost
while the folder is away (days still to write survive a restart in ``sync-state.json`` in
the data folder).

Idle cost: the link has no timer. The app calls it at wakes it has anyway; the worker
blocks on its queue (no wake-ups) while there is nothing to do, and this computer's word
is written only when it changed or, while the person is here, at most every 10 s.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from creepguard.core.clock import Clock
from creepguard.core.model import Episode, Posture, Span, State
from creepguard.core.peers import SKEW_TOLERANCE_S, Presence
from creepguard.i18n import fill, tr
from creepguard.sync.folder import (
    DAYS,
    DEVICE_FILE,
    PRESENCE_FILE,
    DeviceView,
    FolderProblem,
    FolderReader,
    check_folder,
    devices_dir,
    write_whole,
)
from creepguard.sync.formats import day_doc, device_doc, dumps, presence_doc
from creepguard.sync.history import MergedHistory, conflict_sentence
from creepguard.sync.merge import local_days, merge_episodes, merge_spans

log = logging.getLogger(__name__)

STATE_FILE = "sync-state.json"
# While the person is at this computer, its word is written again at most this often
# (app clock seconds); a change of state, a break, a warning or a card put off: at once.
REFRESH_S = 10.0
# Today's day file is written again at most this often while records keep coming.
DAY_EVERY_S = 60.0
# A write that failed is tried again at a wake at least this long after.
RETRY_S = 60.0
# The worker busy on one task this long (real seconds): the folder hangs.
HUNG_S = 10.0


class _Worker:
    """One daemon thread running the tasks handed to it, in order."""

    def __init__(self) -> None:
        self._tasks: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self.busy_since: float | None = None  # time.monotonic() when the task began
        self._thread = threading.Thread(target=self._run, name="creepguard-sync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            task = self._tasks.get()  # blocks without waking while there is nothing
            if task is None:
                return
            self.busy_since = time.monotonic()
            try:
                task()
            except Exception:  # a bug must not end the thread: logged, the next task runs
                log.exception("the shared folder's worker failed")
            finally:
                self.busy_since = None

    def put(self, task: Callable[[], None]) -> None:
        self._tasks.put(task)

    def stop(self, timeout_s: float) -> None:
        self._tasks.put(None)
        self._thread.join(timeout_s)


class _Inline:
    """Runs each task at once on the caller's thread (tests on a fake clock)."""

    busy_since: float | None = None

    def put(self, task: Callable[[], None]) -> None:
        task()

    def stop(self, timeout_s: float) -> None:
        pass


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """One computer for ``creepguard devices`` and Settings > Devices."""

    device: str  # "": this computer, never set up for a shared folder (no id made)
    name: str
    last_seen: datetime | None
    this_one: bool
    problems: tuple[str, ...] = ()


class FolderLink:
    """The app's link to the other computers through a shared folder (or to none).

    Args:
        data_dir: this computer's data folder (its id, ``sync-state.json``).
        database: its history file, which the day files are written from.
        tz: the local time zone (which day a record belongs to).
        clock: the app's clock (for the refresh limits and the clock check).
        folder: the shared folder; None: no folder (every call then does nothing).
        name: the name the person gave this computer ("" for the host name).
        threaded: False runs the folder's work inline (tests on a fake clock).
        wait_s: how long :meth:`peers` waits for a fresh look.
    """

    def __init__(
        self,
        data_dir: Path,
        database: Path,
        tz: tzinfo,
        clock: Clock,
        *,
        folder: Path | None,
        name: str = "",
        threaded: bool = True,
        wait_s: float = 0.25,
    ) -> None:
        from creepguard.sync.identity import default_name

        self._data_dir = data_dir
        self._database = database
        self._tz = tz
        self._clock = clock
        self._threaded = threaded
        self._wait_s = wait_s
        self.device = ""  # made once a folder is chosen: nothing is stored without one
        self._default_name = default_name()
        self.folder: Path | None = None
        self.name = self._default_name
        self._worker: _Worker | _Inline | None = None
        self._reader: FolderReader | None = None
        # What the worker found last, replaced whole (the app's thread reads it as is).
        self._views: tuple[DeviceView, ...] = ()
        self._peer_spans: dict[str, tuple[Span, ...]] = {}
        self._peer_episodes: dict[str, tuple[Episode, ...]] = {}
        self._folder_problem: str | None = None
        # How far ahead each computer's clock looked when its latest word was first read
        # (a word read later looks older than it is: only a fresh one tells the clock).
        self._ahead: dict[str, tuple[datetime, float]] = {}
        self._looked = threading.Event()
        self._looking = False
        # What both threads change: the days still to write, the word waiting.
        self._lock = threading.Lock()
        self._dirty: set[date] = set()
        self._next_word: bytes | None = None
        # The app's thread only.
        self._last_gist: tuple[object, ...] | None = None
        self._last_seen: datetime | None = None
        self._last_word_t = float("-inf")
        self._marked_day: date | None = None
        self._last_days_t = float("-inf")
        self._generation = -1
        self._failed_t: float | None = None
        self.configure(folder, name)

    # ------------------------------------------------------------------ set-up

    def configure(self, folder: Path | None, name: str) -> None:
        """A folder or a name from Settings: in effect at once (no restart)."""
        name = name.strip() or self._default_name
        folder = folder.expanduser() if folder is not None else None
        if folder == self.folder:
            if name != self.name:
                self.name = name
                self._submit(self._write_device)
            return
        self._stop_worker(0.0)
        self.folder, self.name = folder, name
        self._views, self._peer_spans, self._peer_episodes = (), {}, {}
        self._folder_problem = None
        self._reader = None
        self._last_gist = None
        self._failed_t = None
        self._looking = False
        if folder is None:
            # Off: the next folder chosen (this one again too) is set up afresh.
            state = self._load_state()
            if state.get("folder") is not None:
                state["folder"] = None
                self._write_state(state)
            return
        if not self.device:
            from creepguard.sync.identity import device_id

            self.device = device_id(self._data_dir)
        self._worker = _Worker() if self._threaded else _Inline()
        state = self._load_state()
        first_time = state.get("folder") != str(folder)
        with self._lock:
            self._dirty = set() if first_time else set(_dates(state.get("pending")))
        self._submit(lambda: self._set_up(first_time))

    def _stop_worker(self, timeout_s: float) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(timeout_s)

    def _submit(self, task: Callable[[], None]) -> None:
        """Hand ``task`` to the worker; dropped if another folder is chosen before it
        runs (it was work for the old one)."""
        worker, folder = self._worker, self.folder
        if worker is None:
            return

        def run() -> None:
            if self.folder == folder:
                task()

        worker.put(run)

    def _worker_hangs(self, limit_s: float) -> bool:
        busy = self._worker.busy_since if self._worker is not None else None
        return busy is not None and time.monotonic() - busy > limit_s

    # ------------------------------------------------------------------ the port

    def peers(self) -> Sequence[Presence]:
        """The other computers' latest word: looked at now (waiting at most ``wait_s``),
        or as last seen."""
        if self.folder is None:
            return ()
        if not self._looking:
            self._looking = True
            self._looked.clear()
            self._submit(self._look)
        if not self._worker_hangs(1.0):  # a hung folder is not waited for at each wake
            self._looked.wait(self._wait_s)
        return tuple(view.word.presence for view in self._views if view.word is not None)

    def publish(self, presence: Presence, posture: Posture, open_span: Span | None) -> None:
        """This computer's word: written when it changed, and while the person is here
        (the last input moves) at most every ``REFRESH_S``; never while nothing changes,
        so never while they are away."""
        if self.folder is None:
            return
        # What the others act on: a change of state or of the pause, at once. Within
        # one state the break known, the warning and the next card matter only while the
        # person is here: away, the others judge the pause by when it began (written when
        # it began), so nothing is written while they are away.
        major = (presence.state, posture, presence.sit_paused_since,
                 None if open_span is None else (open_span.state, open_span.start))  # fmt: skip
        minor = (presence.zero_at, presence.creep_warned, presence.next_prompt_s)
        here = presence.state is not State.AWAY
        now = self._clock.monotonic()
        last = self._last_gist
        changed = last is None or major != last[0] or (here and minor != last[1])
        # New input (the idle reading's grain moves the last input by milliseconds).
        moved = (
            self._last_seen is None or abs((presence.seen - self._last_seen).total_seconds()) >= 1
        )
        refresh = moved and now - self._last_word_t >= REFRESH_S
        if changed or refresh:
            self._last_gist, self._last_seen, self._last_word_t = (major, minor), presence.seen, now
            doc = presence_doc(self.device, self._clock.now(), presence, posture, open_span)
            with self._lock:
                self._next_word = dumps(doc)
            self._submit(self._write_word)
        self._retry_if_due(now)

    def checkpointed(self, generation: int) -> None:
        """The history file took new records (its ``generation`` changed): today's day
        file is written again, at most every ``DAY_EVERY_S``."""
        if self.folder is None:
            return
        now = self._clock.monotonic()
        if generation != self._generation:
            self._generation = generation
            today = self._clock.now().astimezone(self._tz).date()
            with self._lock:
                if self._marked_day is not None and self._marked_day != today:
                    self._dirty.add(self._marked_day)  # its last span closed at midnight
                self._dirty.add(today)
            self._marked_day = today
        if self._dirty and now - self._last_days_t >= DAY_EVERY_S:
            self._last_days_t = now
            self._submit(self._write_days)
        self._retry_if_due(now)

    def merged_today(
        self, day: date, spans: list[Span], episodes: list[Episode]
    ) -> tuple[list[Span], list[Episode]]:
        """``day``'s records with every computer's (as the worker last read them)."""
        peer_spans, peer_episodes = self._peer_spans, self._peer_episodes
        if not peer_spans and not peer_episodes:
            return spans, episodes
        span_sources: list[tuple[str, Sequence[Span]]] = [("this", spans)]
        span_sources += list(peer_spans.items())
        episode_sources: list[tuple[str, Sequence[Episode]]] = [("this", episodes)]
        for device, found in peer_episodes.items():
            mine = [e for e in found if e.started.astimezone(self._tz).date() == day]
            episode_sources.append((device, mine))
        merged = [
            piece.span
            for piece in local_days(merge_spans(span_sources), self._tz)
            if piece.span.start.date() == day
        ]
        return merged, [episode for _, episode in merge_episodes(episode_sources)]

    def problems(self) -> tuple[str, ...]:
        """Plain sentences, one a problem: the folder, a file that cannot be read, a
        conflicting copy, another computer's clock."""
        if self.folder is None:
            return ()
        found: list[str] = []
        if self._worker_hangs(HUNG_S):
            found.append(
                fill(
                    tr(
                        "Sync",
                        "The shared folder %1 does not answer (a network folder gone away?). "
                        "CreepGuard counts on this computer alone meanwhile.",
                        "%1 is the folder's path",
                    ),
                    self.folder,
                )
            )
        if self._folder_problem:
            found.append(self._folder_problem)
        for view in self._views:
            found.extend(view.problems)
            found.extend(conflict_sentence(view.name, file) for file in view.conflicts)
            measured = self._ahead.get(view.device)
            if measured is not None and measured[1] > SKEW_TOLERANCE_S:
                found.append(
                    fill(
                        tr(
                            "Sync",
                            "The clock on %1 is about %2 min ahead of this computer's: what it "
                            "says is not used for the sit while that lasts. Let both computers "
                            "set their clocks automatically.",
                            "%1 is a computer's name, %2 a number of minutes; the sit: the "
                            "time the person has sat without a break",
                        ),
                        view.name,
                        f"{measured[1] / 60:.0f}",
                    )
                )
        return tuple(dict.fromkeys(found))

    def history(self, store: Any, only: str | None = None) -> Any:
        """What the History window and exports read: merged while a folder is set (or
        ``only`` that computer's: an id, or ``THIS``)."""
        if self.folder is None:
            return store
        reader = FolderReader(devices_dir(self.folder))
        return MergedHistory(store, reader, self.device, this_name=self.name, only=only)

    def devices(self) -> list[DeviceRow]:
        """Every computer in the folder (this one first), as last read; none without a
        folder (as NullLink)."""
        if self.folder is None:
            return []
        rows = [DeviceRow(self.device, self.name, self._last_seen, True)]
        for view in self._views:
            last = view.word.presence.seen if view.word is not None else None
            rows.append(DeviceRow(view.device, view.name, last, False, tuple(view.problems)))
        return rows

    def forget(self) -> None:
        """Delete history: this computer's days and word leave the folder too."""
        if self.folder is None:
            return
        with self._lock:
            self._dirty.clear()
        self._submit(self._remove_own)

    def close(self, timeout_s: float = 2.0) -> None:
        """At quit: today's day written, the span that ran here closed in the word, and
        what could not be written kept for the next start (waits at most ``timeout_s``)."""
        if self.folder is None:
            return
        with self._lock:
            self._dirty.add(self._clock.now().astimezone(self._tz).date())
        self._submit(self._write_days)
        self._submit(self._close_word)
        self._submit(self._save_state)
        hung = self._worker_hangs(0.0)
        self._stop_worker(timeout_s)
        if hung:
            log.warning("the shared folder did not answer at quit; days to write next time")

    # ------------------------------------------------------------------ on the worker

    def _guard(self, work: Callable[[Path], None]) -> bool:
        """Run ``work`` with the devices folder; a problem is kept for the person (and
        the work tried again later) instead of raised."""
        folder = self.folder
        assert folder is not None
        try:
            state = self._load_state()
            devices = check_folder(folder, set_up_before=state.get("folder") == str(folder))
            if self._reader is None or self._reader.devices != devices:
                self._reader = FolderReader(devices)
            work(devices)
        except FolderProblem as error:
            self._fail(str(error))
            return False
        except OSError as error:
            self._fail(
                fill(
                    tr(
                        "Sync",
                        "CreepGuard cannot use the shared folder %1 (%2). It counts on this "
                        "computer alone meanwhile and writes there again once it can.",
                        "%1 is the folder's path, %2 the reason (from the system, as: disk full)",
                    ),
                    folder,
                    error.strerror or error,
                )
            )
            return False
        if self._folder_problem is not None:
            log.info("the shared folder %s works again", folder)
        self._folder_problem = None
        self._failed_t = None
        return True

    def _fail(self, message: str) -> None:
        if message != self._folder_problem:
            log.warning("%s", message)
        self._folder_problem = message
        if self._failed_t is None:
            self._failed_t = self._clock.monotonic()

    def _retry_if_due(self, now: float) -> None:
        failed = self._failed_t
        if failed is not None and now - failed >= RETRY_S:
            self._failed_t = now  # one retry per RETRY_S, at a wake the app has anyway
            self._submit(self._write_device)
            if self._next_word is not None:
                self._submit(self._write_word)
            if self._dirty:
                self._submit(self._write_days)
            self._submit(self._save_state)

    def _set_up(self, first_time: bool) -> None:
        def work(devices: Path) -> None:
            self._write_device_in(devices)
            if first_time or not (devices / self.device / DAYS).is_dir():
                # The whole history, once: from here on the days that change.
                from creepguard.storage.sqlite_read import UnreadableHistory, recorded_days

                with contextlib.suppress(UnreadableHistory):  # the tracker says so itself
                    days = recorded_days(self._database) if self._database.exists() else []
                    with self._lock:
                        self._dirty.update(days)
            with self._lock:
                self._dirty.add(self._clock.now().astimezone(self._tz).date())
            self._save_state_in(folder_set_up=True)

        if self._guard(work):
            self._write_days()

    def _write_device(self) -> None:
        self._guard(self._write_device_in)

    def _write_device_in(self, devices: Path) -> None:
        doc = device_doc(self.device, self.name, self._clock.now())
        write_whole(devices / self.device / DEVICE_FILE, dumps(doc))

    def _write_word(self) -> None:
        with self._lock:
            data = self._next_word
        if data is None:
            return

        gone: list[bool] = []

        def work(devices: Path) -> None:
            mine = devices / self.device
            gone.append(not (mine / DAYS).is_dir())  # deleted: written again whole
            write_whole(mine / PRESENCE_FILE, data)
            if gone[0] or not (mine / DEVICE_FILE).exists():
                self._write_device_in(devices)

        if self._guard(work):
            with self._lock:
                if self._next_word is data:
                    self._next_word = None
            if gone and gone[0]:
                self._write_days()  # finds the days folder missing: every day again

    def _close_word(self) -> None:
        with self._lock:
            data = self._next_word
        if data is None and self.folder is not None:
            with contextlib.suppress(OSError):
                data = (devices_dir(self.folder) / self.device / PRESENCE_FILE).read_bytes()
        if data is None:
            return
        try:
            doc = json.loads(data)
        except ValueError:
            return
        doc["open_span"] = None  # CreepGuard stopped here: nothing runs on any more
        doc["written"] = self._clock.now().isoformat()
        with self._lock:
            self._next_word = dumps(doc)
        self._write_word()

    def _write_days(self) -> None:
        from creepguard.storage.sqlite_read import UnreadableHistory, read_day

        def work(devices: Path) -> None:
            folder = devices / self.device / DAYS
            if not folder.is_dir():
                # This computer's days are gone from the folder (deleted, or a sync program
                # lost them): all of them again, from the history file.
                from creepguard.storage.sqlite_read import recorded_days

                with contextlib.suppress(UnreadableHistory):
                    every = recorded_days(self._database)
                    with self._lock:
                        self._dirty.update(every)
            with self._lock:
                days = sorted(self._dirty)
            for day in days:
                try:
                    spans, episodes, _state = read_day(self._database, day, self._tz)
                except UnreadableHistory as error:
                    log.warning("day %s not written to the shared folder: %s", day, error)
                else:
                    doc = day_doc(self.device, day, spans, episodes, self._clock.now())
                    write_whole(folder / f"{day.isoformat()}.json", dumps(doc))
                with self._lock:
                    self._dirty.discard(day)

        if self._database.exists():
            self._guard(work)

    def _remove_own(self) -> None:
        def work(devices: Path) -> None:
            import shutil

            shutil.rmtree(devices / self.device / DAYS, ignore_errors=True)
            (devices / self.device / PRESENCE_FILE).unlink(missing_ok=True)

        self._guard(work)

    def _look(self) -> None:
        try:
            views: list[DeviceView] = []
            spans: dict[str, tuple[Span, ...]] = {}
            episodes: dict[str, tuple[Episode, ...]] = {}

            def work(devices: Path) -> None:
                reader = self._reader
                assert reader is not None
                today = self._clock.now().astimezone(self._tz).date()
                for device in reader.device_ids():
                    if device == self.device:
                        continue
                    view = reader.view(device)
                    days = reader.days(
                        device, today - timedelta(days=1), today + timedelta(days=1), view
                    )
                    found = [span for record in days for span in record.spans]
                    if view.word is not None and view.word.open_span is not None:
                        found.append(view.word.open_span)
                    spans[device] = tuple(found)
                    episodes[device] = tuple(e for record in days for e in record.episodes)
                    views.append(view)

            if self._guard(work):
                now = self._clock.now()
                for view in views:
                    word = view.word
                    known = self._ahead.get(view.device)
                    if word is not None and (known is None or known[0] != word.written):
                        self._ahead[view.device] = (
                            word.written,
                            (word.written - now).total_seconds(),
                        )
                self._views = tuple(views)
                self._peer_spans, self._peer_episodes = spans, episodes
            else:
                self._views = ()  # no word is current while the folder is away
        finally:
            self._looking = False
            self._looked.set()

    # ------------------------------------------------------------------ local state

    def _load_state(self) -> dict[str, Any]:
        try:
            data = json.loads((self._data_dir / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save_state(self) -> None:
        self._save_state_in(folder_set_up=None)

    def _save_state_in(self, *, folder_set_up: bool | None) -> None:
        """Write ``sync-state.json``: the folder once set up (so an empty folder later is
        known for an unmounted one) and the days still to write."""
        state = self._load_state()
        if folder_set_up:
            state["folder"] = None if self.folder is None else str(self.folder)
        with self._lock:
            state["pending"] = sorted(day.isoformat() for day in self._dirty)
        self._write_state(state)

    def _write_state(self, state: dict[str, Any]) -> None:
        state["format"] = 1
        path = self._data_dir / STATE_FILE
        temporary = path.with_name(f".{STATE_FILE}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(state, handle)
            temporary.replace(path)
        except OSError as error:
            log.warning("cannot save %s: %s", path, error)


def _dates(texts: object) -> list[date]:
    out: list[date] = []
    if isinstance(texts, list):
        for text in texts:
            with contextlib.suppress(ValueError):
                out.append(date.fromisoformat(str(text)))
    return out
