"""Memory a closed window leaves behind goes back to the system a moment later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_DELAY_MS = 2_000  # past the deleteLater()s and repaints that follow a hide


class ReleaseOnHide(QObject):
    """Calls ``release`` once, shortly after any watched window hides (one call for a
    burst of hides). Watching is an event filter on those windows only, so the rest of
    the app's events never pass through it."""

    def __init__(
        self,
        release: Callable[[], object],
        parent: QObject | None = None,
        *,
        delay_ms: int = _DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(release)

    def watch(self, window: QObject) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Hide:
            self._timer.start()
        return False
