"""The control socket's commands: what ``creepguard sit``, ``pause 1h`` and the rest ask
of the running tracker (the socket itself is ``creepguard.server``; the requests are
shaped in ``creepguard.control``).

Each command is one call on the app; the answer is ``{"ok": true}`` with the status
document, or ``{"ok": false, "error": ...}`` for a command it does not know. A malformed
value raises ``ValueError``, which the server answers as a bad request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from creepguard.control import pause_seconds
from creepguard.core.model import Posture
from creepguard.ui.port import PauseLength

if TYPE_CHECKING:
    from creepguard.core.clock import Clock
    from creepguard.settings import Settings

__all__ = ["CommandTarget", "handle_command", "pause_until"]


class CommandTarget(Protocol):
    """What the commands need of the app (``creepguard.app.CreepGuardApp``)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def settings(self) -> Settings: ...

    def status_json(self) -> dict[str, Any]: ...

    def problems_seen(self) -> None: ...

    def show_today(self) -> None: ...

    def set_posture(self, posture: Posture) -> None: ...

    def mark_away(self) -> None: ...

    def take_break(self) -> None: ...

    def pause_for(self, until: datetime | None) -> None: ...

    def resume(self) -> None: ...

    def fix_last_gap(self, *, was_away: bool) -> None: ...

    def checkpoint(self) -> None: ...

    def quit_soon(self) -> None:
        """Quit once this answer has been sent."""


def handle_command(app: CommandTarget, message: dict[str, Any]) -> dict[str, Any]:
    """Answer one request from the control socket."""
    command = message.get("command")
    simple: dict[str, Callable[[], None]] = {
        "show": app.show_today,
        "sit": lambda: app.set_posture(Posture.SITTING),
        "stand": lambda: app.set_posture(Posture.STANDING),
        "away": app.mark_away,
        "break": app.take_break,
        "resume": app.resume,
        "fix": lambda: app.fix_last_gap(was_away=bool(message.get("was_away"))),
        "checkpoint": app.checkpoint,
        "quit": app.quit_soon,
    }
    match command:
        case "ping":
            return {"ok": True}
        case "status":
            status = app.status_json()
            if message.get("seen") is True:  # printed for a person, not a status bar
                app.problems_seen()
            return status
        case "pause":
            app.pause_for(_pause_end(app, message))
        case str() if command in simple:
            simple[command]()
        case _:
            return {"ok": False, "error": f"unknown command {command!r}"}
    return {"ok": True, **app.status_json()}


def _pause_end(app: CommandTarget, message: dict[str, Any]) -> datetime | None:
    """Until when ``pause`` holds prompts: ``tomorrow`` (the next start of active hours),
    a number of seconds, or None (until ``resume``)."""
    if message.get("tomorrow"):
        return pause_until(PauseLength.TOMORROW, app.clock.now(), app.settings)
    if message.get("seconds") is not None:
        seconds = pause_seconds(message["seconds"])  # ValueError: a bad request
        return app.clock.now() + timedelta(seconds=seconds)
    return None


def pause_until(length: PauseLength, now: datetime, settings: Settings) -> datetime | None:
    """Until when a pause from the tray menu (or ``pause tomorrow``) holds prompts; None:
    until the person resumes."""
    match length:
        case PauseLength.MINUTES_30:
            return now + timedelta(minutes=30)
        case PauseLength.HOUR:
            return now + timedelta(hours=1)
        case PauseLength.TOMORROW:
            return settings.active_hours().next_start(now) or now + timedelta(days=1)
        case PauseLength.UNTIL_RESUMED:
            return None
