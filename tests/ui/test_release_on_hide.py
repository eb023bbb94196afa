"""Freed memory is given back shortly after a window the person closed hides."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from creepguard.ui.release_on_hide import ReleaseOnHide


def _watched(qtbot: QtBot, delay_ms: int = 30) -> tuple[ReleaseOnHide, list[int], QWidget]:
    calls: list[int] = []
    window = QLabel("a window")
    qtbot.addWidget(window)
    release = ReleaseOnHide(lambda: calls.append(1), delay_ms=delay_ms)
    release.watch(window)
    return release, calls, window


def test_one_release_follows_a_hide(qtbot: QtBot) -> None:
    _release, calls, window = _watched(qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.close()

    qtbot.waitUntil(lambda: calls == [1], timeout=2_000)


def test_showing_and_repainting_release_nothing(qtbot: QtBot) -> None:
    release, calls, window = _watched(qtbot, delay_ms=0)
    window.show()
    qtbot.waitExposed(window)
    window.setText("changed")
    window.repaint()
    qtbot.wait(50)  # the zero-delay timer would have fired by now, had it started

    assert calls == []
    assert not release._timer.isActive()


def test_hides_in_a_burst_release_once(qtbot: QtBot) -> None:
    _release, calls, window = _watched(qtbot, delay_ms=200)
    other = QLabel("another window")
    qtbot.addWidget(other)
    _release.watch(other)
    for widget in (window, other):
        widget.show()
        qtbot.waitExposed(widget)
    window.hide()
    other.hide()
    window.show()
    window.hide()

    qtbot.waitUntil(lambda: calls == [1], timeout=2_000)
    qtbot.wait(300)  # past a second delay, which must not come
    assert calls == [1]
