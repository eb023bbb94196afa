"""What a computer writes into the shared folder, and how it is read back (format 1).

Three kinds of JSON file, each with ``"format"`` and ``"kind"``:

- ``device.json``: the computer's id and the name the person gave it.
- ``presence.json``: what it last saw of the person (README rule 11: last input, state,
  the sit and since when it is paused, the latest break known, the warning given, the
  next card) and the span it has open, so the others count the minutes it is in now.
- ``days/YYYY-MM-DD.json``: one local day of its history: closed spans (the open one as
  last written) and prompt episodes, as its history file holds them.

Times are ISO 8601 with the writer's UTC offset. A reader never guesses: a file that is
not whole JSON, lacks a field or has a wrong type is :class:`Unreadable`; one written by
a newer CreepGuard is :class:`NewerFormat`. Unknown extra fields are ignored, so a later
format 1 writer may add some.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from creepguard.core.model import Episode, Outcome, Posture, PromptKind, Span, State
from creepguard.core.peers import Presence
from creepguard.i18n import fill, tr

FORMAT = 1


class Unreadable(ValueError):
    """A file that cannot be read as what it should be; the message says why in words
    that complete "... could not be read: " (translated: the person reads it)."""


class NewerFormat(ValueError):
    """A file written by a newer CreepGuard (its format number is ``version``)."""

    def __init__(self, version: int) -> None:
        super().__init__(f"format {version}")
        self.version = version


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    device: str
    name: str


@dataclass(frozen=True, slots=True)
class PeerWord:
    """A ``presence.json``: the engine's :class:`Presence` and what the history needs."""

    device: str
    written: datetime
    presence: Presence
    posture: Posture
    open_span: Span | None


@dataclass(frozen=True, slots=True)
class DayRecord:
    device: str
    day: date
    spans: tuple[Span, ...]
    episodes: tuple[Episode, ...]


# ---------------------------------------------------------------------- writing


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _span(span: Span) -> list[Any]:
    return [span.state.value, span.start.isoformat(), span.end.isoformat(), span.sit_before_s]


def device_doc(device: str, name: str, written: datetime) -> dict[str, Any]:
    return {"format": FORMAT, "kind": "device", "device": device, "name": name,
            "written": written.isoformat()}  # fmt: skip


def presence_doc(
    device: str, written: datetime, presence: Presence, posture: Posture, open_span: Span | None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "kind": "presence",
        "device": device,
        "written": written.isoformat(),
        "seen": presence.seen.isoformat(),
        "state": presence.state.value,
        "posture": posture.value,
        "sit_s": round(presence.sit_s, 3),
        "sit_paused_since": _time(presence.sit_paused_since),
        "zero_at": _time(presence.zero_at),
        "creep_warned": presence.creep_warned,
        "next_prompt_s": presence.next_prompt_s,
        "open_span": None if open_span is None else _span(open_span),
    }


def day_doc(
    device: str, day: date, spans: list[Span], episodes: list[Episode], written: datetime
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "kind": "day",
        "device": device,
        "day": day.isoformat(),
        "written": written.isoformat(),
        "spans": [_span(span) for span in spans],
        "episodes": [
            [
                e.kind.value,
                e.started.isoformat(),
                _time(e.ended),
                None if e.outcome is None else e.outcome.value,
                e.snoozes,
                e.exercise_id,
            ]
            for e in episodes
        ],
    }


def dumps(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


# ---------------------------------------------------------------------- reading


def loads(data: bytes, kind: str) -> dict[str, Any]:
    """The JSON object of a ``kind`` file; Unreadable or NewerFormat otherwise."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise Unreadable(
            tr(
                "Sync",
                "it is not text",
                "why a file could not be read: ends '... could not be read: '",
            )
        ) from error
    except ValueError as error:
        # A sync engine or a network folder caught halfway: it will come whole later.
        raise Unreadable(
            tr(
                "Sync",
                "it is not complete (it may still be arriving)",
                "why a file could not be read: ends '... could not be read: '",
            )
        ) from error
    if not isinstance(doc, dict):
        raise Unreadable(
            tr(
                "Sync",
                "it is not a CreepGuard file",
                "why a file could not be read: ends '... could not be read: '",
            )
        )
    version = doc.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise Unreadable(
            tr(
                "Sync",
                "it has no format number",
                "why a file could not be read: ends '... could not be read: '",
            )
        )
    if version > FORMAT:
        raise NewerFormat(version)
    if version < 1:
        raise Unreadable(
            fill(
                tr(
                    "Sync",
                    "its format number %1 is not one CreepGuard ever wrote",
                    "why a file could not be read: ends '... could not be read: '",
                ),
                version,
            )
        )
    if doc.get("kind") != kind:
        raise Unreadable(
            fill(
                tr(
                    "Sync",
                    "it is not a %1 file",
                    "%1 is the kind of file as the file names it: device, presence or day; "
                    "ends '... could not be read: '",
                ),
                kind,
            )
        )
    return doc


def _missing(what: str) -> str:
    return fill(
        tr(
            "Sync",
            "its %1 is missing or wrong",
            "%1 is a field of the file, quoted as it is written there ('seen'); ends '... could "
            "not be read: '",
        ),
        repr(what),
    )


def _get(doc: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = doc.get(key)
    # JSON's true is a Python int too: a number field must not take it.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise Unreadable(_missing(key))
    return value


def _moment(text: object, what: str) -> datetime:
    if not isinstance(text, str):
        raise Unreadable(_missing(what))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise Unreadable(
            fill(
                tr(
                    "Sync",
                    "its %1 is not a time",
                    "%1 is a field of the file, quoted as it is written there ('seen'); ends "
                    "'... could not be read: '",
                ),
                repr(what),
            )
        ) from error
    if moment.tzinfo is None:
        raise Unreadable(
            fill(
                tr(
                    "Sync",
                    "its %1 has no UTC offset",
                    "%1 is a field of the file, quoted as it is written there ('seen'); ends "
                    "'... could not be read: '",
                ),
                repr(what),
            )
        )
    return moment


def _maybe_moment(text: object, what: str) -> datetime | None:
    return None if text is None else _moment(text, what)


def _enum(enum_type: Any, value: object, what: str) -> Any:
    try:
        return enum_type(value)
    except ValueError as error:
        raise Unreadable(
            fill(
                tr(
                    "Sync",
                    "its %1 is %2, unknown here",
                    "%1 is a field of the file, quoted as it is written there ('state'), %2 its "
                    "value ('lying down'); ends '... could not be read: '",
                ),
                repr(what),
                repr(value),
            )
        ) from error


def _read_span(raw: object) -> Span:
    if not isinstance(raw, list) or len(raw) < 4:
        raise Unreadable(
            tr(
                "Sync",
                "a span in it is not whole",
                "why a file could not be read: ends '... could not be read: '",
            )
        )
    state = _enum(State, raw[0], "span state")
    start, end = _moment(raw[1], "span start"), _moment(raw[2], "span end")
    before = raw[3]
    if not isinstance(before, int | float) or isinstance(before, bool):
        raise Unreadable(
            tr(
                "Sync",
                "a span's sit is not a number",
                "why a file could not be read: ends '... could not be read: '",
            )
        )
    if end < start:
        raise Unreadable(
            tr(
                "Sync",
                "a span in it ends before it starts",
                "why a file could not be read: ends '... could not be read: '",
            )
        )
    return Span(state, start, end, float(before))


def read_device(data: bytes) -> DeviceInfo:
    doc = loads(data, "device")
    name = _get(doc, "name", str).strip()
    return DeviceInfo(_get(doc, "device", str), name[:60] or _nameless())


def _nameless() -> str:
    return tr("Sync", "a computer without a name", "the name of a computer whose name is empty")


def read_presence(data: bytes) -> PeerWord:
    doc = loads(data, "presence")
    number = (int, float)
    sit_s = _get(doc, "sit_s", number)
    next_prompt_s = _get(doc, "next_prompt_s", number)
    presence = Presence(
        seen=_moment(doc.get("seen"), "seen"),
        state=_enum(State, doc.get("state"), "state"),
        sit_s=float(sit_s),
        sit_paused_since=_maybe_moment(doc.get("sit_paused_since"), "sit_paused_since"),
        zero_at=_maybe_moment(doc.get("zero_at"), "zero_at"),
        creep_warned=_get(doc, "creep_warned", bool),
        next_prompt_s=float(next_prompt_s),
    )
    raw_span = doc.get("open_span")
    return PeerWord(
        device=_get(doc, "device", str),
        written=_moment(doc.get("written"), "written"),
        presence=presence,
        posture=_enum(Posture, doc.get("posture"), "posture"),
        open_span=None if raw_span is None else _read_span(raw_span),
    )


def read_day(data: bytes) -> DayRecord:
    doc = loads(data, "day")
    try:
        day = date.fromisoformat(_get(doc, "day", str))
    except ValueError as error:
        raise Unreadable(
            tr(
                "Sync",
                "its 'day' is not a date",
                "why a file could not be read: ends '... could not be read: '",
            )
        ) from error
    spans = tuple(_read_span(raw) for raw in _get(doc, "spans", list))
    episodes: list[Episode] = []
    for raw in _get(doc, "episodes", list):
        if not isinstance(raw, list) or len(raw) < 6:
            raise Unreadable(
                tr(
                    "Sync",
                    "a prompt in it is not whole",
                    "why a file could not be read: ends '... could not be read: '",
                )
            )
        kind, started, ended, outcome, snoozes, exercise = raw[:6]
        if not isinstance(snoozes, int) or isinstance(snoozes, bool):
            raise Unreadable(
                tr(
                    "Sync",
                    "a prompt's snoozes are not a number",
                    "why a file could not be read: ends '... could not be read: '",
                )
            )
        episodes.append(
            Episode(
                _enum(PromptKind, kind, "prompt kind"),
                _moment(started, "prompt start"),
                _maybe_moment(ended, "prompt end"),
                None if outcome is None else _enum(Outcome, outcome, "prompt outcome"),
                snoozes,
                exercise if isinstance(exercise, str) else None,
            )
        )
    return DayRecord(_get(doc, "device", str), day, spans, tuple(episodes))
