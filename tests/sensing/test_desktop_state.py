"""Should a due card wait? The decision with the desktop readers faked."""

from __future__ import annotations

from pathlib import Path

import pytest

from creepguard.sensing.desktop_state import DesktopState, HoldReason, X11FullscreenReader


class Reader:
    """A fake reader: answers ``value`` (or raises), counts calls."""

    def __init__(self, value: bool | None = False, error: Exception | None = None) -> None:
        self.value = value
        self.error = error
        self.calls = 0

    def __call__(self) -> bool | None:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return self.value


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("fullscreen", "dnd", "wait_fullscreen", "wait_dnd", "expected"),
    [
        (False, False, True, True, None),
        (True, False, True, True, HoldReason.FULLSCREEN),
        (True, False, False, True, None),
        (False, True, True, True, HoldReason.DO_NOT_DISTURB),
        (False, True, True, False, None),
        (True, True, True, True, HoldReason.FULLSCREEN),
        (True, True, False, True, HoldReason.DO_NOT_DISTURB),
        (None, None, True, True, None),  # unknown never holds a card
    ],
)
def test_decision(
    fullscreen: bool | None,
    dnd: bool | None,
    wait_fullscreen: bool,
    wait_dnd: bool,
    expected: HoldReason | None,
) -> None:
    state = DesktopState(fullscreen=Reader(fullscreen), dnd=Reader(dnd))
    assert state.should_hold_card(wait_fullscreen, wait_dnd) == expected


def test_a_failing_reader_never_raises() -> None:
    state = DesktopState(fullscreen=Reader(error=OSError("X died")), dnd=Reader(error=KeyError()))
    assert state.should_hold_card(True, True) is None


def test_settings_that_do_not_wait_do_not_read() -> None:
    fullscreen, dnd = Reader(True), Reader(True)
    state = DesktopState(fullscreen=fullscreen, dnd=dnd)
    assert state.should_hold_card(False, False) is None
    assert fullscreen.calls == dnd.calls == 0


def test_do_not_disturb_is_cached_briefly() -> None:
    clock, dnd = Clock(), Reader(True)
    state = DesktopState(fullscreen=Reader(False), dnd=dnd, dnd_cache_s=5, monotonic=clock)
    assert state.should_hold_card(True, True) is HoldReason.DO_NOT_DISTURB
    dnd.value = False
    clock.now += 4
    assert state.should_hold_card(True, True) is HoldReason.DO_NOT_DISTURB
    clock.now += 2
    assert state.should_hold_card(True, True) is None
    assert dnd.calls == 2


def test_hold_reason_is_a_string() -> None:
    assert isinstance(HoldReason.FULLSCREEN, str)
    assert str(HoldReason.FULLSCREEN) == "fullscreen"


def test_x11_reader_without_a_display_says_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = X11FullscreenReader(display=":987")  # no such display
    assert reader() is None
    assert reader() is None  # and does not retry expensively
    reader.close()


def test_reduced_motion_is_read_once_a_minute_and_a_failing_reader_means_motion() -> None:
    clock = Clock()
    answers = [True, False]
    calls: list[int] = []

    def motion() -> bool:
        calls.append(1)
        return answers[len(calls) - 1]

    state = DesktopState(fullscreen=Reader(), dnd=Reader(), monotonic=clock, motion=motion)
    assert state.motion_reduced() is True
    clock.now += 59
    assert state.motion_reduced() is True and len(calls) == 1
    clock.now += 2
    assert state.motion_reduced() is False and len(calls) == 2

    def broken() -> bool:
        raise OSError("no settings daemon")

    assert DesktopState(fullscreen=Reader(), dnd=Reader(), motion=broken).motion_reduced() is False


def test_reduced_motion_follows_the_override_then_kde(tmp_path: Path) -> None:
    from creepguard.sensing.desktop_state import read_reduced_motion

    plain = {"XDG_CURRENT_DESKTOP": "KDE"}
    assert read_reduced_motion(plain, tmp_path) is False  # no kdeglobals: motion
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n", encoding="utf-8")
    assert read_reduced_motion(plain, tmp_path) is True
    assert read_reduced_motion({**plain, "CREEPGUARD_REDUCE_MOTION": "0"}, tmp_path) is False
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0.5\n", encoding="utf-8")
    assert read_reduced_motion(plain, tmp_path) is False
    assert read_reduced_motion({**plain, "CREEPGUARD_REDUCE_MOTION": "1"}, tmp_path) is True
    (tmp_path / "kdeglobals").write_bytes(b"\xff\xfe[KDE\n")  # garbage: no crash, motion
    assert read_reduced_motion(plain, tmp_path) is False
