"""The ``creepguard`` command line (a public contract: names, options and JSON keys stay).

Commands that talk to the running tracker import neither Qt nor SQLAlchemy, so a status
bar can call ``creepguard status`` every few seconds. Exit codes: 0 success; 1 failure;
2 bad usage (including a bad DURATION); 3 no tracker running (for commands that need one).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from creepguard import __version__
from creepguard.control import MAX_PAUSE_S, NotRunning, request
from creepguard.i18n import current_language, fill, language_setting, set_language, tr
from creepguard.paths import AppPaths
from creepguard.startup.quick import failure_text, one_line
from creepguard.status_format import (
    _minutes,
    _status_text,
    confirmation,
    day_text,
    state_name,
    waybar,
)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_NOT_RUNNING = 0, 1, 2, 3

_DURATION = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")


class UsageError(ValueError):
    """Bad input on the command line: exit code 2 with this message."""


class Failure(RuntimeError):
    """A command that cannot do its work: exit code 1 with this message."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on standard error (exit 2), not a usage block:
    scripts and status bars log standard error line by line."""

    def error(self, message: str) -> NoReturn:
        see = fill(tr("Cli", "(see %1 --help)", "after a mistake on the command line"), self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} {see}\n")


def time_scale(text: str) -> float:
    """``--time-scale``: a finite speed-up the clock and Qt's timers can follow."""
    from creepguard.startup.runner import MAX_TIME_SCALE, MIN_TIME_SCALE

    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not MIN_TIME_SCALE <= value <= MAX_TIME_SCALE:  # False for nan
        raise argparse.ArgumentTypeError(
            fill(
                tr("Cli", "%1 is not a number from %2 to %3"),
                repr(text),
                f"{MIN_TIME_SCALE:g}",
                f"{MAX_TIME_SCALE:g}",
            )
        )
    return value


def parse_duration(text: str) -> float | str:
    """Seconds, or "tomorrow". A bare number is minutes; ``90s``, ``45m``, ``1h30m``."""
    text = text.strip().lower()
    if text == "tomorrow":
        return "tomorrow"
    if re.fullmatch(r"\d+(\.\d+)?", text):
        seconds = float(text) * 60
    else:
        match = _DURATION.match(text)
        if not text or match is None or not any(match.groupdict().values()):
            raise UsageError(
                fill(
                    tr(
                        "Cli",
                        "%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow",
                        "keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written",
                    ),
                    repr(text),
                )
            )
        # float, not int: a thousand digits are a very long time, not a ValueError
        parts = {k: float(v) for k, v in match.groupdict().items() if v}
        seconds = parts.get("h", 0) * 3600 + parts.get("m", 0) * 60 + parts.get("s", 0)
    if seconds <= 0:
        raise UsageError(tr("Cli", "a pause must be longer than zero"))
    if seconds > MAX_PAUSE_S:
        raise UsageError(
            fill(
                tr(
                    "Cli",
                    "a pause cannot be longer than a year (%1 minutes); use `pause` without a "
                    "duration",
                ),
                MAX_PAUSE_S // 60,
            )
        )
    return seconds


def app_paths() -> AppPaths:
    """The user's folders, or all under ``$CREEPGUARD_HOME`` (tests, demos, portable use)."""
    return AppPaths.from_environment()


# ---------------------------------------------------------------------- offline reads


def _store(paths: AppPaths) -> Any:
    import logging

    from creepguard.core.clock import system_timezone
    from creepguard.storage.store import Store

    # The store logs a file it cannot open as a tracker would ("tracking goes on in
    # memory"); a command says it in its own words (_close) instead.
    logger = logging.getLogger("creepguard")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    return Store(paths.database, system_timezone())


def _settings(paths: AppPaths) -> Any:
    from creepguard import settings

    return settings.load(paths.settings_file).settings


def _thresholds(values: Any) -> tuple[float, float]:
    """The creep threshold and the minimum break, in seconds, that every count uses."""
    return values.typed.creep_threshold_min * 60, values.typed.min_break_min * 60


def _close(store: Any) -> None:
    """Close a store the command line opened; what opening it did (a history file kept
    aside) is said on standard error, as the tracker would say it."""
    for notice in store.notices:
        print(f"creepguard: {one_line(notice)}", file=sys.stderr)
    problem = store.problem
    store.close()
    if problem:  # not an empty week or export: the history could not be read
        raise Failure(problem)


def offline_status(paths: AppPaths) -> dict[str, Any]:
    """The status contract when no tracker runs: what the store knows."""
    from creepguard.offline import offline_status as read

    return read(paths)


def _merged(paths: AppPaths, store: Any, values: Any, device: str | None) -> Any:
    """The history ``history`` and ``export`` read: with a shared folder, every computer's
    (README rule 11), or the one ``--device`` names; without one, this store."""
    from creepguard.sync.setup import NoSuchDevice, merged_history

    if not str(values["sync_folder"]).strip() and device is None:
        return store
    try:
        return merged_history(paths, store, values, device=device)
    except NoSuchDevice as error:
        store.close()
        raise UsageError(str(error)) from error


def _say_folder_problems(history: Any) -> None:
    """What the shared folder gave trouble with: said, the command goes on."""
    for problem in getattr(history, "problems", ()):
        note = tr(
            "Cli",
            "creepguard: note: %1",
            "a problem with the shared folder, said before the command's answer; "
            "'creepguard' is the program's name",
        )
        print(fill(note, one_line(problem)), file=sys.stderr)


def _flush_running(paths: AppPaths) -> None:
    """Ask a running tracker to write its open span, so reads are up to date."""
    with contextlib.suppress(NotRunning):
        request(paths.control_socket, "checkpoint")


# ---------------------------------------------------------------------- commands


def cmd_status(args: argparse.Namespace, paths: AppPaths) -> int:
    seen = {} if args.json or args.format else {"seen": True}  # as quick._ask_status
    try:
        status = request(paths.control_socket, "status", **seen)
    except NotRunning:
        status = offline_status(paths)
    status.pop("ok", None)
    if args.format == "waybar":
        print(json.dumps(waybar(status), ensure_ascii=False))
    elif args.json:
        print(json.dumps(status, ensure_ascii=False))
    else:
        print(_status_text(status))
    return EXIT_OK


def cmd_simple(args: argparse.Namespace, paths: AppPaths) -> int:
    arguments: dict[str, Any] = {}
    if args.command == "pause" and args.duration is not None:
        duration = parse_duration(args.duration)
        arguments = {"tomorrow": True} if duration == "tomorrow" else {"seconds": duration}
    try:
        reply = request(paths.control_socket, args.command, **arguments)
    except NotRunning:
        print(
            tr("Cli", "CreepGuard is not running. Start it with: creepguard run"), file=sys.stderr
        )
        return EXIT_NOT_RUNNING
    if not reply.get("ok", False):
        error = reply.get("error") or tr("Cli", "the command failed")
        print(f"creepguard: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(confirmation(args.command, reply))
    return EXIT_OK


def _week_monday(text: str | None) -> date:
    from creepguard.core.history import iso_week, week_start

    if text is None:
        return week_start(date.today())
    try:
        monday = iso_week(text)
    except ValueError as error:
        raise UsageError(str(error)) from error
    if monday > date.max - timedelta(days=6):
        raise UsageError(
            fill(
                tr("Cli", "the week %1 ends after %2, the last day there is"), repr(text), date.max
            )
        )
    return monday


_BREAK_KINDS = ("breaks_done", "breaks_natural", "breaks_unprompted")


def cmd_history(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard.core.history import summarise

    monday = _week_monday(args.week)
    _flush_running(paths)
    values = _settings(paths)
    thresholds = _thresholds(values)
    store = _store(paths)
    history = _merged(paths, store, values, args.device)
    days = history.day_summaries(monday, monday + timedelta(days=6), *thresholds)
    previous: tuple[Any, ...] = ()  # nothing comes before 0001-W01
    if monday - date.min >= timedelta(days=7):
        previous = history.day_summaries(
            monday - timedelta(days=7), monday - timedelta(days=1), *thresholds
        )
    _close(store)
    _say_folder_problems(history)
    summary = summarise(days, previous)
    year, week, _ = monday.isocalendar()
    if args.json:
        payload: dict[str, Any] = {
            "week": f"{year:04d}-W{week:02d}",
            "days": [day.to_json() for day in days],
            "totals": summary.totals_json(),
        }
        if history is not store:  # several computers: which ones the week is counted from
            payload["devices"] = sorted(set(history.names.values()))
            payload["problems"] = list(history.problems)
        print(json.dumps(payload))
        return EXIT_OK
    print(
        fill(
            tr("Cli", "Week %1", "a heading: the ISO week, as 2026-W48"), f"{year:04d}-W{week:02d}"
        )
    )
    header = [tr("Cli", "day", "a column"), tr("Cli", "sitting", "a column"),
              tr("Cli", "standing", "a column"), tr("Cli", "past creep", "a column"),
              tr("Cli", "longest", "a column"), tr("Cli", "breaks", "a column"),
              tr("Cli", "done", "a column"), tr("Cli", "on your own", "a column"),
              tr("Cli", "unprompted", "a column"), tr("Cli", "skipped", "a column"),
              tr("Cli", "ignored", "a column"), tr("Cli", "snoozed", "a column")]  # fmt: skip
    table = [header] + [
        [
            day_text(day.date),
            *map(_minutes, (day.sitting_s, day.standing_s, day.over_creep_s, day.longest_sit_s)),
            *map(str, (day.breaks_taken, day.breaks_done, day.breaks_natural)),
            *map(str, (day.breaks_unprompted, day.breaks_skipped, day.breaks_ignored)),
            str(day.breaks_snoozed),
        ]
        for day in days
    ]
    # The English widths, wider where a language's words need it.
    widths = [
        max(least, *(_width(line[column]) + (column > 0) for line in table))
        for column, least in enumerate((12, 11, 11, 12, 11, 8, 6, 9, 12, 9, 9, 9))
    ]
    for line in table:
        cells = [
            cell + " " * (width - _width(cell))
            if column == 0
            else " " * (width - _width(cell)) + cell
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        print("".join(cells))
    print(
        fill(
            tr(
                "Cli",
                "Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold",
            ),
            _minutes(summary.total_sitting_s),
            _minutes(summary.average_sitting_s),
            _minutes(summary.longest_sit_s),
            _minutes(summary.over_creep_s),
        )
    )
    done, natural, own = (sum(getattr(day, key) for day in days) for key in _BREAK_KINDS)
    rate = (
        ""
        if summary.break_rate is None
        else fill(
            tr("Cli", " (%1%)", "a percentage after a count"), f"{summary.break_rate * 100:.0f}"
        )
    )
    print(
        fill(
            tr(
                "Cli",
                "%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a "
                "break: %4 of %5%6",
                "%6 is the share, as ' (75%)', or nothing",
                done + natural + own,
            ),
            done,
            natural,
            own,
            summary.prompts_ended_by_break,
            summary.prompts,
            rate,
        )
    )
    return EXIT_OK


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: two for a wide (Chinese, Japanese) letter."""
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def _parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UsageError(
            fill(tr("Cli", "%1 %2 is not a date like 2026-11-23"), option, repr(text))
        ) from error


def cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard.core.clock import system_timezone

    tz = system_timezone()
    since = _parse_date(args.since, "--since") or date(1970, 1, 2)
    until = _parse_date(args.until, "--until") or date.max
    if until < since:
        raise UsageError(tr("Cli", "--until is before --since"))
    # The first and last day make times in every time zone (the end is the next midnight).
    since, until = max(since, date(1, 1, 2)), min(until, date(9999, 12, 30))
    from creepguard.export import export_rows, export_text, write_private

    _flush_running(paths)
    values = _settings(paths)
    store = _store(paths)
    history = _merged(paths, store, values, args.device)
    start = datetime(since.year, since.month, since.day, tzinfo=tz)
    end = datetime(until.year, until.month, until.day, tzinfo=tz) + timedelta(days=1)
    creep_s, min_break_s = _thresholds(values)
    rows = export_rows(history, start, end, creep_s=creep_s, min_break_s=min_break_s)
    _close(store)
    _say_folder_problems(history)
    text = export_text(rows, args.format)
    if args.output:
        try:
            write_private(Path(args.output), text)
        except OSError as error:
            print(
                "creepguard: "
                + fill(tr("Cli", "cannot write %1: %2"), one_line(args.output), _reason(error)),
                file=sys.stderr,
            )
            return EXIT_FAILURE
        where = one_line(args.output)
        spans, prompts, breaks = (len(rows[key]) for key in ("spans", "episodes", "breaks"))
        print(
            fill(
                tr("Cli", "Exported %1, %2 and %3 to %4", "counts of spans, prompts, breaks"),
                tr("Cli", "%n span(s)", None, spans),
                tr("Cli", "%n prompt(s)", None, prompts),
                tr("Cli", "%n break(s)", None, breaks),
                where,
            )
        )
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_devices(args: argparse.Namespace, paths: AppPaths) -> int:
    """The computers sharing the folder (README rule 11), read from the folder itself."""
    from creepguard.sync.folder import FolderProblem
    from creepguard.sync.setup import describe, folder_of, folder_rows

    values = _settings(paths)
    folder = folder_of(values)
    problems: list[str] = []
    try:
        rows, problems = folder_rows(paths, values)
    except FolderProblem as error:
        rows, _ = folder_rows(paths, {**values, "sync_folder": ""})  # this computer alone
        problems = [str(error)]
    if args.json:
        payload = {
            "folder": None if folder is None else str(folder),
            "devices": [
                {
                    "id": row.device or None,  # none made while no folder was ever set
                    "name": row.name,
                    "this_one": row.this_one,
                    "last_seen": None if row.last_seen is None else row.last_seen.isoformat(),
                    "problems": list(row.problems),
                }
                for row in rows
            ],
            "problems": problems,
        }
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    if folder is None:
        print(
            tr(
                "Cli",
                "No shared folder is set: this computer counts alone. Choose one in "
                "Settings > Devices (see README, Several computers).",
                "Settings > Devices: the Settings window's Devices tab; Several computers: a "
                "section of the README",
            )
        )
    else:
        print(
            fill(tr("Cli", "Shared folder: %1", "%1 is the folder's path"), one_line(str(folder)))
        )
    from creepguard.core.clock import system_timezone

    for line in describe(rows, datetime.now(system_timezone())):
        print(f"  {one_line(line)}")
    for problem in problems:
        print(fill(tr("Cli", "Problem: %1", "one problem per line"), one_line(problem)))
    return EXIT_OK


def _reason(error: OSError) -> str:
    """An OSError in words, without the file name it may carry (a temporary one)."""
    if isinstance(error, FileNotFoundError):
        return tr("Cli", "its folder does not exist")
    return one_line(error.strerror or str(error))


def cmd_exercises(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard.app import load_exercises
    from creepguard.paths import resource_dir

    library = load_exercises()
    language = current_language()
    choices: dict[str, Any] = {}
    if paths.database.exists():
        store = _store(paths)
        choices = store.choices({e.id: e.enabled_by_default for e in library})
        _close(store)
    from creepguard.core.picker import is_enabled

    pictures = resource_dir() / "illustrations"

    def picture(name: str) -> str | None:
        """A companion picture's path (the end pose, the animation), or None without one."""
        path = pictures / name
        return str(path) if path.is_file() else None

    rows = []
    for exercise in library:
        choice = choices.get(exercise.id)
        enabled = is_enabled(exercise, choice) and not (choice is not None and choice.hurts)
        stem = exercise.illustration.removesuffix(".svg")
        rows.append(
            {
                "id": exercise.id,
                "title": exercise.title,
                "position": exercise.position.value,
                "enabled": enabled,
                "illustration": str(pictures / exercise.illustration),
                "language": language,  # of the title (English where a translation lacks it)
                "illustration_end": picture(f"{stem}-end.svg"),  # the end pose
                "illustration_anim": picture(f"{stem}-anim.svg"),  # start to end, animated
            }
        )
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            mark = "x" if row["enabled"] else " "
            print(f"[{mark}] {row['id']:<32} {row['position']:<9} {row['title']}")
    return EXIT_OK


def cmd_diagnose(args: argparse.Namespace, paths: AppPaths) -> int:
    import platform

    lines = [
        f"CreepGuard {__version__}",
        fill(tr("Cli", "Python %1 on %2"), platform.python_version(), platform.platform()),
        _session_line(tr("Cli", "Session type"), "XDG_SESSION_TYPE"),
        _session_line(tr("Cli", "Desktop"), "XDG_CURRENT_DESKTOP"),
    ]
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        app = QApplication.instance() or QApplication([sys.argv[0]])
        lines.append(
            fill(
                tr("Cli", "Qt %1, platform plugin: %2"),
                pyside_version,
                app.platformName(),  # type: ignore[attr-defined]
            )
        )
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        lines.append(
            tr("Cli", "System tray: available")
            if tray
            else tr("Cli", "System tray: not available (a window is used)")
        )
    except Exception as error:  # diagnose must report, not crash
        lines.append(fill(tr("Cli", "Qt: cannot start (%1)"), error))
    from creepguard.sensing.diagnose import diagnose_lines

    lines += diagnose_lines()
    try:
        reply = request(paths.control_socket, "status")
        lines.append(
            fill(
                tr("Cli", "Tracker: running (pid lock %1), state %2"),
                paths.instance_lock,
                state_name(str(reply.get("state"))),
            )
        )
    except NotRunning:
        lines.append(tr("Cli", "Tracker: not running"))
    lines += [
        fill(tr("Cli", "Data folder: %1"), paths.data_dir),
        fill(tr("Cli", "History file: %1"), paths.database),
        fill(tr("Cli", "Settings file: %1"), paths.settings_file),
        fill(tr("Cli", "Log folder: %1"), paths.log_dir),
        fill(tr("Cli", "Control socket: %1"), paths.control_socket),
    ]
    print("\n".join(lines))
    return EXIT_OK


def _session_line(label: str, variable: str) -> str:
    """ "Session type: wayland", or "Desktop: unknown (XDG_CURRENT_DESKTOP is not set)"."""
    value = one_line(os.environ.get(variable, "").strip())
    if value:
        return fill(tr("Cli", "%1: %2", "a label and its value"), label, value)
    return fill(tr("Cli", "%1: unknown (%2 is not set)"), label, variable)


def cmd_autostart(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard import settings
    from creepguard.autostart import AutostartError, default_command, for_platform

    autostart = for_platform()
    try:
        if args.state == "on":
            autostart.enable(default_command())
            print(fill(tr("Cli", "CreepGuard will start at login (%1)."), autostart.location()))
        elif args.state == "off":
            autostart.disable()
            print(tr("Cli", "CreepGuard will not start at login."))
        else:
            print("on" if autostart.is_enabled() else "off")
            return EXIT_OK
    except AutostartError as error:
        print(f"creepguard: {error}", file=sys.stderr)
        return EXIT_FAILURE
    # Keep the Settings window's toggle telling the truth, unless the file is broken
    # (a broken file is never overwritten behind the person's back).
    loaded = settings.load(paths.settings_file)
    if not loaded.problems:
        settings.save(
            paths.settings_file, loaded.settings.replace(start_at_login=args.state == "on")
        )
    return EXIT_OK


def cmd_completion(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard.completion import script

    sys.stdout.write(script(args.shell, build_parser()))
    return EXIT_OK


def cmd_run(args: argparse.Namespace, paths: AppPaths) -> int:
    from creepguard.demo import DEMO_TIME_SCALE
    from creepguard.startup.runner import run_tracker

    return run_tracker(
        paths,
        demo=args.demo,
        time_scale=DEMO_TIME_SCALE if args.demo else (args.time_scale or 1.0),
        verbose=args.verbose,
    )


# ---------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="creepguard",
        description=tr(
            "Cli",
            "Measures how long you have sat without a break and prompts short "
            "posture breaks. Without a command, starts the tracker.",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"creepguard {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("Cli", "log debug details"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help=tr(
            "Cli",
            "start the tracker (the default; a second one asks the running one to show "
            "itself and exits 0)",
        ),
    )
    speed = run.add_mutually_exclusive_group()
    speed.add_argument(
        "--demo",
        action="store_true",
        help=tr(
            "Cli",
            "watch a scripted person's short day at 30x speed, on a temporary data folder "
            "(your history is untouched)",
        ),
    )
    speed.add_argument(
        "--time-scale",
        type=time_scale,
        metavar="N",
        help=tr("Cli", "run the whole app N times faster"),
    )
    run.set_defaults(func=cmd_run)

    status = commands.add_parser(
        "status",
        help=tr("Cli", "the current sit, from the tracker, or from the store when none runs"),
    )
    style = status.add_mutually_exclusive_group()
    style.add_argument("--json", action="store_true", help=tr("Cli", "machine-readable JSON"))
    style.add_argument(
        "--format", choices=["waybar"], help=tr("Cli", "one-line JSON for status bars")
    )
    status.set_defaults(func=cmd_status)

    for name, text in (
        ("sit", tr("Cli", "tell the tracker you sit")),
        ("stand", tr("Cli", "tell the tracker you stand")),
        ("break", tr("Cli", "take a break now (shows a stretch card)")),
        ("away", tr("Cli", "tell the tracker you are leaving the desk")),
        ("resume", tr("Cli", "end a pause")),
    ):
        commands.add_parser(name, help=text).set_defaults(func=cmd_simple)
    pause = commands.add_parser(
        "pause",
        help=tr("Cli", "hold prompts (tracking goes on)"),
        description=tr(
            "Cli",
            "DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; 'tomorrow' is the "
            "next start of active hours; none pauses until `creepguard resume`.",
        ),
    )
    pause.add_argument("duration", nargs="?", metavar="DURATION")
    pause.set_defaults(func=cmd_simple)

    history = commands.add_parser(
        "history", help=tr("Cli", "a week of sitting per day, with totals")
    )
    history.add_argument("--week", metavar="YYYY-Www", help=tr("Cli", "ISO week, e.g. 2026-W48"))
    history.add_argument("--json", action="store_true", help=tr("Cli", "machine-readable JSON"))
    history.add_argument(
        "--device",
        metavar="NAME",
        help=tr(
            "Cli", "one computer's record alone (its name, or 'this'); all computers by default"
        ),
    )
    history.set_defaults(func=cmd_history)

    export = commands.add_parser(
        "export", help=tr("Cli", "every span, prompt and break (JSON: and each day's counts)")
    )
    export.add_argument("--format", choices=["csv", "json"], required=True)
    export.add_argument(
        "--output", metavar="FILE", help=tr("Cli", "write here instead of standard output")
    )
    export.add_argument("--since", metavar="DATE", help=tr("Cli", "first day, YYYY-MM-DD"))
    export.add_argument("--until", metavar="DATE", help=tr("Cli", "last day, YYYY-MM-DD"))
    export.add_argument(
        "--device",
        metavar="NAME",
        help=tr(
            "Cli", "one computer's record alone (its name, or 'this'); all computers by default"
        ),
    )
    export.set_defaults(func=cmd_export)

    devices = commands.add_parser(
        "devices", help="the computers sharing the folder: name, when each last saw you"
    )
    devices.add_argument("--json", action="store_true", help="machine-readable JSON")
    devices.set_defaults(func=cmd_devices)

    commands.add_parser(
        "diagnose",
        help=tr(
            "Cli", "version, platform, Qt, tray, activity backend with a live idle reading, paths"
        ),
    ).set_defaults(func=cmd_diagnose)
    exercises = commands.add_parser(
        "exercises",
        help=tr("Cli", "the exercise library (id, title, position, enabled, illustration)"),
    )
    exercises.add_argument("--json", action="store_true", help=tr("Cli", "machine-readable JSON"))
    exercises.set_defaults(func=cmd_exercises)

    autostart = commands.add_parser("autostart", help=tr("Cli", "start at login: on, off, or show"))
    autostart.add_argument("state", nargs="?", choices=["on", "off"])
    autostart.set_defaults(func=cmd_autostart)

    completion = commands.add_parser(
        "completion",
        help=tr("Cli", "print a shell completion script: bash, zsh or fish"),
        description=tr(
            "Cli",
            "Prints a completion script for SHELL, made from this command line. "
            "bash: add `source <(creepguard completion bash)` to ~/.bashrc. zsh: "
            "`creepguard completion zsh > ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: "
            "`creepguard completion fish > ~/.config/fish/completions/creepguard.fish`.",
        ),
    )
    completion.add_argument("shell", choices=["bash", "zsh", "fish"], metavar="SHELL")
    completion.set_defaults(func=cmd_completion)
    parser.epilog = _epilog(commands)
    return parser


def _epilog(commands: Any) -> str:
    """Every command with its options (their usage lines), then the exit codes."""
    lines = [tr("Cli", "commands and their options:")]
    for sub in commands.choices.values():
        usage = " ".join(sub.format_usage().split()[1:]).replace(" [-h]", "")
        lines.append(f"  {usage}")
    return "\n".join(
        [
            *lines,
            "",
            tr(
                "Cli",
                "DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; 'tomorrow' is "
                "the next start of active hours; none pauses until `creepguard resume`.",
            ),
            "",
            tr("Cli", "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running."),
        ]
    )


def use_language(paths: AppPaths) -> None:
    """Speak the "language" setting's language, else the system's (before any text is
    made: the parser's help is translated when it is built)."""
    set_language(language_setting(str(paths.settings_file)))


def main(argv: Sequence[str] | None = None) -> int:
    paths = app_paths()
    use_language(paths)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "run"])
    try:
        return int(args.func(args, paths))
    except UsageError as error:
        print(f"creepguard: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader left: quick.main ends quietly
        raise
    except (Failure, OSError) as error:  # a folder that cannot be made, a full disk...
        print(f"creepguard: {failure_text(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


def main_gui() -> int:
    return main(["run"])
