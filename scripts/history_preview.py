"""Open the history and settings windows over a throw-away store, to look at them.

Usage::

    source ../shared/tools/desktop.sh                   # or any X display
    python scripts/history_preview.py --today 2026-11-20 &   # two weeks of history to a Friday
    shot docs/screenshots/history.png WxH+X+Y            # then open the PNG and look

    python scripts/history_preview.py --only settings --tab Exercises   # one window, one tab
    python scripts/history_preview.py --only settings --bad    # out-of-range values typed in
    python scripts/history_preview.py --grab /tmp/shots        # save both windows and quit

The store lives in a temporary folder and is never your own history. With ``--grab`` the
windows are rendered with ``QWidget.grab`` (no window frame), which also works under
``QT_QPA_PLATFORM=offscreen``. The committed ``docs/screenshots/history.png`` and
``settings.png`` are the framed windows under ``desktop.sh`` (openbox), grabbed with
``import -window <frame id>``.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package


def illustrations(resources: Path, scratch: Path) -> Path:
    """The illustrations folder; rendered into ``scratch`` when the SVGs are not built yet."""
    folder = resources / "illustrations"
    if any(folder.glob("*.svg")):
        return folder
    import tomllib

    from creepguard.illustration import render

    for path in sorted((resources / "exercises").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        (scratch / f"{path.stem}.svg").write_text(
            render(data["pose"], title=data["title"]), encoding="utf-8"
        )
    return scratch


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grab", type=Path, help="save history.png and settings.png here, quit")
    parser.add_argument("--seconds", type=float, default=0, help="quit after this long")
    parser.add_argument("--tab", default="Timing", help="the settings tab to show")
    parser.add_argument(
        "--bad", action="store_true", help="type values that break the rules, to see the errors"
    )
    parser.add_argument(
        "--only", choices=("history", "settings"), help="open just one of the windows"
    )
    parser.add_argument(
        "--today", type=date.fromisoformat, default=date.today(), help="pretend it is this day"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from creepguard.core.exercises import load_library
    from creepguard.core.picker import ExerciseChoice
    from creepguard.paths import resource_dir
    from creepguard.settings import Settings
    from creepguard.storage.history_source import StoreHistorySource
    from creepguard.storage.store import Store
    from creepguard.ui.history_window import HistoryWindow
    from creepguard.ui.settings_window import SettingsWindow
    from tests.ui._history_fixtures import seed_days

    app = QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="creepguard-preview-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    store = Store(scratch / "data" / "creepguard.sqlite3", tz)
    store.open()
    today: date = args.today
    monday = today - timedelta(days=today.weekday())
    seed_days(store, monday - timedelta(days=7), today, seed=11)
    settings = Settings()
    source = StoreHistorySource(store, settings["creep_threshold_min"] * 60, lambda: today)
    history = HistoryWindow(source)
    history.move(40, 20)
    if args.only != "settings":
        history.show()

    resources = resource_dir()
    library = load_library(resources / "exercises")
    choices = {
        library[0].id: ExerciseChoice(enabled=True, favourite=True),
        library[2].id: ExerciseChoice(enabled=False, hurts=True),
        library[4].id: ExerciseChoice(enabled=False),
    }
    window = SettingsWindow(
        settings,
        exercises=library,
        choices=choices,
        illustration_dir=illustrations(resources, scratch),
        on_apply=lambda new: print("apply", dict(new)),
        on_choice=lambda exercise_id, change: print("choice", exercise_id, change),
        data_folder=store.path.parent,
        on_export=lambda path: print("export to", path),
        on_delete_history=lambda: print("delete history"),
    )
    if args.bad:
        window.fields["creep_threshold_min"].set_value(75)
        window.fields["min_break_min"].set_value(8)
    tab = next((i for i in range(window.tabs.count()) if window.tabs.tabText(i) == args.tab), 0)
    window.tabs.setCurrentIndex(tab)
    window.move(history.x() + 80, history.y() + 60)
    if args.only != "history":
        window.show()

    if args.grab:
        args.grab.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            app.processEvents()
        history.grab().save(str(args.grab / "history.png"))
        suffix = ("" if args.tab == "Timing" else f"-{args.tab.lower()}") + (
            "-bad" if args.bad else ""
        )
        window.grab().save(str(args.grab / f"settings{suffix}.png"))
        print(f"saved to {args.grab}")
        return 0
    if args.seconds:
        QTimer.singleShot(round(args.seconds * 1000), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
