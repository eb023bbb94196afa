"""The last backend of the chain: it cannot see input, and says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

NULL_NOTICE = (
    "CreepGuard cannot see keyboard or mouse activity on this desktop, so it counts "
    "time as sitting while the screen is unlocked. Tell it when you stand or step away: "
    "I'm standing and I'm away are in the tray menu (or in CreepGuard's window where there "
    "is no tray), and `creepguard stand`, `creepguard sit` and `creepguard away` work from "
    "a terminal or a keyboard shortcut; `creepguard diagnose` shows what was tried."
)


class NullIdleReader:
    """Idle is always 0 s: every unlocked moment counts as sitting.

    Args:
        reason: why no real backend was available, for ``diagnose`` and the notice.
    """

    name = "none"
    has_activity_events = False

    def __init__(self, reason: str = NULL_NOTICE) -> None:
        self.reason = reason

    def probe(self) -> str:
        return self.reason

    def start(self, on_active: Callable[[], None]) -> None:
        del on_active  # nothing will ever happen

    def idle_s(self) -> float:
        return 0.0

    def stop(self) -> None:
        return None
