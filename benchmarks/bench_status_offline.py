"""`creepguard status` when no tracker runs: run `python benchmarks/bench_status_offline.py`.

What a status bar pays every few seconds while CreepGuard is not running: the whole
process of `creepguard status --json`, `--format waybar` and plain `status`, over a year
of dense history with a day's records for today, against the bare interpreter. Target:
under 60 ms. Each form twice: as a status bar meets it (the answer kept in the runtime
folder from the poll before), as the first poll after the history file changed (a
tracker wrote, another computer's day arrived, the day turned: the history is read again)
and as the first poll after the settings file changed (both files are read). Medians of
``--rounds`` runs (default 15), after one warm-up run each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import dense_history  # noqa: E402  (benchmarks/, beside this script)
from machine import machine  # noqa: E402

from creepguard.core.clock import system_timezone  # noqa: E402
from creepguard.core.events import EpisodeEnded, SpanClosed  # noqa: E402
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State  # noqa: E402
from creepguard.storage.store import Store  # noqa: E402


def timed(
    commands: list[tuple[str, list[str], Callable[[], None]]], env: dict[str, str], rounds: int
) -> list[tuple[str, float]]:
    """Median wall time of each command, run in turn round after round, so that a busy
    moment of the machine falls on all of them alike."""
    timings: dict[str, list[float]] = {name: [] for name, _, _ in commands}
    for command in commands:  # warm the file cache
        subprocess.run(command[1], env=env, check=True, capture_output=True)
    for _ in range(rounds):
        for name, command, before in commands:
            before()
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            timings[name].append(time.perf_counter() - started)
    return [(name, statistics.median(times) * 1000) for name, times in timings.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--days", type=int, default=366, help="days of history in the store")
    options = parser.parse_args()
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory() as home:
        paths_home = Path(home)
        store = Store(paths_home / "data" / "creepguard.sqlite3", system_timezone())
        store.record(dense_history(options.days))  # type: ignore[arg-type]
        # Today so far: sits, stands and a prompt, and the open span of the last checkpoint.
        now = datetime.now(system_timezone())
        moment = max(now - timedelta(hours=3), now.replace(hour=0, minute=0, second=0))
        today: list[object] = []
        while moment < now - timedelta(minutes=40):
            state = State.SITTING if len(today) % 3 else State.STANDING
            today.append(SpanClosed(Span(state, moment, moment + timedelta(minutes=13))))
            moment += timedelta(minutes=13)
        prompt = Episode(PromptKind.POSTURE_CHANGE, moment, moment + timedelta(minutes=2),
                         Outcome.DONE, 0)  # fmt: skip
        store.record([*today, EpisodeEnded(prompt)])  # type: ignore[list-item]
        store.checkpoint(Span(State.SITTING, moment, now), None)
        store.close()
        env = {
            **os.environ,
            "CREEPGUARD_HOME": home,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            # Bytecode cached (in a private prefix, not the checkout) as an installed wheel
            # has it, even where the calling environment says not to write it: otherwise
            # every run compiles the sources, which is not what a person's status bar pays.
            "PYTHONPYCACHEPREFIX": str(paths_home / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        python = [sys.executable]

        settings_file = paths_home / "config" / "settings.toml"
        settings_file.parent.mkdir(parents=True, exist_ok=True)
        settings_file.write_text("creep_threshold_min = 20\nposture_change_min = 30\n")

        def touch(path: Path) -> Callable[[], None]:
            def change() -> None:  # a new modification time: the kept answer is stale
                os.utime(path, ns=(time.time_ns(), time.time_ns()))

            return change

        history_changed = touch(paths_home / "data" / "creepguard.sqlite3")
        settings_changed = touch(settings_file)

        commands = [("the interpreter alone (python -c pass)", [*python, "-c", "pass"], list)]
        for label, arguments in (
            ("status --json", ["status", "--json"]),
            ("status --format waybar", ["status", "--format", "waybar"]),
            ("status", ["status"]),
        ):
            command = [*python, "-m", "creepguard", *arguments]
            commands.append((f"{label}, no tracker", command, list))
            first = f"{label}, no tracker, first poll after the"
            commands.append((f"{first} history changed", command, history_changed))
            commands.append((f"{first} settings changed", command, settings_changed))
        rows = timed(commands, env, options.rounds)
    width = max(len(name) for name, _ in rows)
    print(f"{options.days} days of history; medians of {options.rounds} runs")
    for name, ms in rows:
        print(f"{name:<{width}} {ms:6.1f} ms")


if __name__ == "__main__":
    main()
