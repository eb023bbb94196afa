"""Every tray action, built once and wired to the controller.

The tray menu and the no-tray status window (:mod:`creepguard.ui.status_window`) both use
:class:`MenuActions`, so the two always offer the same things.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from creepguard.core.model import Posture
from creepguard.ui import texts
from creepguard.ui.port import Controller, PauseLength, StatusView


def call_mark_away(controller: Controller) -> None:
    """Tell the app the person has left (manual, for when no activity source works).

    ``mark_away`` is not in the :class:`~creepguard.ui.port.Controller` Protocol yet (the
    engine has it); until it is, the action is offered only when the controller has it.
    """
    mark_away: Callable[[], None] | None = getattr(controller, "mark_away", None)
    if callable(mark_away):
        mark_away()


class MenuActions(QObject):
    """Every tray action, each calling one controller method.

    Attributes (all ``QAction``): ``status`` (what matters now: the sit and the next
    stretch), ``problems``, ``take_break`` (not during a break), ``posture`` (one
    toggle: "I'm standing" / "I'm sitting"), ``away`` (only when no activity source
    works), ``seated_only`` (checkable), ``gap_away``, ``gap_sitting``, ``pause_30``,
    ``pause_hour``, ``pause_tomorrow``, ``pause_forever``, ``resume`` (only while
    paused), ``settings``, ``history``, ``quit``; and the submenus ``gap_menu`` and
    ``pause_menu``.

    Args:
        controller: the app.
        parent: the QObject parent.
    """

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view: StatusView | None = None
        self._shown: tuple[object, ...] | None = None  # what update_view last set

        def action(text: str, slot: Callable[[], None] | None = None) -> QAction:
            made = QAction(text, self)
            if slot is not None:
                made.triggered.connect(lambda _checked=False: slot())
            return made

        # What matters now; the tray opens the today popup from it.
        self.status = action(QCoreApplication.translate("Tray", "CreepGuard"))
        self.problems = action("")
        self.problems.setEnabled(False)
        self.problems.setVisible(False)
        self.take_break = action(
            QCoreApplication.translate("Tray", "&Take a break now"), controller.take_break
        )
        self.posture = action(
            QCoreApplication.translate("Tray", "I'm &standing"), self._toggle_posture
        )
        self.away = action(
            QCoreApplication.translate("Tray", "I'm &away"), lambda: call_mark_away(controller)
        )
        self.away.setVisible(False)
        self.seated_only = QAction(QCoreApplication.translate("Tray", "I &can't stand today"), self)
        self.seated_only.setCheckable(True)
        self.seated_only.toggled.connect(self._seated_only_toggled)

        self.gap_menu = QMenu(QCoreApplication.translate("Tray", "The &last quiet spell"))
        self.gap_away = action(
            QCoreApplication.translate("Tray", "I was &away"),
            lambda: controller.fix_last_gap(was_away=True),
        )
        self.gap_sitting = action(
            QCoreApplication.translate("Tray", "I was &sitting"),
            lambda: controller.fix_last_gap(was_away=False),
        )
        self.gap_menu.addAction(self.gap_away)
        self.gap_menu.addAction(self.gap_sitting)

        self.pause_menu = QMenu(QCoreApplication.translate("Tray", "&Pause"))
        self.pause_30 = action(
            QCoreApplication.translate("Tray", "For &30 minutes"),
            lambda: controller.pause(PauseLength.MINUTES_30),
        )
        self.pause_hour = action(
            QCoreApplication.translate("Tray", "For &1 hour"),
            lambda: controller.pause(PauseLength.HOUR),
        )
        self.pause_tomorrow = action(
            QCoreApplication.translate("Tray", "Until &tomorrow"),
            lambda: controller.pause(PauseLength.TOMORROW),
        )
        self.pause_forever = action(
            QCoreApplication.translate("Tray", "Until I &resume"),
            lambda: controller.pause(PauseLength.UNTIL_RESUMED),
        )
        for item in (self.pause_30, self.pause_hour, self.pause_tomorrow, self.pause_forever):
            self.pause_menu.addAction(item)
        self.resume = action(QCoreApplication.translate("Tray", "&Resume"), controller.resume)
        self.resume.setVisible(False)
        self.settings = action(
            QCoreApplication.translate("Tray", "S&ettings\u2026"), controller.open_settings
        )
        self.history = action(
            QCoreApplication.translate("Tray", "&History\u2026"), controller.open_history
        )
        self.quit = action(QCoreApplication.translate("Tray", "&Quit"), controller.quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def fill(self, menu: QMenu) -> None:
        """Add every action to ``menu`` in the tray order."""
        menu.addAction(self.status)
        menu.addAction(self.problems)
        menu.addSeparator()
        menu.addAction(self.take_break)
        menu.addAction(self.posture)
        menu.addAction(self.away)
        menu.addAction(self.seated_only)
        menu.addMenu(self.gap_menu)
        menu.addSeparator()
        menu.addMenu(self.pause_menu)
        menu.addAction(self.resume)
        menu.addSeparator()
        menu.addAction(self.settings)
        menu.addAction(self.history)
        menu.addSeparator()
        menu.addAction(self.quit)

    def update_view(self, view: StatusView) -> None:
        """Texts, checks and visibility for ``view``."""
        self._view = view
        status = texts.menu_line(view)
        # Most updates change nothing the menu shows; each Qt call skipped is one less
        # to run from cold caches every 30 s (and, on a D-Bus tray, no layout sent).
        shown = (
            status,
            view.problems,
            view.posture,
            view.backend_works,
            view.seated_only,
            view.paused,
            texts.may_take_a_break(view),
        )
        if shown == self._shown:
            return
        self._shown = shown
        self.status.setText(status)
        self.problems.setText("; ".join(view.problems))
        self.problems.setVisible(bool(view.problems))
        self.posture.setText(
            QCoreApplication.translate("Tray", "I'm &sitting")
            if view.posture is Posture.STANDING
            else QCoreApplication.translate("Tray", "I'm &standing")
        )
        self.away.setVisible(not view.backend_works and hasattr(self._controller, "mark_away"))
        # Reflect the app's state without echoing it back to the controller.
        self.seated_only.blockSignals(True)
        self.seated_only.setChecked(view.seated_only)
        self.seated_only.blockSignals(False)
        self.pause_menu.menuAction().setVisible(not view.paused)
        self.resume.setVisible(view.paused)
        # No "Take a break now" during a break (or while away or paused).
        self.take_break.setVisible(texts.may_take_a_break(view))
        self.take_break.setEnabled(texts.may_take_a_break(view))

    def _toggle_posture(self) -> None:
        standing = self._view is not None and self._view.posture is Posture.STANDING
        self._controller.set_posture(Posture.SITTING if standing else Posture.STANDING)

    def _seated_only_toggled(self, checked: bool) -> None:
        self._shown = None  # the click changed the check: the next view sets it again
        self._controller.set_seated_only_today(checked)
