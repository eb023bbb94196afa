"""The shared folder's file formats: what is written reads back the same, and what cannot
be read (half arrived, damaged, from a newer CreepGuard) is said, never guessed at."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from creepguard.core.model import Episode, Outcome, Posture, PromptKind, Span, State
from creepguard.core.peers import Presence
from creepguard.sync.formats import (
    NewerFormat,
    Unreadable,
    day_doc,
    device_doc,
    dumps,
    presence_doc,
    read_day,
    read_device,
    read_presence,
)

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def _presence() -> Presence:
    return Presence(
        seen=T0 + timedelta(minutes=20),
        state=State.STANDING,
        sit_s=1234.5,
        sit_paused_since=T0 + timedelta(minutes=19),
        zero_at=T0 - timedelta(hours=1),
        creep_warned=True,
        next_prompt_s=2100.0,
    )


def test_a_word_reads_back_as_written() -> None:
    span = Span(State.STANDING, T0 + timedelta(minutes=19), T0 + timedelta(minutes=21))
    data = dumps(presence_doc("a" * 32, T0, _presence(), Posture.STANDING, span))
    word = read_presence(data)
    assert word.presence == _presence()
    assert (word.device, word.posture, word.open_span, word.written) == (
        "a" * 32,
        Posture.STANDING,
        span,
        T0,
    )


def test_a_day_reads_back_as_written() -> None:
    spans = [
        Span(State.SITTING, T0, T0 + timedelta(minutes=25), 0.0),
        Span(State.ON_BREAK, T0 + timedelta(minutes=25), T0 + timedelta(minutes=28)),
    ]
    episodes = [
        Episode(PromptKind.POSTURE_CHANGE, T0 + timedelta(minutes=24),
                T0 + timedelta(minutes=28), Outcome.DONE, 1, "neck-tilt"),
    ]  # fmt: skip
    record = read_day(dumps(day_doc("b" * 32, date(2026, 12, 3), spans, episodes, T0)))
    assert (record.device, record.day) == ("b" * 32, date(2026, 12, 3))
    assert list(record.spans) == spans
    assert list(record.episodes) == episodes


def test_a_name_reads_back_and_is_kept_short() -> None:
    info = read_device(dumps(device_doc("c" * 32, "  Laptop " + "x" * 80, T0)))
    assert info.name.startswith("Laptop ") and len(info.name) == 60
    assert read_device(dumps(device_doc("c" * 32, "   ", T0))).name  # never empty


def test_a_file_caught_halfway_is_not_complete_and_says_so() -> None:
    data = dumps(presence_doc("a" * 32, T0, _presence(), Posture.SITTING, None))
    for cut in (1, len(data) // 2, len(data) - 3):
        with pytest.raises(Unreadable, match="not complete"):
            read_presence(data[:cut])


def test_a_newer_format_is_reported_not_read() -> None:
    doc = presence_doc("a" * 32, T0, _presence(), Posture.SITTING, None)
    doc["format"] = 2
    doc["seen"] = "whatever format 2 means by it"
    with pytest.raises(NewerFormat) as raised:
        read_presence(json.dumps(doc).encode())
    assert raised.value.version == 2


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"format": "1"}, "no format number"),
        ({"format": 0}, "not one CreepGuard ever wrote"),
        ({"kind": "day"}, "not a presence file"),
        ({"seen": "yesterday"}, "'seen' is not a time"),
        ({"seen": "2026-12-03T09:00:00"}, "no UTC offset"),
        ({"state": "lying down"}, "unknown here"),
        ({"sit_s": True}, "'sit_s' is missing or wrong"),
        ({"sit_s": None}, "'sit_s' is missing or wrong"),
        ({"creep_warned": 1}, "'creep_warned' is missing or wrong"),
        ({"open_span": ["sitting", "2026-12-03T10:00:00+01:00"]}, "not whole"),
    ],
)
def test_a_damaged_word_is_unreadable_with_a_reason(change: dict[str, object], reason: str) -> None:
    doc = presence_doc("a" * 32, T0, _presence(), Posture.SITTING, None)
    doc.update(change)
    with pytest.raises(Unreadable, match=reason):
        read_presence(json.dumps(doc).encode())


def test_fields_a_later_writer_adds_are_ignored() -> None:
    doc = presence_doc("a" * 32, T0, _presence(), Posture.SITTING, None)
    doc["battery"] = 0.4
    assert read_presence(json.dumps(doc).encode()).presence == _presence()


def test_not_json_not_text_and_not_an_object_are_unreadable() -> None:
    for data, reason in ((b"\xff\xfe", "not text"), (b"[1, 2]", "not a CreepGuard file")):
        with pytest.raises(Unreadable, match=reason):
            read_day(data)


def test_a_span_that_ends_before_it_starts_is_unreadable() -> None:
    doc = day_doc("b" * 32, date(2026, 12, 3), [], [], T0)
    doc["spans"] = [["sitting", T0.isoformat(), (T0 - timedelta(1)).isoformat(), 0]]
    with pytest.raises(Unreadable, match="ends before it starts"):
        read_day(json.dumps(doc).encode())


def test_times_keep_their_offset_so_other_time_zones_read_right() -> None:
    elsewhere = T0.astimezone(timezone(timedelta(hours=-5)))
    span = Span(State.SITTING, elsewhere, elsewhere + timedelta(minutes=1))
    record = read_day(dumps(day_doc("b" * 32, elsewhere.date(), [span], [], T0)))
    assert record.spans[0].start == T0  # the same moment
    assert record.spans[0].start.astimezone(UTC) == T0.astimezone(UTC)
