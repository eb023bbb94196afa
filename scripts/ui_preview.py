"""Show the tray, its menu, the today popup, stretch cards, a notification and the status
window on a real X desktop, and screenshot each, to look at them as a person would.

Usage::

    source ../shared/tools/desktop.sh                  # Xvfb, openbox, trayer, dunst, a bus
    python scripts/ui_preview.py --out docs/screenshots

Nothing of the real app runs: a FakeController answers and records the clicks, and the
status shown is made up (24 minutes into a sit, past the creep threshold). Screenshots
are taken with ImageMagick's ``import -window root`` (what is on screen, window frames,
tray and notification bubbles included); the icon sheet is rendered directly.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package

from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402 - after the path setup
from PySide6.QtGui import QColor, QCursor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from creepguard.core.exercises import load_library  # noqa: E402
from creepguard.core.model import Posture, PromptKind, State  # noqa: E402
from creepguard.paths import resource_dir  # noqa: E402
from creepguard.ui import texts  # noqa: E402
from creepguard.ui.card import StretchCard  # noqa: E402
from creepguard.ui.icons import app_icon, app_icon_path, status_icon  # noqa: E402
from creepguard.ui.notifications import Notifier  # noqa: E402
from creepguard.ui.surface import TrayOrWindow  # noqa: E402
from creepguard.ui.welcome import WelcomeDialog  # noqa: E402
from tests.ui.fakes import FakeController, FakeHost, at, make_card, make_view  # noqa: E402

Step = tuple[int, Callable[[], None]]


def shot(out: Path, name: str, rect: QRect | None = None) -> None:
    """Screenshot the screen (or ``rect``) into ``out/name``."""
    if shutil.which("import") is None:
        print("ImageMagick's import is missing; no screenshot", file=sys.stderr)
        return
    target = out / name
    command = ["import", "-window", "root"]
    if rect is not None:
        command += ["-crop", f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}", "+repage"]
    subprocess.run([*command, str(target)], check=True)
    print(target)


def window_rect(widget: QWidget, margin: int = 12) -> QRect:
    """The widget's frame on screen with a margin (for cropping)."""
    return widget.frameGeometry().adjusted(-margin, -margin, margin, margin)


def icon_sheet(out: Path) -> None:
    """Every icon state at 22 px on light and dark panels, magnified 6x without smoothing."""
    views = [
        make_view(sitting_s=30),
        make_view(sitting_s=500),
        make_view(sitting_s=1000),
        make_view(sitting_s=1400),
        make_view(sitting_s=1900),
        make_view(sitting_s=1900, prompt_held=True),
        make_view(state=State.STANDING, posture=Posture.STANDING, sitting_s=0),
        make_view(state=State.ON_BREAK),
        make_view(state=State.AWAY),
        make_view(paused=True),
        make_view(backend_works=False, backend="none", sitting_s=700),
    ]
    panels = [QColor("#ffffff"), QColor("#dcdcdc"), QColor("#303030"), QColor("#000000")]
    size, scale, pad = 22, 6, 4
    cell = (size + pad * 2) * scale
    sheet = QImage(len(views) * cell, len(panels) * cell, QImage.Format.Format_RGB32)
    painter = QPainter(sheet)
    for row, panel in enumerate(panels):
        for column, view in enumerate(views):
            x, y = column * cell, row * cell
            painter.fillRect(x, y, cell, cell, panel)
            pixmap = status_icon(view, size, None)
            big = pixmap.scaled(
                size * scale,
                size * scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
            painter.drawPixmap(x + pad * scale, y + pad * scale, big)
    painter.end()
    sheet.save(str(out / "icons.png"))
    print(out / "icons.png")


def xdotool(*args: str) -> None:
    if shutil.which("xdotool"):
        subprocess.run(["xdotool", *args], check=False)


class Preview:
    """The scripted tour: each method is one step, screenshots go to ``out``."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.library = {e.id: e for e in load_library(resource_dir() / "exercises")}
        self.view = make_view(sitting_s=24 * 60, next_prompt_s=6 * 60, recovery_until=at(15, 12))
        self.controller = FakeController(view=self.view)
        self.surface = TrayOrWindow(self.controller, app_icon())  # the real tray watcher
        self.surface.update(self.view)
        self.card = StretchCard(self.controller)
        self.notifier = Notifier(app_icon_path(), self.surface.show_message)
        self.no_tray: TrayOrWindow | None = None
        self.welcome: WelcomeDialog | None = None

    def steps(self) -> list[Step]:
        return [
            (1500, self.surface.show),
            (1500, self.tray_shot),
            (100, self.open_menu),
            (800, self.menu_shot),
            (100, self.close_menu),
            (300, self.open_today),
            (800, self.today_shot),
            (100, self.close_today),
            (100, lambda: QCursor.setPos(640, 400)),
            (200, lambda: self.show_card("calf-stretch")),
            (900, self.card_shot("card-standing.png")),
            (100, self.card.close_card),  # a fresh card, sized for its own content
            (100, lambda: self.show_card("chair-hamstring-stretch")),
            (100, self.card.guide.begin),
            (2600, self.card_shot("card-guided.png")),
            (100, lambda: self.show_card("seated-side-stretch", can_skip=False)),
            (900, self.card_shot("card-seated.png")),
            (100, lambda: self.show_card("up-and-over", sit_s=48 * 60)),
            (900, self.card_shot("card-caution.png")),
            (100, self.card.hurts.click),
            (900, self.card_shot("card-hurts.png")),
            (100, lambda: self.show_card("neck-tilt")),
            (100, self.card.done.click),
            (600, self.card_shot("card-done.png")),
            (100, self.notification),
            (1500, self.notification_shot),
            (100, self.status_window),
            (1200, self.status_window_shot),
            (900, self.status_message_shot),
            (100, self.welcome_dialog),
            (900, self.welcome_shot),
            (100, lambda: icon_sheet(self.out)),
            (100, self.app.quit),
        ]

    # --- tray ------------------------------------------------------------------------------

    def tray_rect(self) -> QRect:
        tray = self.surface.tray
        geometry = tray.icon.geometry() if tray is not None else QRect()
        if geometry.isValid():
            return geometry
        screen = self.app.primaryScreen().geometry()
        return QRect(screen.right() - 40, 4, 22, 22)

    def tray_shot(self) -> None:
        screen = self.app.primaryScreen().geometry()
        shot(self.out, "tray.png", QRect(screen.right() - 260, 0, 260, 40))

    def open_menu(self) -> None:
        centre = self.tray_rect().center()
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "3")

    def menu_shot(self) -> None:
        tray = self.surface.tray
        if tray is not None and tray.menu.isVisible():
            rect = tray.menu.geometry().united(self.tray_rect()).adjusted(-30, -8, 12, 12)
            shot(self.out, "menu.png", rect)
        else:
            print("the tray menu did not open (no tray?)", file=sys.stderr)

    def close_menu(self) -> None:
        xdotool("key", "Escape")
        if self.surface.tray is not None:
            self.surface.tray.menu.hide()

    def open_today(self) -> None:
        centre = self.tray_rect().center()
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")

    def today_shot(self) -> None:
        tray = self.surface.tray
        if tray is not None and tray.popup is not None and tray.popup.isVisible():
            rect = tray.popup.geometry().united(self.tray_rect()).adjusted(-12, -8, 12, 12)
            shot(self.out, "today.png", rect)

    def close_today(self) -> None:
        tray = self.surface.tray
        if tray is not None and tray.popup is not None:
            tray.popup.hide()

    # --- cards and messages ----------------------------------------------------------------

    def show_card(self, exercise_id: str, **changes: Any) -> None:
        headline = texts.headline(PromptKind.POSTURE_CHANGE, standing_desk=False)
        self.card.present(make_card(self.library[exercise_id], headline=headline, **changes))

    def card_shot(self, name: str) -> Callable[[], None]:
        return lambda: shot(self.out, name, window_rect(self.card))

    def notification(self) -> None:
        self.card.close_card()
        self.notifier.notify(
            texts.headline(PromptKind.POSTURE_CHANGE, standing_desk=False),
            texts.sat_for(30 * 60),
            ("stretch", "Stretch now"),
        )

    def notification_shot(self) -> None:
        screen = self.app.primaryScreen().geometry()
        shot(self.out, "notification.png", QRect(screen.right() - 560, 0, 560, 200))

    # --- without a tray --------------------------------------------------------------------

    def status_window(self) -> None:
        alone = TrayOrWindow(
            self.controller,
            app_icon(),
            host=FakeHost(present=False),
            qt_tray_available=lambda: False,
        )
        alone.update(make_view(sitting_s=24 * 60, backend="none", backend_works=False))
        alone.show()
        if alone.status_window is not None:
            alone.status_window.move(QPoint(80, 80))
        self.no_tray = alone

    def status_window_shot(self) -> None:
        assert self.no_tray is not None and self.no_tray.status_window is not None
        shot(self.out, "status-window.png", window_rect(self.no_tray.status_window))
        self.no_tray.show_message("Time to stand up and move", texts.sat_for(30 * 60))

    def status_message_shot(self) -> None:
        assert self.no_tray is not None and self.no_tray.status_window is not None
        shot(self.out, "status-window-message.png", window_rect(self.no_tray.status_window))
        self.no_tray.close()

    def welcome_dialog(self) -> None:
        self.welcome = WelcomeDialog({}, lambda _changes: None)
        self.welcome.move(QPoint(120, 80))
        self.welcome.show()

    def welcome_shot(self) -> None:
        assert self.welcome is not None
        shot(self.out, "welcome.png", window_rect(self.welcome))
        self.welcome.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--slow", type=float, default=1.0, help="stretch every pause by this")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        parser.error("needs an X display: source ../shared/tools/desktop.sh first")
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("CreepGuard")
    app.setDesktopFileName("creepguard")
    app.setWindowIcon(app_icon())
    preview = Preview(app, args.out)
    steps = preview.steps()

    def run(index: int) -> None:
        if index < len(steps):
            delay, action = steps[index]

            def go() -> None:
                action()
                run(index + 1)

            QTimer.singleShot(round(delay * args.slow), go)

    run(0)
    code = app.exec()
    print("controller calls:", preview.controller.names())
    return code


if __name__ == "__main__":
    raise SystemExit(main())
