"""Build every window in a pseudo-locale and report what does not fit or is not translated.

Run by tests/ui/test_pseudo_locale.py in its own process, because the translator must be
installed before any widget is made and the screen must be a 1366x768 laptop's free area
under a 32 px panel (the offscreen platform's screen is made 1366x736)::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.pseudo_layout CATALOGUE_FOLDER LANGUAGE [SCREENSHOT_FOLDER]

CATALOGUE_FOLDER holds creepguard_<LANGUAGE>.qm and .json (catalogues.write_pseudo_ts,
lrelease, catalogues.json_catalogue); with ``--real`` (before the folders), a shipped
language: the exercises in its own words (resources/exercises/translations), and no
English check (its words are not pseudo-accented). Prints one JSON object:
``direction`` (the app's layout direction), ``problems`` (what is cut off or does not
fit) and ``english`` (texts a person sees that no catalogue reached).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from creepguard import i18n
from creepguard.catalogues import pseudo
from creepguard.core.exercises import Exercise, load_library, translate_library
from creepguard.core.model import PromptKind
from creepguard.core.picker import ExerciseChoice
from creepguard.demo import SCRIPT
from creepguard.paths import resource_dir
from creepguard.settings import Settings
from creepguard.storage.history_source import StoreHistorySource
from creepguard.storage.store import Store
from creepguard.ui import texts
from creepguard.ui.card import StretchCard
from creepguard.ui.demo_caption import DemoCaption
from creepguard.ui.history_window import TITLE_BAR_PX, HistoryWindow
from creepguard.ui.icons import app_icon
from creepguard.ui.menu import MenuActions
from creepguard.ui.settings_window import SettingsWindow
from creepguard.ui.status_window import StatusWindow
from creepguard.ui.today_popup import TodayPopup
from creepguard.ui.translation import install_translator
from creepguard.ui.welcome import WelcomeDialog
from tests.ui._history_fixtures import seed_days
from tests.ui.fakes import FakeController, make_card

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)
# Plain ASCII words of three letters or more: what the pseudo-locale never makes.
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
# Data, not words of ours: file paths, the backend's name, the app's name in a path.
_DATA = re.compile(r"/|X11 \(XScreenSaver\)")


def _pseudo_library() -> list[Exercise]:
    english = load_library(resource_dir() / "exercises")
    texts_by_id = {
        e.id: {
            "title": pseudo(e.title),
            "steps": [pseudo(step) for step in e.steps],
            "why": pseudo(e.why),
            **({"caution": pseudo(e.caution)} if e.caution else {}),
        }
        for e in english
    }
    return translate_library(english, texts_by_id, "pseudo")


def _visible(widget: QWidget) -> Iterator[QWidget]:
    yield widget
    for child in widget.findChildren(QWidget):
        if child.isVisibleTo(widget) and child.width() > 0:
            yield child


def _check(name: str, window: QWidget, area: QRect, problems: list[str], english: set[str]) -> None:
    """What in ``window`` (shown, laid out) is cut off, and what reads as English."""
    frame = 0 if window.windowFlags() & Qt.WindowType.FramelessWindowHint else TITLE_BAR_PX
    if window.width() > area.width() or window.height() + frame > area.height():
        problems.append(f"{name}: {window.width()}x{window.height()} exceeds {area.size()}")
    if window.windowTitle():
        _english(name, window.windowTitle(), english)
    for widget in _visible(window):
        where = f"{name}: {type(widget).__name__} {widget.objectName() or ''}".rstrip()
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{where}: scrolls sideways (what is past the edge is cut off)")
        if isinstance(widget, QAbstractButton):
            _english(where, widget.text(), english)
            if widget.text() and widget.width() < widget.sizeHint().width():
                problems.append(
                    f"{where} {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            _english(where, widget.text(), english)
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        f"{where} {widget.text()[:40]!r}: height {widget.height()} < {needed}"
                    )
            elif widget.width() < widget.sizeHint().width():
                problems.append(
                    f"{where} {widget.text()[:40]!r}: {widget.width()} < "
                    f"{widget.sizeHint().width()}"
                )
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                if widget.itemData(index) != "" and widget.objectName() == "field_language":
                    continue  # language names are in their own language
                _english(where, widget.itemText(index), english)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                _english(where, widget.tabText(index), english)


_VOCABULARY: set[str] = set()  # English words of our catalogue and exercises (main fills it)


def _vocabulary(library: list[Exercise]) -> set[str]:
    """Every word CreepGuard says in English, less the words the locale itself supplies
    (month and day names: "November" is German too) and Qt's (its own catalogue)."""
    from creepguard.catalogues import english_messages

    sources = [m.source for m in english_messages()]
    sources += [text for e in library for text in (e.title, *e.steps, e.why, e.caution or "")]
    words = {w.lower() for text in sources for w in _ENGLISH.findall(text)}
    locale = QLocale()
    for number in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words -= {w.lower() for w in _ENGLISH.findall(locale.monthName(number, kind))}
            if number <= 7:
                words -= {w.lower() for w in _ENGLISH.findall(locale.dayName(number, kind))}
    return words


def _english(where: str, text: str, english: set[str]) -> None:
    """Note ``text`` if, outside its pseudo-translated parts, it holds an English word."""
    plain = re.sub(r"<[^>]*>|&[a-z]+;", " ", text)  # rich text's tags are not words
    if _DATA.search(plain):
        return
    for line in plain.splitlines():
        outside = re.sub(r"\[[^\]]*\]", " ", line)  # [pseudo] parts, nested ones included
        outside = re.sub(r"\[[^\]]*\]", " ", outside)
        if any(word.lower() in _VOCABULARY for word in _ENGLISH.findall(outside)):
            english.add(f"{where}: {line.strip()[:80]!r}")


def _menu(controller: FakeController) -> QMenu:
    actions = MenuActions(controller)
    menu = QMenu()
    actions.fill(menu)
    actions.update_view(controller.view)
    menu.setProperty("actions_owner", actions)  # keep the Python object alive
    return menu


def main(argv: list[str]) -> int:
    real = argv[:1] == ["--real"]
    argv = argv[1:] if real else argv
    folder, language = argv[0], argv[1]
    shots = Path(argv[2]) if len(argv) > 2 else None
    app = QApplication(["pseudo-layout"])
    i18n.set_catalogue_dir(folder)
    used = install_translator(app, language)
    area = app.primaryScreen().availableGeometry()
    problems: list[str] = []
    english: set[str] = set()
    controller = FakeController()
    if real:
        library = load_library(resource_dir() / "exercises", language)
    else:
        library = _pseudo_library()
        _VOCABULARY.update(_vocabulary(load_library(resource_dir() / "exercises")))

    def look(name: str, window: QWidget) -> None:
        window.show()
        app.processEvents()
        if window.layout() is not None:
            window.layout().activate()
        _check(name, window, area, problems, english)
        if shots is not None:
            window.grab().save(str(shots / f"{language}-{name}.png"))

    headline = texts.headline(PromptKind.POSTURE_CHANGE, standing_desk=False)
    for exercise in library:  # a new card each: a card is sized once, for its first content
        card = StretchCard(controller, key_guard_ms=0)
        card.available_area = lambda: area
        card.present(make_card(exercise, headline=headline))
        look(f"card-{exercise.id}", card)
        card.close_card()
        card.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    menu = _menu(controller)
    look("menu", menu)
    for action in menu.actions():
        _english("menu", action.text(), english)
        if action.menu() is not None:
            for inner in action.menu().actions():
                _english("menu", inner.text(), english)
    menu.close()

    popup = TodayPopup(controller)
    popup.update_view(controller.view)
    look("today", popup)
    popup.close()

    status = StatusWindow(controller, app_icon(), show_tray_note=True)
    status.update_view(controller.view)
    look("status-window", status)
    status.close_for_real()

    welcome = WelcomeDialog(Settings(), on_accept=lambda _changes: None)
    look("welcome", welcome)
    welcome.close()

    with tempfile.TemporaryDirectory() as tmp:
        settings = SettingsWindow(
            Settings(),
            exercises=library[:6],
            choices={library[2].id: ExerciseChoice(enabled=False, hurts=True)},
            illustration_dir=resource_dir() / "illustrations",
            on_apply=lambda _settings: None,
            on_choice=lambda _id, _change: None,
            data_folder=Path(tmp),
            on_export=lambda _path: None,
            on_delete_history=lambda: None,
        )
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            look(f"settings-{index}", settings)
        settings.close()

        store = Store(Path(tmp) / "creepguard.sqlite3", TZ)
        assert store.open()
        monday = TODAY - timedelta(days=TODAY.weekday())
        seed_days(store, monday - timedelta(days=14), TODAY, every_day=True)
        # With a shared folder, so the Computer list is laid out too (the longest row).
        history = HistoryWindow(
            StoreHistorySource(
                store,
                20 * 60,
                lambda: TODAY,
                computers=lambda: [("this", "Desk"), ("b1d2", "Laptop")],
                history_of=lambda _device: store,
            )
        )
        look("history", history)
        history.close()
        store.close()

    caption = DemoCaption()  # the demo's captions, each on one line at the bottom
    for index, step in enumerate(SCRIPT):
        caption.say(step.caption, step.at_min)
        look(f"demo-caption-{index}", caption)
    caption.close()

    print(
        json.dumps(
            {
                "language": used,
                "direction": "rtl"
                if app.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else "ltr",
                "problems": problems,
                "english": sorted(english),
            },
            ensure_ascii=False,
        )
    )
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
