"""The UI as one object the app talks to: tray (or status window), card, notifications,
settings, history and the first-run welcome.

Windows other than the tray are built on first use: a person may never open History in a
session, and QtCharts costs ~120 ms and several MB to load.
"""

from __future__ import annotations

import base64
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

from creepguard.paths import AppPaths, private_folder, resource_dir
from creepguard.startup import process_memory
from creepguard.ui.release_on_hide import ReleaseOnHide
from creepguard.ui.surface import TrayOrWindow, starting_icon

if TYPE_CHECKING:
    from creepguard.settings import Settings
    from creepguard.ui.card import StretchCard
    from creepguard.ui.history_window import HistoryWindow
    from creepguard.ui.notifications import Notifier
    from creepguard.ui.port import AppControls, CardView, StatusView
    from creepguard.ui.settings_window import SettingsWindow

log = logging.getLogger(__name__)

_STRETCH_ACTION = "stretch"
_SHOW_CARD_ACTION = "show-card"


def loading_view() -> StatusView:
    """What the tray shows for the moment before the store has loaded."""
    from datetime import date

    from creepguard.core.history import DaySummary
    from creepguard.core.model import Posture, State
    from creepguard.core.policy import EngineConfig
    from creepguard.ui.port import StatusView

    defaults = EngineConfig()  # the domain's own numbers until the settings are read
    return StatusView(
        state=State.SITTING,
        posture=Posture.SITTING,
        sitting_s=0.0,
        next_prompt_s=None,
        creep_threshold_s=defaults.creep_s,
        posture_change_s=defaults.posture_change_s,
        paused_until=None,
        paused=False,
        recovery_until=None,
        prompt_held=False,
        today=DaySummary(date.today()),
        backend=QCoreApplication.translate("Shell", "starting"),
        backend_works=True,
    )


class WindowState:
    """Small UI memories kept between sessions: window geometry, notes dismissed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return  # no window used yet: the tray's first frame does without json
        import json

        try:
            data = json.loads(text)
        except ValueError:
            return
        if isinstance(data, dict):
            self._data = data

    def geometry(self, name: str) -> bytes | None:
        raw = self._data.get(f"geometry.{name}")
        return base64.b64decode(raw) if isinstance(raw, str) else None

    def set_geometry(self, name: str, value: bytes) -> None:
        self._data[f"geometry.{name}"] = base64.b64encode(bytes(value)).decode()
        self._save()

    def flag(self, name: str) -> bool:
        return bool(self._data.get(name))

    def set_flag(self, name: str) -> None:
        self._data[name] = True
        self._save()

    def _save(self) -> None:
        import json

        try:
            private_folder(self.path.parent)
            temporary = self.path.with_suffix(".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(self._data))
            if os.name == "posix":
                temporary.chmod(0o600)  # an older one, left by an older version
            temporary.replace(self.path)
        except OSError as error:  # losing a window position is not worth an alarm
            log.info("could not save window state: %s", error)


class QtShell(QObject):
    """The real UI. ``controller`` may be a stand-in until the app has loaded."""

    def __init__(self, controller: AppControls, *, paths: AppPaths) -> None:
        super().__init__()
        self._controller = controller
        self._paths = paths
        self._state = WindowState(paths.config_dir / "window-state.json")
        self.surface = TrayOrWindow(
            controller,
            None,  # the application icon, when the status window needs it
            show_tray_note=not self._state.flag("tray-note-dismissed"),
            # Ready-drawn: the app's first status, a moment later, draws the real ring.
            tray_icon=starting_icon(),
            parent=self,
        )
        self.surface.tray_note_dismissed.connect(
            lambda: self._state.set_flag("tray-note-dismissed")
        )
        # A card announced by a notification (Wayland) also opens from the tray icon.
        self.surface.on_tray_click = self._open_waiting_card
        self.surface.show()
        self._notifier: Notifier | None = None
        self._card: StretchCard | None = None
        self._settings_window: SettingsWindow | None = None
        self._history_window: HistoryWindow | None = None
        self._waiting_card: CardView | None = None
        self._welcome: QObject | None = None
        self._release = ReleaseOnHide(process_memory.release_free_heap, parent=self)

    # ------------------------------------------------------------------ Shell

    def update(self, view: StatusView) -> None:
        self.surface.update(view)

    def present_card(self, card: CardView) -> None:
        if _on_wayland() and card.kind.value != "manual":
            # A Wayland window cannot place itself or stay on top: lead with the
            # notification; its action (or a click on the tray) opens the card.
            self._waiting_card = card
            self.notify(
                card.headline,
                card.exercise.title,
                (_SHOW_CARD_ACTION, QCoreApplication.translate("Shell", "Show stretch")),
            )
            return
        self._show_card(card)

    def _show_card(self, card: CardView) -> None:
        from creepguard.ui.card import StretchCard

        if self._card is None:
            self._card = StretchCard(self._controller)
            self._release.watch(self._card)
        self._card.present(card)

    def withdraw_card(self) -> None:
        self._waiting_card = None
        if self._card is not None:
            self._card.close_card()

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None:
        self._notifications().notify(title, body, action)

    def _notifications(self) -> Notifier:
        if self._notifier is None:
            from creepguard.ui.icons import app_icon_path
            from creepguard.ui.notifications import Notifier

            self._notifier = Notifier(app_icon_path(), self.surface.show_message, parent=self)
            self._notifier.action_invoked.connect(self._on_action)
            self.surface.message_clicked.connect(self._notifier.fallback_clicked)
        return self._notifier

    def _open_waiting_card(self) -> bool:
        """Show the card a notification announced; False when none waits."""
        if self._waiting_card is None:
            return False
        card, self._waiting_card = self._waiting_card, None
        self._show_card(card)
        return True

    def _on_action(self, action: str) -> None:
        if action == _SHOW_CARD_ACTION and self._waiting_card is not None:
            self._open_waiting_card()
        elif action in (_STRETCH_ACTION, "default"):
            self._controller.take_break()

    def show_today(self) -> None:
        if self.surface.in_tray and self.surface.tray is not None:
            self.surface.tray.show_today()
        elif self.surface.status_window is not None:
            window = self.surface.status_window
            window.show()
            window.raise_()
            window.activateWindow()
            self._controller.problems_seen()

    def open_settings(self) -> None:
        from creepguard.ui.settings_window import SettingsWindow

        controller = self._controller
        if self._settings_window is None:
            window = SettingsWindow(
                controller.settings,
                exercises=controller.exercise_library(),
                choices=controller.exercise_choices(),
                illustration_dir=resource_dir() / "illustrations",
                on_apply=controller.apply_settings,
                on_choice=controller.set_exercise_choice,
                data_folder=self._paths.data_dir,
                on_export=controller.export_history,
                on_delete_history=controller.delete_history,
                devices=controller.device_lines,
                geometry=self._state.geometry("settings"),
            )
            window.geometry_saved.connect(lambda raw: self._state.set_geometry("settings", raw))
            self._release.watch(window)
            self._settings_window = window
        else:
            self._settings_window.set_settings(controller.settings)
        _bring_up(self._settings_window)

    def open_history(self) -> None:
        from creepguard.ui.history_window import HistoryWindow

        if self._history_window is None:
            window = HistoryWindow(
                self._controller.history_source(), geometry=self._state.geometry("history")
            )
            window.geometry_saved.connect(lambda raw: self._state.set_geometry("history", raw))
            self._release.watch(window)
            self._history_window = window
        _bring_up(self._history_window)

    def show_welcome(
        self,
        settings: Settings,
        *,
        on_start: Callable[[dict[str, Any]], None],
        on_cancel: Callable[[], None],
    ) -> None:
        """First run: a short welcome with the safety note and the settings that matter.

        Start calls ``on_start`` with the values changed; closing the welcome (or Esc)
        calls ``on_cancel``.
        """
        from creepguard.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(settings, on_start)
        dialog.rejected.connect(on_cancel)
        self._welcome = dialog
        self._release.watch(dialog)
        _bring_up(dialog)

    def close(self) -> None:
        for window in (self._settings_window, self._history_window, self._card):
            if window is not None:
                window.close()
        if self._notifier is not None:
            self._notifier.close()
        self.surface.close()


def _bring_up(window: Any) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def _on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")
