"""The ``creepguard`` entry point: the two commands whose speed people notice.

A status bar runs ``creepguard status --format waybar`` every few seconds, so that command
must cost little more than starting Python; and plain ``creepguard`` / ``creepguard run``
(what a menu or the login session starts) goes straight to the tracker, whose measure is
the time to the tray icon.

``status``, ``status --json``, ``status --format waybar`` and ``status --format=waybar``
are answered from a running tracker through :mod:`creepguard.control`'s client, which needs
``os``, ``json`` and ``_socket`` alone: no ``argparse`` tree, no ``pathlib``, ``datetime``
(unless the status carries a time to show) or settings. When no tracker answers, they are
answered from the store by :mod:`creepguard.offline` (``sqlite3``, not SQLAlchemy), as the
command line answers them. Everything else -- other commands, ``--help``, any other
option, a reply that is not an object, a socket path only platformdirs knows -- goes to
``creepguard.cli.main`` unchanged, so its output and exit codes are exactly the full
command line's.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

_STYLES = {
    ("status",): "text",
    ("status", "--json"): "json",
    ("status", "--format", "waybar"): "waybar",
    ("status", "--format=waybar"): "waybar",
}


def main(argv: Sequence[str] | None = None) -> int:
    """The ``creepguard`` command. When whoever reads its output stops reading (``| head``),
    it ends quietly with exit code 1, as the standard tools do, not with a traceback."""
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # here, not at exit, where a closed pipe could not be caught
    except BrokenPipeError:
        _discard_output()
        return 1


def _discard_output() -> None:
    """Point standard output at the null device, so that what is still buffered goes
    nowhere at exit instead of raising again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, sys.stdout.fileno())
        finally:
            os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file (tests, embedders)
        pass


def _main(argv: Sequence[str] | None) -> int:
    arguments = tuple(sys.argv[1:] if argv is None else argv)
    if arguments in ((), ("run",)):
        return run()
    style = _STYLES.get(arguments)
    if style is not None:
        try:
            text = _answer(style)
        except KeyboardInterrupt:  # as cli.main: Ctrl-C while waiting is a plain failure
            return 1
        if text is not None:
            print(text)
            return 0
    from creepguard import cli

    return cli.main(argv)


def main_gui() -> int:
    """``creepguard-tray``: the tracker, as started from a menu or at login."""
    return run()


def run() -> int:
    """``creepguard run`` with no options, as ``cli.cmd_run`` starts it, without building
    the whole command line first: this is the path to the tray's first frame."""
    from creepguard.paths import AppPaths
    from creepguard.startup.runner import run_tracker

    try:
        return run_tracker(AppPaths.from_environment(), demo=False, time_scale=1.0, verbose=False)
    except KeyboardInterrupt:  # as cli.main
        return 1
    except BrokenPipeError:
        raise
    except OSError as error:  # as cli.main: a folder that cannot be made...
        print(f"creepguard: {failure_text(error)}", file=sys.stderr)
        return 1


def failure_text(error: BaseException) -> str:
    """An error as one line for a person: an OSError's words and file, without its errno."""
    if isinstance(error, OSError) and error.strerror:
        return one_line(error.strerror + (f": {error.filename}" if error.filename else ""))
    return one_line(str(error))


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters shown escaped, so an
    argument or path that holds them still makes one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _answer(style: str) -> str | None:
    """The status as ``style``, from the running tracker or, when none answers, from the
    store (:mod:`creepguard.offline`); None when the command line must answer."""
    path = control_socket()
    if path is None:
        return None
    _use_language()
    status = _ask_status(path, seen=style == "text")
    if status is _NOT_RUNNING:
        try:
            status = _offline_status(path)
        except Exception:  # a folder it cannot read...: the command line says so its way
            return None
    if status is None:
        return None
    try:
        return _render(status, style)
    except Exception:  # an odd reply: the full command line reports it as it always has
        return None


def _use_language() -> None:
    """``cli.use_language``, without the command line's imports: the "language" setting,
    else the system's (the words of the status lines and of the problems it lists)."""
    from creepguard import i18n

    settings_file = i18n.settings_file()
    i18n.set_language(i18n.language_setting(settings_file) if settings_file else None)


def _render(status: dict[str, Any], style: str) -> str:
    """What ``cli.cmd_status`` prints for this reply."""
    import json

    status.pop("ok", None)
    if style == "json":
        return json.dumps(status, ensure_ascii=False)
    from creepguard.status_format import _status_text, waybar

    if style == "waybar":
        return json.dumps(waybar(status), ensure_ascii=False)
    return _status_text(status)


# What decides where the files are (platformdirs, $CREEPGUARD_HOME), which day it is and
# the language of the problems the status lists.
_CACHE_ENVIRONMENT = ("CREEPGUARD_HOME", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TZ",
                      "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # fmt: skip
_CACHE_NAME = "status-offline.json"
_READING_KEYS = frozenset(
    {"creep_threshold_min", "min_break_min", "posture_change_min", "problems"}
)


def _offline_status(socket_path: str) -> dict[str, Any]:
    """``cli.offline_status(cli.app_paths())``, without the command line's imports.

    A status bar asks every few seconds while nothing changes: the answer is kept beside
    the control socket (the private runtime folder, in memory on most systems) with what
    it was read from -- the settings and history files' sizes, times and inodes, the
    environment that names them, the version -- and is given again while all of these are
    the same and the day (and any "go easy on lifting" time) has not run out. What the
    settings file said is kept apart, so that the first poll after the history changed
    (or the day turned) reads the history alone.
    """
    import json
    import time

    from creepguard import __version__

    cache = _join(socket_path.rpartition("/")[0] or "/", _CACHE_NAME)
    environment = [os.environ.get(name) for name in _CACHE_ENVIRONMENT]
    kept: Any = None
    try:
        with open(cache, "rb") as file:  # noqa: PTH123 (pathlib costs ~5 ms to import)
            kept = json.loads(file.read())
        if (
            kept["version"] == __version__
            and kept["environment"] == environment
            and time.time() < kept["expires"]
            and all(_stamp(path, whole) == stamp for path, whole, stamp in kept["files"])
        ):
            return dict(kept["status"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    from creepguard.offline import offline_status_and_expiry, read_settings
    from creepguard.paths import AppPaths

    paths = AppPaths.from_environment()
    names = [str(paths.settings_file), str(paths.database), f"{paths.database}-wal"]
    # Before reading, so that a change meanwhile is seen. The settings file's change time
    # counts too (made readable again by chmod, nothing else of it changes); the
    # history's does not: SQLite sets the WAL's mode each time it is read.
    files = [[name, name == names[0], _stamp(name, name == names[0])] for name in names]
    reading = _kept_settings(kept, __version__, environment, files[0])
    if reading is None:
        reading = read_settings(paths)
    status, expires = offline_status_and_expiry(paths, reading)
    entry = {"version": __version__, "environment": environment, "expires": expires}
    settings = {"file": files[0], "reading": reading}
    _keep(cache, {**entry, "files": files, "status": status, "settings": settings})
    return status


def _kept_settings(
    kept: Any, version: str, environment: list[str | None], settings_file: list[Any]
) -> dict[str, Any] | None:
    """What the settings file said at the last poll, if it is the same file, unchanged,
    read by this version in this environment (the language of its problems)."""
    try:
        if kept["version"] != version or kept["environment"] != environment:
            return None
        settings = kept["settings"]
        if settings["file"] != settings_file:
            return None
        reading = settings["reading"]
    except (KeyError, TypeError):
        return None
    if not isinstance(reading, dict) or not reading.keys() >= _READING_KEYS:
        return None  # kept by another form of the reading: read the file again
    return reading


def _stamp(path: str, with_change_time: bool) -> list[int] | None:
    try:
        info = os.stat(path)  # noqa: PTH116 (os alone: pathlib costs ~5 ms to import)
    except OSError:
        return None
    stamp = [info.st_mtime_ns, info.st_size, info.st_ino]
    return [*stamp, info.st_ctime_ns] if with_change_time else stamp


def _keep(path: str, entry: dict[str, Any]) -> None:
    """Write ``entry`` as ``path`` at once (readers see the old file or the new one),
    owner-only; a failure only costs speed."""
    import contextlib
    import json

    # os alone, as above: pathlib costs ~5 ms to import
    folder = path.rpartition("/")[0]
    # The runtime folder, as AppPaths.ensure makes it, if its parent is there; one that
    # is there already has passed control_socket's privacy test.
    with contextlib.suppress(OSError):
        os.mkdir(folder, 0o700)  # noqa: PTH102
    temporary = f"{path}.{os.getpid()}"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(entry, file, ensure_ascii=False)
        os.replace(temporary, path)  # noqa: PTH105
    except OSError:  # no runtime folder (no tracker has made it yet), a full disk...
        try:
            os.unlink(temporary)  # noqa: PTH108
        except OSError:
            return


# ---------------------------------------------------------------------- the control socket


def control_socket() -> str | None:
    """``str(creepguard.cli.app_paths().control_socket)``, computed with ``os`` alone.

    None where only platformdirs can tell (not Linux; a runtime folder it would refuse or
    that its versions treat differently): the caller then takes the full command line.
    """
    if os.name != "posix":
        return None
    home = os.environ.get("CREEPGUARD_HOME")
    if home:  # AppPaths.under(Path(home)).runtime_dir == home/run
        return _join(home, "run", "control.sock")
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system":
        return None
    # platformdirs.user_runtime_dir("creepguard", appauthor=False): $XDG_RUNTIME_DIR when it
    # is absolute and (if it exists) a private folder of ours, else /run/user/<uid> when that
    # is one. Relative values, other owners or modes, and the /tmp fallback differ between
    # platformdirs versions: those are left to platformdirs itself.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime:
        if not runtime.startswith("/") or not _private_folder(runtime, missing_ok=True):
            return None
    else:
        uid = os.geteuid()
        if uid != os.getuid():
            return None
        runtime = f"/run/user/{uid}"
        if not _private_folder(runtime, missing_ok=False):
            return None
    return _join(runtime, "creepguard", "control.sock")


def _join(base: str, *names: str) -> str:
    """``str(PurePosixPath(base, *names))`` for relative single ``names``: repeated and
    trailing slashes and ``.`` parts dropped, a leading ``//`` kept (POSIX leaves its
    meaning to the system)."""
    relative = base.lstrip("/")
    slashes = len(base) - len(relative)
    root = "//" if slashes == 2 else "/" if slashes else ""
    parts = [part for part in relative.split("/") if part and part != "."]
    return root + "/".join([*parts, *names]) or "."


def _private_folder(path: str, *, missing_ok: bool) -> bool:
    """A real folder (not a link), owned by this user, mode 0700: platformdirs' test."""
    import stat  # os has imported it already

    try:
        info = os.lstat(_join(path))
    except FileNotFoundError:
        return missing_ok
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and info.st_mode & 0o777 == 0o700
    )


_NOT_RUNNING: dict[str, Any] = {}  # _ask_status's answer when no tracker answers


def _ask_status(path: str, *, seen: bool = False) -> dict[str, Any] | None:
    """``creepguard.control.request(path, "status")``; ``_NOT_RUNNING`` where it raises
    NotRunning, None for a reply that is not an object.
    ``seen``: the answer is printed for a person (``status`` without ``--json``), so the
    problems it lists have been seen (``CreepGuardApp.problems_seen``)."""
    from creepguard.control import NotRunning, request  # here, not at the top: `run` needs neither

    try:
        reply = request(path, "status", **({"seen": True} if seen else {}))
    except NotRunning:
        return _NOT_RUNNING
    return reply if isinstance(reply, dict) else None
