"""``creepguard run``: start-up in the order a person notices.

The tray goes up first; the store (SQLAlchemy), the activity backends and the scheduler
load on the next turn of the event loop, while the tray is already on screen.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from creepguard.control import InstanceLock, NotRunning, request
from creepguard.paths import AppPaths, private_folder

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtWidgets import QApplication

    from creepguard.app import CreepGuardApp
    from creepguard.core.exercises import Exercise
    from creepguard.core.model import Posture
    from creepguard.core.picker import ExerciseChoice
    from creepguard.settings import Settings
    from creepguard.storage.history_source import HistorySource
    from creepguard.ui.port import CardView, PauseLength, StatusView
    from creepguard.ui.shell import QtShell

log = logging.getLogger("creepguard")

_SETTLE_MS = 100  # between the tray's first frame and loading the rest
_SETTLED_MS = 5_000  # from loading the rest until start-up's garbage is given back
# ``--time-scale``: an hour a second at most (a simulated week in three minutes). The
# slowest is a hundredth of real time: the app sleeps up to an hour of its clock at a
# time, and Qt's timers take at most 2**31 ms (~25 real days).
MIN_TIME_SCALE = 0.01
MAX_TIME_SCALE = 3600.0
_STOP_SIGNALS = ("SIGTERM", "SIGINT")


def paint_on_the_calling_thread() -> None:
    """Keep Qt's raster engine from handing fills to its GUI thread pool.

    It splits any antialiased fill of more than ~96 spans (the tray ring is one) over
    pool threads that expire after 30 s idle, so each redraw of the ring a minute or more
    apart started two threads again: wake-ups and CPU for a fill that takes microseconds
    on one thread. Qt reads the variable once, at the first fill; a value the person set
    is kept.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def setup_logging(log_dir: Path, verbose: bool) -> Path:
    """A rotating log in the platformdirs log folder; ``--verbose`` also prints debug."""
    import logging.handlers  # ~6 ms (pickle, socket, queue...): after the first frame

    class PrivateLog(logging.handlers.RotatingFileHandler):
        """Every log file (each one after a rotation too) owner-only from its start."""

        def _open(self) -> Any:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: PTH123

    private_folder(log_dir)
    path = log_dir / "creepguard.log"
    handler = PrivateLog(path, maxBytes=512_000, backupCount=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root.addHandler(console)
    if os.name == "posix":  # files an older version left readable by others
        for old in (path, *(path.with_name(f"{path.name}.{n}") for n in (1, 2, 3))):
            if old.exists():
                old.chmod(0o600)
    return path


def _show_running(paths: AppPaths) -> bool:
    try:
        request(paths.control_socket, "show")
    except NotRunning:
        return False
    return True


class ControllerProxy:
    """Stands in for the app while it loads, so the tray can appear before the store.

    Each method looks the app up when called, not when fetched: widgets bind
    ``controller.quit`` at construction, before the app exists. Until it does, the
    person's actions do nothing (the tray shows "loading"), and Quit leaves the welcome.
    """

    def __init__(self) -> None:
        self.target: CreepGuardApp | None = None
        # Quit from the tray before the app exists (while the first-run welcome is open).
        self.quit_before_start: Callable[[], None] | None = None

    @property
    def settings(self) -> Settings:
        if self.target is not None:
            return self.target.settings
        from creepguard.settings import Settings

        return Settings()  # the defaults, until the person's file is read

    def status(self) -> StatusView:
        if self.target is not None:
            return self.target.status()
        from creepguard.ui.shell import loading_view

        return loading_view()

    def quit(self) -> None:
        if self.target is not None:
            self.target.quit()
        elif self.quit_before_start is not None:
            self.quit_before_start()

    def take_break(self) -> None:
        if self.target is not None:
            self.target.take_break()

    def mark_away(self) -> None:
        if self.target is not None:
            self.target.mark_away()

    def set_posture(self, posture: Posture) -> None:
        if self.target is not None:
            self.target.set_posture(posture)

    def set_seated_only_today(self, seated_only: bool) -> None:
        if self.target is not None:
            self.target.set_seated_only_today(seated_only)

    def fix_last_gap(self, *, was_away: bool) -> None:
        if self.target is not None:
            self.target.fix_last_gap(was_away=was_away)

    def pause(self, length: PauseLength) -> None:
        if self.target is not None:
            self.target.pause(length)

    def resume(self) -> None:
        if self.target is not None:
            self.target.resume()

    def open_settings(self) -> None:
        if self.target is not None:
            self.target.open_settings()

    def open_history(self) -> None:
        if self.target is not None:
            self.target.open_history()

    def problems_seen(self) -> None:
        if self.target is not None:
            self.target.problems_seen()

    def card_shown(self, exercise_id: str) -> None:
        if self.target is not None:
            self.target.card_shown(exercise_id)

    def card_done(self) -> None:
        if self.target is not None:
            self.target.card_done()

    def card_snooze(self) -> None:
        if self.target is not None:
            self.target.card_snooze()

    def card_skip(self) -> None:
        if self.target is not None:
            self.target.card_skip()

    def card_dismissed(self) -> None:
        if self.target is not None:
            self.target.card_dismissed()

    def card_another(self, current_id: str) -> CardView | None:
        return None if self.target is None else self.target.card_another(current_id)

    def card_hurts(self, exercise_id: str) -> None:
        if self.target is not None:
            self.target.card_hurts(exercise_id)

    def card_hurts_undo(self, exercise_id: str) -> None:
        if self.target is not None:
            self.target.card_hurts_undo(exercise_id)

    def input_idle_s(self) -> float | None:
        return None if self.target is None else self.target.input_idle_s()

    # The settings, history and welcome windows open only once the app runs.
    def apply_settings(self, new: Settings) -> None:
        if self.target is not None:
            self.target.apply_settings(new)

    def set_exercise_choice(self, exercise_id: str, values: dict[str, bool]) -> None:
        if self.target is not None:
            self.target.set_exercise_choice(exercise_id, values)

    def device_lines(self) -> list[str]:
        return [] if self.target is None else self.target.device_lines()

    def exercise_library(self) -> Sequence[Exercise]:
        return [] if self.target is None else self.target.exercise_library()

    def exercise_choices(self) -> Mapping[str, ExerciseChoice]:
        return {} if self.target is None else self.target.exercise_choices()

    def export_history(self, path: Path) -> None:
        if self.target is not None:
            self.target.export_history(path)

    def delete_history(self) -> None:
        if self.target is not None:
            self.target.delete_history()

    def history_source(self) -> HistorySource:
        if self.target is None:
            raise RuntimeError("the history opens once CreepGuard has loaded")
        return self.target.history_source()


def _watch_signals(qt: QApplication, on_signal: Any) -> None:
    """Let SIGTERM and SIGINT reach Python while Qt's loop runs: Python handlers only
    run when the interpreter gets control, so a socket pair wakes the loop.

    Called after the tray's first frame, which does without ``socket.py`` (~4 ms)."""
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        on_signal()

    notifier.activated.connect(drain)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)
    # Kept alive as long as the application: dropping them would close the wake-up fd.
    qt._creepguard_signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined]


def run_tracker(paths: AppPaths, *, demo: bool, time_scale: float, verbose: bool) -> int:
    # Before anything is created or locked (the command line says so in its own words).
    if not MIN_TIME_SCALE <= time_scale <= MAX_TIME_SCALE:
        raise ValueError(f"the time scale {time_scale!r} is out of range")
    if not demo:
        return _run_locked(paths, demo=False, time_scale=time_scale, verbose=verbose)
    import shutil
    import signal

    paths = AppPaths.temporary()
    root = paths.data_dir.parent
    from creepguard.i18n import fill, tr

    print(
        fill(
            tr(
                "Cli",
                "Demo at %1x speed: a scripted person lives a short day, about %2 real "
                "minutes. Its data lives in %3 (removed at the end), not in your history.",
            ),
            f"{time_scale:g}",
            f"{57 / time_scale:.0f}",
            root,
        )
    )
    print(
        fill(tr("Cli", "Try: %1", "a command to type"), f"CREEPGUARD_HOME={root} creepguard status")
    )

    def interrupted(*_: object) -> None:  # until Qt's loop watches the signals itself
        raise KeyboardInterrupt

    numbers = [getattr(signal, name) for name in _STOP_SIGNALS if hasattr(signal, name)]
    previous = {number: signal.signal(number, interrupted) for number in numbers}
    try:
        return _run_locked(paths, demo=True, time_scale=time_scale, verbose=verbose)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        shutil.rmtree(root, ignore_errors=True)


def _run_locked(paths: AppPaths, *, demo: bool, time_scale: float, verbose: bool) -> int:
    paths.ensure()
    if _show_running(paths):
        print("CreepGuard is already running; it has been asked to show itself.")
        return 0
    lock = InstanceLock(paths.instance_lock)
    if not lock.acquire():
        # Another tracker is starting this very moment: wait for its socket.
        for _ in range(40):
            time.sleep(0.1)
            if _show_running(paths):
                break
        print("CreepGuard is already running.")
        return 0
    try:
        return _run(paths, time_scale=time_scale, verbose=verbose, demo=demo)
    finally:
        lock.release()


def _begin(  # noqa: PLR0917 - the parts _run made, handed on
    qt: QApplication,
    shell: QtShell,
    proxy: ControllerProxy,
    paths: AppPaths,
    settings: Settings,
    problems: tuple[str, ...],
    options: tuple[float, bool, bool],
) -> None:
    """Build the app and start tracking (``options``: the time scale, verbosity, demo)."""
    from PySide6.QtCore import QTimer

    from creepguard.startup import process_memory

    time_scale, verbose, demo = options
    # Until here only warnings were shown, on stderr (logging's last resort).
    log_path = setup_logging(paths.log_dir, verbose)
    log.info("tray shown; log at %s", log_path)
    for problem in problems:
        log.warning("%s", problem)

    from creepguard import bootstrap

    running = bootstrap.build(paths, settings, problems, shell, time_scale=time_scale, demo=demo)
    app = running.app
    proxy.target = app

    def stopped() -> None:
        running.stop()
        qt.quit()

    app.on_quit = stopped
    _watch_signals(qt, app.quit)
    app.start()
    if running.person is not None:
        _play_demo(app, running.person, app.clock, qt)
    # Start-up allocates and frees far more than the tracker keeps: give that back.
    QTimer.singleShot(_SETTLED_MS, process_memory.release_free_heap)


def _run(paths: AppPaths, *, time_scale: float, verbose: bool, demo: bool = False) -> int:
    # Only what the tray's first frame needs is imported and done here; the rest waits
    # for the next turn of the event loop (finish_start).
    from PySide6.QtCore import QTimer

    from creepguard.startup import process_memory, qt_workarounds

    qt_workarounds.stop_caching_sources()  # before the imports below
    paint_on_the_calling_thread()

    from PySide6.QtWidgets import QApplication

    from creepguard.ui.shell import QtShell

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    qt.setApplicationName("CreepGuard")
    qt.setDesktopFileName("creepguard")
    qt.setQuitOnLastWindowClosed(False)
    from creepguard.i18n import language_setting
    from creepguard.ui.translation import install_translator

    install_translator(qt, language_setting(str(paths.settings_file)))  # before any window
    first_run = not paths.settings_file.exists()
    proxy = ControllerProxy()
    shell = QtShell(proxy, paths=paths)  # the tray shows here

    def finish_start() -> None:
        # Some hundred Qt calls have run so far; the binding's reference bug needs tens of
        # thousands to matter.
        qt_workarounds.apply()
        process_memory.keep_openssl_out()  # before SQLAlchemy and hashlib load

        from creepguard import settings as settings_mod

        loaded = settings_mod.load(paths.settings_file)
        options = (time_scale, verbose, demo)

        def begin(chosen: Settings) -> None:
            try:
                _begin(qt, shell, proxy, paths, chosen, loaded.problems, options)
            except Exception as error:
                # A tray icon that never starts tracking is worse than no icon: say why
                # (the log has the traceback, once logging is up) and end with 1.
                log.exception("CreepGuard could not start")
                print(f"CreepGuard could not start: {error}", file=sys.stderr)
                shell.close()
                qt.exit(1)

        if not first_run or demo:  # the demo plays at once, without the welcome
            begin(loaded.settings)
            return

        # The first run: nothing is written and nothing tracked until Start. Closing the
        # welcome quits; it shows again next time.
        def start(changes: dict[str, Any]) -> None:
            proxy.quit_before_start = None
            chosen = loaded.settings.replace(**changes)
            try:
                settings_mod.save(paths.settings_file, chosen)
            except OSError as error:  # tracking works without the file: say so, go on
                print(f"CreepGuard could not save its settings: {error}", file=sys.stderr)
            begin(chosen)

        def leave() -> None:
            shell.close()
            qt.quit()

        proxy.quit_before_start = leave
        shell.show_welcome(loaded.settings, on_start=start, on_cancel=leave)

    # The tray host embeds the icon from its own process while ours would be importing the
    # store: on two cores that contention delayed the icon by ~20 % (1.30x the bare tray
    # against 1.11-1.14x). Tracking loses nothing by starting 0.1 s later: idle time is
    # cumulative and the first reading covers it.
    QTimer.singleShot(_SETTLE_MS, finish_start)
    return int(qt.exec())


def _play_demo(app: CreepGuardApp, person: Any, clock: Any, qt: QApplication) -> None:
    """Follow the demo's script on the app's clock, with its caption; quit at its end."""
    from PySide6.QtCore import QTimer

    from creepguard.demo import Director
    from creepguard.ui.demo_caption import DemoCaption

    caption = DemoCaption()
    start_s = clock.monotonic()
    said = [""]

    def say(text: str) -> None:
        log.info("demo: %s", text)
        said[0] = text

    director = Director(person, app.set_posture, say, start_s)
    timer = QTimer(qt)
    timer.setInterval(500)

    def tick() -> None:
        going = director.advance(clock.monotonic())
        caption.say(said[0], (clock.monotonic() - start_s) / 60)  # the clock moves on
        if not going:
            timer.stop()
            QTimer.singleShot(4000, app.quit)  # time to read the last caption

    timer.timeout.connect(tick)
    timer.start()
    tick()
    qt._creepguard_demo = (caption, director, timer)  # type: ignore[attr-defined]
