"""Watch activity sensing live on a real desktop: what was chosen, each reading, each event.

Run it inside the desktop session (not over ssh) and use the machine: move the mouse,
stop, lock the screen, play a video, suspend. Stop with Ctrl+C.

    python scripts/sensing_watch.py [--interval 2]
"""

from __future__ import annotations

import argparse
import signal
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from creepguard.sensing.factory import create_activity_source


class PrintingListener:
    def on_activity_changed(self) -> None:
        print(f"{time.strftime('%H:%M:%S')}  event: activity changed")

    def on_suspend(self) -> None:
        print(f"{time.strftime('%H:%M:%S')}  event: suspend")

    def on_resume(self) -> None:
        print(f"{time.strftime('%H:%M:%S')}  event: resume")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between readings")
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    source, reports = create_activity_source()
    for report in reports:
        print(f"[{'in use' if report.chosen else 'passed':>6}] {report.name}: {report.reason}")
    if source.notice:
        print(f"Note: {source.notice}")
    source.start(PrintingListener())

    def tick() -> None:
        found = source.check_suspend()
        if found is not None:
            print(f"   suspend detected: {found.slept_s:.0f} s ({found.evidence})")
        began = time.perf_counter()
        sample = source.read()
        took_ms = (time.perf_counter() - began) * 1000
        print(
            f"{time.strftime('%H:%M:%S')}  idle {sample.idle_s:7.1f} s  "
            f"locked={sample.locked!s:5}  inhibited={sample.inhibited!s:5}  ({took_ms:.2f} ms)"
        )
        source.timer_armed(args.interval)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(int(args.interval * 1000))
    # Let Ctrl+C through: Python only sees signals when the interpreter runs.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    wakeup = QTimer()
    wakeup.timeout.connect(lambda: None)
    wakeup.start(250)
    tick()
    try:
        return int(app.exec())
    finally:
        source.stop()


if __name__ == "__main__":
    sys.exit(main())
