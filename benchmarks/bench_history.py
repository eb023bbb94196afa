"""How long the history window takes to open over 5 years of dense history.

Run ``python benchmarks/bench_history.py``. It builds a temporary store with five years
of synthetic working days (every day, ~20 spans and a few prompt episodes each) through
the store's public API (``Store.record`` + ``checkpoint``), then times, under
``QT_QPA_PLATFORM=offscreen``:

* cold: the first ``HistoryWindow`` of a fresh process (a ``QApplication`` already
  running), including importing QtCharts and the window's modules: what the person waits
  for the first time they open History;
* warm: constructing ``HistoryWindow`` (which shows this week) and ``show_week`` for a week
  in the middle of the history;
* shown: the same plus ``show()`` and the first paint.

Each figure is the median over 5 fresh processes (warm ones: each process's median of 5).

Target: under 300 ms. Not a timed test: figures depend on the machine, printed with it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import machine  # noqa: E402  (benchmarks/, beside this script)
from sqlalchemy import text  # noqa: E402

from creepguard.storage.store import Store  # noqa: E402
from tests.ui._history_fixtures import seed_days  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
YEARS = 5
RUNS = 5
TARGET_MS = 300.0


def measure(database: Path, today: date, week: date) -> dict[str, object]:
    """In a fresh process: the cold open, then warm opens, in milliseconds."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # the app has one long before History is opened
    store = Store(database, TZ)
    assert store.open()

    started = time.perf_counter()
    from creepguard.storage.history_source import StoreHistorySource
    from creepguard.ui.history_window import HistoryWindow

    imported_ms = (time.perf_counter() - started) * 1000
    source = StoreHistorySource(store, 20 * 60, lambda: today)
    window = HistoryWindow(source)
    window.show_week(week)
    cold_ms = (time.perf_counter() - started) * 1000
    window.deleteLater()
    app.processEvents()

    warm: list[float] = []
    shown: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        window = HistoryWindow(source)
        window.show_week(week)
        warm.append((time.perf_counter() - started) * 1000)
        window.show()
        app.processEvents()
        window.repaint()
        shown.append((time.perf_counter() - started) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    store.close()
    return {
        "imported_ms": imported_ms,
        "cold_ms": cold_ms,
        "warm_ms": statistics.median(warm),
        "shown_ms": statistics.median(shown),
    }


def main(argv: list[str]) -> int:
    today = date(2026, 11, 25)
    first = today - timedelta(days=round(365.25 * YEARS))
    middle = first + (today - first) / 2
    if argv[:1] == ["--measure"]:
        print(json.dumps(measure(Path(argv[1]), today, middle)))
        return 0

    with tempfile.TemporaryDirectory(prefix="creepguard-bench-") as folder:
        store = Store(Path(folder) / "creepguard.sqlite3", TZ)
        assert store.open()
        started = time.perf_counter()
        seed_days(store, first, today, every_day=True)
        built_s = time.perf_counter() - started
        assert store._engine is not None  # counts for the report only
        with store._engine.connect() as connection:
            spans = connection.execute(text("SELECT count(*) FROM spans")).scalar()
            episodes = connection.execute(text("SELECT count(*) FROM episodes")).scalar()
        store.close()
        size_mb = sum(
            path.stat().st_size / 1e6
            for path in (store.path, store.path.with_name(store.path.name + "-wal"))
            if path.exists()
        )
        print(f"machine: {machine()}")
        print(
            f"store: {(today - first).days + 1} days, {spans} spans, {episodes} episodes, "
            f"{size_mb:.1f} MB, built in {built_s:.1f} s"
        )
        runs = []
        for _ in range(RUNS):
            output = subprocess.run(
                [sys.executable, __file__, "--measure", str(store.path)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            ).stdout
            runs.append(json.loads(output.strip().splitlines()[-1]))

    def median(key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)

    print(f"each figure: median of {RUNS} fresh processes")
    print(f"  importing QtCharts and the window's modules:  {median('imported_ms'):5.0f} ms")
    print(f"  cold: imports + HistoryWindow + show_week:    {median('cold_ms'):5.0f} ms")
    print(f"  warm: HistoryWindow + show_week (median of {RUNS}): {median('warm_ms'):5.0f} ms")
    print(f"  warm + show() + first paint:                  {median('shown_ms'):5.0f} ms")
    worst = max(median("cold_ms"), median("shown_ms"))
    print(f"target {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
