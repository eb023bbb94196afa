"""A sit survives a short restart; a long one starts fresh. The snapshot round-trips."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest

from creepguard.core.clock import FakeClock
from creepguard.core.engine import SittingEngine
from creepguard.core.model import Posture, State
from creepguard.core.snapshot import EngineSnapshot, SnapshotError
from tests.core.sim import Sim


def restart(sim: Sim, gap_s: float) -> SittingEngine:
    text = sim.engine.snapshot().to_json()
    sim.clock.advance(gap_s, run_due=False)  # the process is not running
    return SittingEngine(sim.clock, sim.config, EngineSnapshot.from_json(text))


def test_a_short_restart_continues_the_sit_and_its_snoozes() -> None:
    sim = Sim()
    sim.work(30)
    sim.act("snooze")
    sim.work(2)
    engine = restart(sim, 20)
    status = engine.status()
    assert status.sitting_s == 32 * 60
    assert status.next_prompt_s == 3 * 60
    assert status.can_snooze  # one snooze used out of two
    assert engine.snapshot().episode is not None


def test_a_long_gap_starts_a_fresh_sit_but_keeps_a_pause() -> None:
    sim = Sim()
    sim.act("pause", sim.clock.now() + timedelta(hours=3))
    sim.work(25)
    engine = restart(sim, 3600)
    assert engine.status().sitting_s == 0
    assert engine.status().paused


def test_standing_posture_is_restored() -> None:
    sim = Sim()
    sim.stand()
    sim.work(4)
    engine = restart(sim, 10)
    assert engine.posture is Posture.STANDING
    assert engine.state is State.STANDING
    assert engine.status().standing_s == 4 * 60


def test_a_garbled_snapshot_is_refused_with_a_clear_error() -> None:
    with pytest.raises(SnapshotError, match="unreadable engine state"):
        EngineSnapshot.from_json('{"saved_at": 3')
    with pytest.raises(SnapshotError):
        EngineSnapshot.from_json('{"unknown": 1}')


def test_a_snapshot_from_the_future_is_ignored() -> None:
    clock = FakeClock()
    engine = SittingEngine(clock)
    clock.advance(600)
    snap = engine.snapshot()
    clock.jump_wall(-3600)
    fresh = SittingEngine(clock, snapshot=snap)
    assert fresh.status().sitting_s == 0


def test_a_saved_state_keeps_its_stored_form() -> None:
    # Files written by earlier versions hold exactly this text; reading them must go on.
    stored = (
        '{"creep_warned": true, "episode": {"exercise_id": "chest-stretch", "kind": '
        '"posture_change", "snoozes": 1, "started": "2026-11-23T09:30:00+01:00"}, '
        '"paused": false, "paused_until": null, "posture": "sitting", "recovery_until": '
        'null, "saved_at": "2026-11-23T09:31:00+01:00", "sit_next_prompt_s": 2100.0, '
        '"sit_s": 1900.0, "stand_next_prompt_s": 2700.0, "stand_s": 0.0}'
    )
    snapshot = EngineSnapshot.from_json(stored)
    assert snapshot.episode is not None and snapshot.episode.snoozes == 1
    assert snapshot.to_json() == stored


def test_what_a_saved_state_still_holds_depends_on_the_gap_and_the_times_in_it() -> None:
    """The sit carries over only a gap shorter than the away limit (rule 10); a pause and a
    "go easy" time hold after any gap while they have not run out; a clock set back
    before the save carries no sit."""
    from datetime import datetime

    from creepguard.core.snapshot import EpisodeSnapshot, still_holds

    saved = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    snap = EngineSnapshot(
        saved_at=saved.isoformat(),
        posture="sitting",
        sit_s=900.0,
        stand_s=0.0,
        sit_next_prompt_s=1800.0,
        stand_next_prompt_s=1800.0,
        creep_warned=False,
        paused=True,
        paused_until=(saved + timedelta(hours=1)).isoformat(),
        recovery_until=(saved + timedelta(minutes=40)).isoformat(),
        episode=EpisodeSnapshot("posture_change", saved.isoformat(), 1, None),
    )
    away_s = 300.0
    soon = still_holds(snap, saved + timedelta(seconds=away_s - 1), away_s)
    assert soon is not None and soon.sit is snap and soon.episode_started == saved
    assert soon.paused and soon.recovery_until == saved + timedelta(minutes=40)
    at_limit = still_holds(snap, saved + timedelta(seconds=away_s), away_s)
    assert at_limit is not None and at_limit.sit is None and at_limit.episode_started is None
    assert at_limit.paused
    later = still_holds(snap, saved + timedelta(minutes=50), away_s)
    assert later is not None and later.paused and later.recovery_until is None
    gone = still_holds(snap, saved + timedelta(hours=2), away_s)
    assert gone is not None and not gone.paused and gone.paused_until is None
    set_back = still_holds(snap, saved - timedelta(seconds=1), away_s)
    assert set_back is not None and set_back.sit is None and set_back.paused
    assert still_holds(replace(snap, saved_at="yesterday"), saved, away_s) is None
