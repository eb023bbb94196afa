"""The exercise library: value types and the loader of ``resources/exercises/*.toml``.

Each exercise is one TOML file whose stem is its id. The loader checks every field and
fails loudly with a :class:`LibraryError` naming the file and the key, because a silently
skipped card is a bug nobody notices. The ``[pose]`` table is only checked to be a table
here: drawing it is the business of :mod:`creepguard.illustration`, outside the core.

Translations live in ``translations/<language>.toml`` beside the exercises, one file per
language, one table per exercise id with its texts only (title, steps, why, caution); the
rest (hold, poses, tags) always comes from the English file. A text a language lacks is
shown in English: the completeness test (tests/test_translations.py), not the app,
complains about it. A translation that contradicts the English file (an unknown id or
field, another number of steps, a caution the English has not) is a LibraryError.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import pathlib

__all__ = [
    "Exercise",
    "Hold",
    "HoldKind",
    "LibraryError",
    "Position",
    "load_library",
]

MIN_STEPS = 3
MAX_STEPS = 6
MAX_STEP_CHARS = 110
MAX_WHY_CHARS = 140
# Translated texts may run longer (German is ~30 % longer than English); the card is
# checked at these lengths (tests/ui/test_pseudo_locale.py).
TRANSLATED_LENGTH = 1.5
TRANSLATED_FIELDS = ("title", "steps", "why", "caution")
SOURCES = frozenset({"000", "001", "002"})
_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_REQUIRED = (
    "id",
    "title",
    "position",
    "office",
    "enabled_by_default",
    "hold",
    "sides",
    "steps",
    "why",
    "tags",
    "source",
    "pose",
)
_OPTIONAL = ("caution",)

_E = TypeVar("_E", bound=enum.Enum)


class Position(enum.Enum):
    """Where the body is during the exercise."""

    STANDING = "standing"
    SEATED = "seated"
    FLOOR = "floor"


class HoldKind(enum.Enum):
    """What the hold counts."""

    SECONDS = "seconds"
    BREATHS = "breaths"
    REPS = "reps"


@dataclass(frozen=True, slots=True)
class Hold:
    """How long to stay, or how many times to repeat.

    Attributes:
        kind: what ``count`` counts.
        count: a positive number of seconds, breaths or repetitions.
    """

    kind: HoldKind
    count: int

    def describe(self) -> str:
        """A short label for the card: "30 s", "5 min", "10 breaths", "8 repetitions"."""
        match self.kind:
            case HoldKind.SECONDS:
                # "300 s" makes people do arithmetic; whole minutes read better.
                if self.count >= 60 and self.count % 60 == 0:
                    return f"{self.count // 60} min"
                return f"{self.count} s"
            case HoldKind.BREATHS:
                return f"{self.count} breath" if self.count == 1 else f"{self.count} breaths"
            case HoldKind.REPS:
                return (
                    f"{self.count} repetition" if self.count == 1 else f"{self.count} repetitions"
                )


@dataclass(frozen=True, slots=True)
class Exercise:
    """One stretch card.

    Attributes:
        id: lowercase-hyphen identifier, equal to the file stem.
        title: the card's heading.
        position: standing, seated or on the floor.
        office: can be done at a desk in office clothes.
        enabled_by_default: offered before the person has said otherwise.
        hold: how long or how many times.
        sides: to be done on each side.
        steps: three to six short imperative steps.
        why: one line on why it helps.
        caution: a short warning, where the sources give one.
        tags: free keywords (body areas, kind of exercise).
        source: which source document the facts come from ("000", "001" or "002").
        illustration: the SVG file name in ``resources/illustrations``.
    """

    id: str
    title: str
    position: Position
    office: bool
    enabled_by_default: bool
    hold: Hold
    sides: bool
    steps: tuple[str, ...]
    why: str
    caution: str | None
    tags: tuple[str, ...]
    source: str
    illustration: str

    def content_hash(self) -> str:
        """A stable SHA-256 of every field, for merging a newer library into the store.

        The digest is taken over canonical JSON (sorted keys, enum values, lists for
        tuples), so it does not depend on Python's hash seed, dict order or the TOML
        file's formatting: only a change a person could see changes it.
        """
        content = {
            "id": self.id,
            "title": self.title,
            "position": self.position.value,
            "office": self.office,
            "enabled_by_default": self.enabled_by_default,
            "hold": {"kind": self.hold.kind.value, "count": self.hold.count},
            "sides": self.sides,
            "steps": list(self.steps),
            "why": self.why,
            "caution": self.caution,
            "tags": list(self.tags),
            "source": self.source,
            "illustration": self.illustration,
        }
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class LibraryError(Exception):
    """The exercise library cannot be loaded; the message names the file and the key."""


class _Checker:
    """Reads typed values out of one file's table, raising errors that name it."""

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        self._name = name
        self._data = data

    def fail(self, key: str, problem: str) -> LibraryError:
        return LibraryError(f"{self._name}: {key}: {problem}")

    def text(self, key: str, limit: int | None = None) -> str:
        value = self._data[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected non-empty text, got {value!r}")
        if limit is not None and len(value) > limit:
            raise self.fail(key, f"longer than {limit} characters ({len(value)})")
        return value

    def flag(self, key: str) -> bool:
        value = self._data[key]
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {value!r}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"expected a list of non-empty strings, got {value!r}")
        return tuple(value)

    def enum_value(self, key: str, kind: type[_E], value: object) -> _E:
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in kind)
            raise self.fail(key, f"expected one of {allowed}, got {value!r}") from None


def _parse_hold(check: _Checker, raw: object) -> Hold:
    if not isinstance(raw, dict):
        raise check.fail(
            "hold", f"expected a table like {{ kind = ..., count = ... }}, got {raw!r}"
        )
    unknown = set(raw) - {"kind", "count"}
    if unknown:
        raise check.fail("hold", f"unknown keys {sorted(unknown)}")
    if "kind" not in raw:
        raise check.fail("hold.kind", "missing")
    if "count" not in raw:
        raise check.fail("hold.count", "missing")
    kind = check.enum_value("hold.kind", HoldKind, raw["kind"])
    count = raw["count"]
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        raise check.fail("hold.count", f"expected a positive whole number, got {count!r}")
    return Hold(kind=kind, count=count)


def _parse_exercise(path: pathlib.Path, data: dict[str, Any]) -> Exercise:
    check = _Checker(path.name, data)
    for key in _REQUIRED:
        if key not in data:
            raise check.fail(key, "missing")
    unknown = set(data) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise check.fail(", ".join(sorted(unknown)), "unknown key")

    exercise_id = check.text("id")
    if not _ID_PATTERN.fullmatch(exercise_id):
        raise check.fail("id", f"expected lowercase words joined by hyphens, got {exercise_id!r}")
    if exercise_id != path.stem:
        raise check.fail("id", f"{exercise_id!r} does not match the file name {path.stem!r}")

    steps = check.texts("steps")
    if not MIN_STEPS <= len(steps) <= MAX_STEPS:
        raise check.fail("steps", f"expected {MIN_STEPS} to {MAX_STEPS} steps, got {len(steps)}")
    for number, step in enumerate(steps, start=1):
        if len(step) > MAX_STEP_CHARS:
            raise check.fail(f"steps[{number}]", f"longer than {MAX_STEP_CHARS} characters")

    caution = check.text("caution", MAX_WHY_CHARS) if "caution" in data else None
    source = check.text("source")
    if source not in SOURCES:
        raise check.fail("source", f"expected one of {sorted(SOURCES)}, got {source!r}")
    if not isinstance(data["pose"], dict):
        raise check.fail("pose", "expected a [pose] table")

    return Exercise(
        id=exercise_id,
        title=check.text("title"),
        position=check.enum_value("position", Position, data["position"]),
        office=check.flag("office"),
        enabled_by_default=check.flag("enabled_by_default"),
        hold=_parse_hold(check, data["hold"]),
        sides=check.flag("sides"),
        steps=steps,
        why=check.text("why", MAX_WHY_CHARS),
        caution=caution,
        tags=check.texts("tags"),
        source=source,
        illustration=f"{exercise_id}.svg",
    )


def load_library(directory: pathlib.Path, language: str | None = None) -> list[Exercise]:
    """Load and check every ``*.toml`` exercise in a directory.

    Args:
        directory: the folder holding one TOML file per exercise.
        language: a language code ("de", "pt_BR"); its texts from
            ``directory/translations/<language>.toml`` replace the English ones where
            given. None, English or a language without a file: the English texts.

    Returns:
        The exercises sorted by id, so the order never depends on the file system.

    Raises:
        LibraryError: the folder is missing or empty, a file is not valid TOML, or a
            field is missing, unknown, of the wrong type or out of range; or the
            language's file is not valid TOML, names an unknown exercise or field, or
            gives another number of steps or a caution the English has not. The message
            names the file and the key.
    """
    exercises = _load_english(directory)
    if not language or language == "en":
        return exercises
    path = directory / "translations" / f"{language}.toml"
    if not path.is_file():
        return exercises
    return translate_library(exercises, read_translation(path), path.name)


def read_translation(path: pathlib.Path) -> dict[str, Any]:
    """One language's file as TOML tables; LibraryError when it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"{path.name}: not valid TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise LibraryError(f"{path.name}: cannot be read: {error}") from error


def translate_library(
    exercises: list[Exercise], texts: dict[str, Any], name: str
) -> list[Exercise]:
    """``exercises`` with the texts of one language's file (``name``, for messages)."""
    by_id = {exercise.id: exercise for exercise in exercises}
    unknown = sorted(set(texts) - set(by_id))
    if unknown:
        raise LibraryError(f"{name}: {unknown[0]}: no such exercise")
    return [
        _translated(exercise, texts[exercise.id], name) if exercise.id in texts else exercise
        for exercise in exercises
    ]


def _translated(exercise: Exercise, table: object, name: str) -> Exercise:
    if not isinstance(table, dict):
        raise LibraryError(f"{name}: {exercise.id}: expected a table of texts")
    check = _Checker(f"{name}: [{exercise.id}]", table)
    unknown = sorted(set(table) - set(TRANSLATED_FIELDS))
    if unknown:
        raise check.fail(", ".join(unknown), "unknown key (only texts are translated)")
    title, why, caution, steps = exercise.title, exercise.why, exercise.caution, exercise.steps
    if "title" in table:
        title = check.text("title", round(max(len(exercise.title), 40) * TRANSLATED_LENGTH))
    if "why" in table:
        why = check.text("why", round(MAX_WHY_CHARS * TRANSLATED_LENGTH))
    if "caution" in table:
        if exercise.caution is None:
            raise check.fail("caution", "the English exercise has no caution")
        caution = check.text("caution", round(MAX_WHY_CHARS * TRANSLATED_LENGTH))
    if "steps" in table:
        steps = check.texts("steps")
        if len(steps) != len(exercise.steps):
            raise check.fail(
                "steps", f"expected {len(exercise.steps)} steps as in English, got {len(steps)}"
            )
        limit = round(MAX_STEP_CHARS * TRANSLATED_LENGTH)
        for number, step in enumerate(steps, start=1):
            if len(step) > limit:
                raise check.fail(f"steps[{number}]", f"longer than {limit} characters")
    return replace(exercise, title=title, why=why, caution=caution, steps=steps)


def translation_gaps(exercises: list[Exercise], texts: dict[str, Any]) -> list[str]:
    """What one language's file leaves in English: "chest-stretch: why", one per text."""
    gaps = []
    for exercise in exercises:
        table = texts.get(exercise.id)
        if not isinstance(table, dict):
            gaps.append(f"{exercise.id}: every text")
            continue
        wanted = [f for f in TRANSLATED_FIELDS if f != "caution" or exercise.caution is not None]
        gaps += [f"{exercise.id}: {field}" for field in wanted if field not in table]
    return gaps


def _load_english(directory: pathlib.Path) -> list[Exercise]:
    if not directory.is_dir():
        raise LibraryError(f"{directory}: not a directory")
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise LibraryError(f"{directory}: no exercise files (*.toml)")
    exercises: list[Exercise] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise LibraryError(f"{path.name}: not valid TOML: {error}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise LibraryError(f"{path.name}: cannot be read: {error}") from error
        exercise = _parse_exercise(path, data)
        if exercise.id in seen:
            raise LibraryError(
                f"{path.name}: id: {exercise.id!r} already used by {seen[exercise.id]}"
            )
        seen[exercise.id] = path.name
        exercises.append(exercise)
    return sorted(exercises, key=lambda exercise: exercise.id)
