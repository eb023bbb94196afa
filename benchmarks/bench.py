"""CreepGuard's figures: run `python benchmarks/bench.py` and copy the table to the docs.

Measures (medians of several runs):
  * the week summary query over 5 years of dense history (target: <= 20 ms);
  * the engine's speed in simulated hours per real second;
  * `creepguard status --json` latency while a tracker runs (target: <= 50 ms);
  * a checkpoint of the running span (what the tracker writes every 10 s while someone
    works), and one that also writes a closed span (a state change);
Each figure is printed with the machine it was measured on.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import machine  # noqa: E402  (benchmarks/, beside this script)

from creepguard.core.events import EpisodeEnded, SpanClosed  # noqa: E402
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")


def dense_history(days: int, seed: int = 1) -> list[object]:
    """A realistic working pattern: ~8 h a day of sits, short aways, stands and prompts."""
    rng = random.Random(seed)
    events: list[object] = []
    first = date.today() - timedelta(days=days)
    for n in range(days):
        day = first + timedelta(days=n)
        moment = datetime(day.year, day.month, day.day, 8, 30, tzinfo=TZ)
        end = moment + timedelta(hours=8 + rng.random())
        sit = 0.0
        while moment < end:
            length = timedelta(minutes=rng.uniform(8, 40))
            events.append(SpanClosed(Span(State.SITTING, moment, moment + length, sit)))
            sit += length.total_seconds()
            moment += length
            if sit > 1800:
                outcome = rng.choice([Outcome.DONE, Outcome.DONE, Outcome.NATURAL, Outcome.SKIPPED])
                events.append(
                    EpisodeEnded(
                        Episode(
                            PromptKind.POSTURE_CHANGE,
                            moment,
                            moment + timedelta(minutes=2),
                            outcome,
                            rng.randint(0, 2),
                            "chest-stretch",
                        )
                    )
                )
            pause = timedelta(minutes=rng.uniform(1, 12))
            state = rng.choice([State.AWAY, State.STANDING, State.ON_BREAK])
            events.append(SpanClosed(Span(state, moment, moment + pause)))
            if pause.total_seconds() >= 120:
                sit = 0.0
            moment += pause
    return events


def bench_week_query() -> tuple[float, int]:
    from creepguard.core.history import summarise, week_start
    from creepguard.storage.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3", TZ)
        events = dense_history(5 * 365 + 1)
        store.record(events)  # type: ignore[arg-type]
        store.checkpoint(None, None)
        spans = sum(isinstance(e, SpanClosed) for e in events)
        store.close()
        timings = []
        fresh = Store(Path(folder) / "bench.sqlite3", TZ)
        fresh.open()  # the app keeps its store open; opening is start-up work
        for _ in range(9):
            monday = week_start(date.today() - timedelta(days=random.randint(7, 1500)))
            started = time.perf_counter()
            days = fresh.day_summaries(monday, monday + timedelta(days=6), 1200)
            previous = fresh.day_summaries(
                monday - timedelta(days=7), monday - timedelta(days=1), 1200
            )
            summarise(days, previous)
            timings.append(time.perf_counter() - started)
        fresh.close()
        return statistics.median(timings) * 1000, spans


def bench_checkpoint() -> tuple[float, float]:
    """Microseconds per checkpoint on a real file (WAL), median of 3 x 200: the common
    one (the open row's end and the engine state, one transaction) and one after a state
    change (a closed span inserted, the open row replaced)."""
    from creepguard.core.snapshot import EngineSnapshot
    from creepguard.storage.store import Store

    def snapshot(sit_s: float) -> EngineSnapshot:
        return EngineSnapshot(
            saved_at=datetime.now(TZ).isoformat(),
            posture="sitting",
            sit_s=sit_s,
            stand_s=0.0,
            sit_next_prompt_s=1800.0,
            stand_next_prompt_s=1800.0,
            creep_warned=False,
            paused=False,
            paused_until=None,
            recovery_until=None,
            episode=None,
        )

    extend, change = [], []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3", TZ)
        store.open()
        start = datetime.now(TZ).replace(hour=9)
        for _ in range(3):
            span = Span(State.SITTING, start, start + timedelta(seconds=1))
            store.checkpoint(span, snapshot(1))
            began = time.perf_counter()
            for n in range(2, 202):
                span = Span(State.SITTING, start, start + timedelta(seconds=10 * n))
                store.checkpoint(span, snapshot(10 * n))
            extend.append((time.perf_counter() - began) / 200)
            began = time.perf_counter()
            for _ in range(200):
                closed = Span(State.SITTING, start, start + timedelta(seconds=10))
                store.record([SpanClosed(closed)])
                start += timedelta(seconds=10)
                store.checkpoint(Span(State.STANDING, start, start + timedelta(seconds=1)), None)
            change.append((time.perf_counter() - began) / 200)
        store.close()
    return statistics.median(extend) * 1e6, statistics.median(change) * 1e6


def bench_engine() -> float:
    sys.path.insert(0, str(ROOT))
    from tests.core.sim import Sim

    rates = []
    for _ in range(3):
        sim = Sim(events_source=True)
        started = time.perf_counter()
        for _ in range(3):  # a 24-hour day of work, breaks and away time
            for _ in range(16):
                sim.work(27)
                sim.idle(3)
            sim.lock()
            sim.idle(16 * 60 - 16 * 30)
            sim.unlock()
        elapsed = time.perf_counter() - started
        rates.append(sim.minute / 60 / elapsed)
    return statistics.median(rates)


def bench_status_latency() -> float | None:
    """Start a real tracker (offscreen) and time `creepguard status --json` end to end."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "CREEPGUARD_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        # A returning user: on a first run the welcome waits for Start.
        (Path(home) / "config").mkdir(mode=0o700)
        (Path(home) / "config" / "settings.toml").write_text("", encoding="utf-8")
        tracker = subprocess.Popen(
            [sys.executable, "-m", "creepguard", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            socket_path = Path(home) / "run" / "control.sock"
            for _ in range(100):
                if socket_path.exists():
                    break
                time.sleep(0.1)
            else:
                return None
            timings = []
            for _ in range(9):
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "creepguard", "status", "--json"],
                    env=env,
                    check=True,
                    capture_output=True,
                )
                timings.append(time.perf_counter() - started)
            return statistics.median(timings) * 1000
        finally:
            tracker.terminate()
            tracker.wait(10)


def main() -> None:
    print(f"Machine: {machine()}")
    week_ms, spans = bench_week_query()
    rate = bench_engine()
    status_ms = bench_status_latency()
    extend_us, change_us = bench_checkpoint()
    rows = [
        ("Week summary, 5 years of history", f"{week_ms:.1f} ms", f"{spans} spans", "<= 20 ms"),
        ("Engine speed", f"{rate:,.0f} simulated h/s", "a workday with breaks", "8 h < 1 s"),
        (
            "`status --json` with a tracker running",
            "n/a" if status_ms is None else f"{status_ms:.0f} ms",
            "whole process",
            "<= 50 ms",
        ),
        ("Checkpoint of the running span", f"{extend_us:.0f} us", "hot loop, WAL", "cheap"),
        ("Checkpoint after a state change", f"{change_us:.0f} us", "hot loop, WAL", "cheap"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}} | {'value':>22} | {'note':<22} | target")
    for name, value, note, target in rows:
        print(f"{name:<{width}} | {value:>22} | {note:<22} | {target}")


if __name__ == "__main__":
    main()
