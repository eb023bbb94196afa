"""The port the running tracker calls to reach its other computers (README rule 11).

The app knows only :class:`PeerLink`; :class:`creepguard.sync.link.FolderLink` is the real
one (a shared folder), :class:`NullLink` the one without any. Cheap to import: the
tracker imports it at start.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from creepguard.core.model import Episode, Posture, Span
    from creepguard.core.peers import Presence
    from creepguard.sync.link import DeviceRow


# The computer a history is read on, in a history's device column and as ``only`` (its
# own records come from its store, under this name, until it is named).
THIS = "this"


class PeerLink(Protocol):
    """The other computers, as the app sees them.

    Threading and time: every method is called on the app's thread, at wakes the app has
    anyway (never on a timer of its own), and returns at once, except :meth:`peers`,
    which may wait a fraction of a second for a fresh look, and :meth:`close`, a second
    or two at quit. None raises for a folder that is missing, slow or damaged: that
    becomes a sentence in :meth:`problems`, and tracking goes on.
    """

    def peers(self) -> Sequence[Presence]:
        """The other computers' latest word, for ``SittingEngine.observe``."""
        ...

    def publish(self, presence: Presence, posture: Posture, open_span: Span | None) -> None:
        """This computer's word after a wake (written only when it changed)."""
        ...

    def checkpointed(self, generation: int) -> None:
        """The history file was written; ``generation`` is the store's."""
        ...

    def merged_today(
        self, day: date, spans: list[Span], episodes: list[Episode]
    ) -> tuple[list[Span], list[Episode]]:
        """Today's records with the other computers' (each moment once)."""
        ...

    def history(self, store: Any, only: str | None = None) -> Any:
        """What the History window and exports read instead of ``store``: every
        computer's history, or ``only`` that computer's (an id, or ``THIS``)."""
        ...

    def problems(self) -> tuple[str, ...]: ...

    def forget(self) -> None:
        """The person deleted their history: this computer's files go from the folder."""
        ...

    def close(self, timeout_s: float = 2.0) -> None: ...

    def devices(self) -> list[DeviceRow]:
        """The computers sharing the folder (none without one)."""
        ...


class NullLink:
    """No other computers: everything as on one computer."""

    def peers(self) -> Sequence[Presence]:
        return ()

    def publish(self, presence: Presence, posture: Posture, open_span: Span | None) -> None:
        pass

    def checkpointed(self, generation: int) -> None:
        pass

    def merged_today(
        self, day: date, spans: list[Span], episodes: list[Episode]
    ) -> tuple[list[Span], list[Episode]]:
        return spans, episodes

    def history(self, store: Any, only: str | None = None) -> Any:
        return store

    def problems(self) -> tuple[str, ...]:
        return ()

    def forget(self) -> None:
        pass

    def close(self, timeout_s: float = 2.0) -> None:
        pass

    def devices(self) -> list[DeviceRow]:
        return []
