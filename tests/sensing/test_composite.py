"""The composite source's contract with fake parts: never raises, keeps the last reading."""

from __future__ import annotations

from collections.abc import Callable

from creepguard.core.model import ActivitySample
from creepguard.sensing.composite import CompositeSource, SensingError
from creepguard.sensing.null import NullIdleReader
from tests.sensing.conftest import RecordingListener


class FlakyReader:
    name = "flaky"
    has_activity_events = True

    def __init__(self) -> None:
        self.values: list[float | Exception] = []
        self.on_active: Callable[[], None] | None = None
        self.stops = 0

    def probe(self) -> str:
        return "ok"

    def start(self, on_active: Callable[[], None]) -> None:
        self.on_active = on_active

    def idle_s(self) -> float:
        value = self.values.pop(0)
        if isinstance(value, Exception):
            raise value
        return value

    def stop(self) -> None:
        self.stops += 1


class StaticWatcher:
    provides = frozenset({"lock", "inhibit"})

    def __init__(self, name: str, locked: bool | None, inhibited: bool | None) -> None:
        self.name = name
        self._locked, self._inhibited = locked, inhibited
        self.polls = 0
        self.fail_start = False

    def probe(self) -> str:
        return "ok"

    def start(self, listener: object) -> None:
        if self.fail_start:
            raise RuntimeError("boom")

    def locked(self) -> bool | None:
        return self._locked

    def inhibited(self) -> bool | None:
        return self._inhibited

    def poll(self) -> None:
        self.polls += 1

    def stop(self) -> None:
        return None


class Resource:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_failed_reading_keeps_the_last_good_one() -> None:
    reader = FlakyReader()
    reader.values = [42.0, SensingError("gone"), RuntimeError("bug"), 3.0]
    source = CompositeSource(reader)
    source.start(RecordingListener())
    assert source.read().idle_s == 42.0
    assert source.read().idle_s == 42.0
    assert source.read().idle_s == 42.0
    assert source.read().idle_s == 3.0


def test_watchers_are_combined_and_a_broken_one_is_dropped() -> None:
    unlocked = StaticWatcher("a", locked=False, inhibited=None)
    locked = StaticWatcher("b", locked=True, inhibited=True)
    broken = StaticWatcher("c", locked=True, inhibited=True)
    broken.fail_start = True
    source = CompositeSource(NullIdleReader(), [unlocked, locked, broken])
    source.start(RecordingListener())
    assert [w.name for w in source.watchers] == ["a", "b"]
    assert source.read() == ActivitySample(idle_s=0.0, locked=True, inhibited=True)
    assert unlocked.polls == 1


def test_activity_events_reach_the_listener_and_stop_is_idempotent() -> None:
    reader = FlakyReader()
    resource = Resource()
    listener = RecordingListener()
    source = CompositeSource(reader, resources=[resource])
    assert source.has_activity_events
    source.start(listener)
    assert reader.on_active is not None
    reader.on_active()
    assert listener.events == ["changed"]
    source.stop()
    source.stop()
    assert reader.stops == 1
    assert resource.closed == 1
    reader.on_active()  # a late event after stop goes nowhere
    assert listener.events == ["changed"]


def test_null_reader() -> None:
    reader = NullIdleReader("because")
    assert reader.name == "none"
    assert reader.probe() == "because"
    assert reader.idle_s() == 0.0
