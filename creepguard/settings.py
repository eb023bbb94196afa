"""Every setting, declared once.

The declaration (:data:`SPECS`) drives validation, the settings file, the engine's
configuration and the settings window's widgets, ranges, units, labels and help. Nothing
else in the code base repeats a key's range or default.

The file is TOML in the platformdirs config folder, written atomically, with each
setting's label and range as a comment so a person can edit it by hand.
"""

from __future__ import annotations

import enum
import json
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from creepguard.core.policy import ActiveHours, EngineConfig

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Kind(enum.Enum):
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    TIME = "time"  # "HH:MM"
    DAYS = "days"  # a list of DAY_NAMES
    TEXT = "text"  # one line, at most ``maximum`` characters
    FOLDER = "folder"  # an absolute folder path ("~" allowed), or "" for none


@dataclass(frozen=True, slots=True)
class Spec:
    """One setting: how it is stored, checked and shown."""

    key: str
    kind: Kind
    default: Any
    label: str
    help: str
    section: str
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1
    unit: str = ""
    choices: tuple[str, ...] = ()


SPECS: tuple[Spec, ...] = (
    Spec("creep_threshold_min", Kind.INT, 20, "Creep warning after", "A gentle warning once "
         "you have sat this long, about when a sitting back starts to tire.",
         "Timing", 5, 60, 1, "min"),
    Spec("posture_change_min", Kind.INT, 30, "Change posture every",
         "A stretch card comes after this much sitting (or standing).", "Timing", 10, 120, 5,
         "min"),
    Spec("min_break_min", Kind.INT, 2, "A break resets the sit after",
         "Standing or being away at least this long starts a new sit.", "Timing", 1, 15, 1,
         "min"),
    Spec("away_after_min", Kind.INT, 5, "Away after no input for",
         "Shorter pauses in typing count as sitting (reading is sitting).", "Timing", 1, 30, 1,
         "min"),
    Spec("snooze_min", Kind.INT, 5, "Snooze for", "How long Snooze puts off a card.", "Timing",
         1, 30, 1, "min"),
    Spec("max_snoozes", Kind.INT, 2, "Snoozes in a row", "After this many, the card cannot be "
         "snoozed again.", "Timing", 0, 5, 1, ""),
    Spec("reminder_style", Kind.CHOICE, "gentle", "Reminder style",
         "Gentle: the card appears without taking the keyboard. Focused: the card takes focus. "
         "Persistent: no Skip; the card returns until you take the break.", "Behaviour",
         choices=("gentle", "focused", "persistent")),
    Spec("active_start", Kind.TIME, "07:00", "Active from", "No prompts before this time.",
         "Behaviour"),
    Spec("active_end", Kind.TIME, "22:00", "Active until",
         "No prompts after this time (same as 'from' means all day).", "Behaviour"),
    Spec("active_days", Kind.DAYS, list(DAY_NAMES), "Active days", "Days on which prompts come.",
         "Behaviour"),
    Spec("drills_per_day", Kind.INT, 4, "Posture drills a day", "How many times a day the "
         "'up and over' posture drill is suggested, spread across active hours.", "Behaviour",
         0, 12, 1, ""),
    Spec("sounds", Kind.BOOL, False, "Play a sound", "A soft sound when a card appears.",
         "Behaviour"),
    Spec("cant_stand", Kind.BOOL, False, "I can't stand right now",
         "Only seated exercises are suggested.", "Behaviour"),
    Spec("standing_desk", Kind.BOOL, False, "Standing desk",
         "Prompts say 'switch to standing' or 'back to sitting' instead of 'take a break'.",
         "Behaviour"),
    Spec("start_at_login", Kind.BOOL, False, "Start at login",
         "Start CreepGuard when you log in.", "Behaviour"),
    Spec("wait_fullscreen", Kind.BOOL, True, "Wait during full screen",
         "Hold cards while a full-screen window (a presentation, a video) is active.",
         "Do not disturb"),
    Spec("wait_dnd", Kind.BOOL, True, "Respect do-not-disturb",
         "Hold cards while the desktop's do-not-disturb is on.", "Do not disturb"),
    Spec("sync_folder", Kind.FOLDER, "", "Shared folder",
         "A folder your computers share (Syncthing, Nextcloud, a network home): they then "
         "count one sit and one history. Empty: this computer counts alone.", "Devices"),
    Spec("device_name", Kind.TEXT, "", "This computer's name",
         "How the other computers and the history call this one. Empty: its host name.",
         "Devices", maximum=60),
)  # fmt: skip

SPEC_BY_KEY: Mapping[str, Spec] = {spec.key: spec for spec in SPECS}


class SettingsError(ValueError):
    """A value that cannot be used; ``key`` names the setting."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


def _parse_time(text: str) -> time:
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError) as error:
        raise ValueError(f"{text!r} is not a time like 07:30") from error


def coerce(spec: Spec, value: object) -> Any:
    """Check one value against its spec; return it in canonical form or raise."""
    match spec.kind:
        case Kind.BOOL:
            if not isinstance(value, bool):
                raise SettingsError(spec.key, f"expected true or false, got {value!r}")
            return value
        case Kind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingsError(spec.key, f"expected a whole number, got {value!r}")
            low, high = spec.minimum, spec.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                raise SettingsError(
                    spec.key, f"{value} is out of range ({low} to {high} {spec.unit})".rstrip()
                )
            return value
        case Kind.CHOICE:
            if value not in spec.choices:
                raise SettingsError(spec.key, f"{value!r} is not one of {', '.join(spec.choices)}")
            return value
        case Kind.TIME:
            if not isinstance(value, str):
                raise SettingsError(spec.key, f"expected a time like 07:30, got {value!r}")
            try:
                return _parse_time(value).strftime("%H:%M")
            except ValueError as error:
                raise SettingsError(spec.key, str(error)) from error
        case Kind.DAYS:
            if not isinstance(value, list) or any(day not in DAY_NAMES for day in value):
                raise SettingsError(spec.key, f"expected a list of {', '.join(DAY_NAMES)}")
            return [day for day in DAY_NAMES if day in value]
        case Kind.TEXT:
            if not isinstance(value, str) or not value.isprintable():
                raise SettingsError(spec.key, f"expected one line of text, got {value!r}")
            text = value.strip()
            if spec.maximum is not None and len(text) > spec.maximum:
                raise SettingsError(spec.key, f"longer than {spec.maximum} characters")
            return text
        case Kind.FOLDER:
            if not isinstance(value, str) or not value.isprintable():
                raise SettingsError(
                    spec.key, f"expected a folder like /home/you/Sync, got {value!r}"
                )
            text = value.strip()
            if text and not Path(text).expanduser().is_absolute():
                raise SettingsError(
                    spec.key, f"{text!r} is not a whole path: give one like /home/you/Sync"
                )
            return text


# Rules between settings: (keys involved, check, message shown next to the first key).
CROSS_RULES: tuple[tuple[tuple[str, ...], Callable[[Mapping[str, Any]], bool], str], ...] = (
    (
        ("creep_threshold_min", "posture_change_min"),
        lambda v: v["creep_threshold_min"] < v["posture_change_min"],
        "the creep warning must come before the posture change",
    ),
    (
        ("min_break_min", "away_after_min"),
        lambda v: v["min_break_min"] <= v["away_after_min"],
        "a break that resets the sit cannot be longer than the away threshold",
    ),
    (
        ("min_break_min", "posture_change_min"),
        lambda v: v["min_break_min"] < v["posture_change_min"],
        "a break must be shorter than the posture-change interval",
    ),
)


class Settings(Mapping[str, Any]):
    """A complete, valid set of values (immutable; ``replace`` makes a new one)."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        merged = {spec.key: spec.default for spec in SPECS}
        merged.update(values or {})
        errors = validate(merged)
        if errors:
            raise errors[0]
        self._values = merged

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Any:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def replace(self, **changes: Any) -> Settings:
        return Settings({**self._values, **changes})

    def active_hours(self) -> ActiveHours:
        return ActiveHours(
            start=_parse_time(self["active_start"]),
            end=_parse_time(self["active_end"]),
            days=frozenset(DAY_NAMES.index(day) for day in self["active_days"]),
        )

    def engine_config(self) -> EngineConfig:
        return EngineConfig(
            creep_s=self["creep_threshold_min"] * 60,
            posture_change_s=self["posture_change_min"] * 60,
            min_break_s=self["min_break_min"] * 60,
            away_after_s=self["away_after_min"] * 60,
            snooze_s=self["snooze_min"] * 60,
            max_snoozes=self["max_snoozes"],
            close_ignored_cards=self["reminder_style"] != "persistent",
            active_hours=self.active_hours(),
        )


def validate(values: Mapping[str, Any]) -> list[SettingsError]:
    """Every problem in ``values``: per key first, then the rules between keys."""
    errors: list[SettingsError] = []
    clean: dict[str, Any] = {}
    for spec in SPECS:
        try:
            clean[spec.key] = coerce(spec, values.get(spec.key, spec.default))
        except SettingsError as error:
            errors.append(error)
    for keys, rule, message in CROSS_RULES:
        if all(key in clean for key in keys) and not rule(clean):
            errors.append(SettingsError(keys[0], message))
    return errors


@dataclass(frozen=True, slots=True)
class LoadResult:
    settings: Settings
    problems: tuple[str, ...]  # one readable line per problem, naming the key


def load(path: Path) -> LoadResult:
    """Read the settings file. Never raises for bad content and never rewrites the file:
    a bad value is replaced by its default, and the problem is reported."""
    if not path.exists():
        return LoadResult(Settings(), ())
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        return LoadResult(
            Settings(),
            (
                f"{path} could not be read ({error}); using the defaults and leaving the file as "
                "it is",
            ),
        )
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key in raw:
        if key not in SPEC_BY_KEY:
            problems.append(f"{path}: unknown setting {key!r} ignored")
    for spec in SPECS:
        if spec.key not in raw:
            continue
        try:
            values[spec.key] = coerce(spec, raw[spec.key])
        except SettingsError as error:
            problems.append(
                f"{path}: {error.message} for {spec.key}; using the default "
                f"{format_value(spec, spec.default)}"
            )
    for keys, rule, message in CROSS_RULES:
        merged = {spec.key: values.get(spec.key, spec.default) for spec in SPECS}
        if not rule(merged):
            for key in keys:
                values.pop(key, None)
            problems.append(f"{path}: {message} ({', '.join(keys)}); using the defaults for them")
    return LoadResult(Settings(values), tuple(problems))


def format_value(spec: Spec, value: Any) -> str:
    """A value as TOML."""
    match spec.kind:
        case Kind.BOOL:
            return "true" if value else "false"
        case Kind.INT:
            return str(int(value))
        case Kind.CHOICE | Kind.TIME:
            return f'"{value}"'
        case Kind.DAYS:
            return "[" + ", ".join(f'"{day}"' for day in value) + "]"
        case Kind.TEXT | Kind.FOLDER:
            # A TOML basic string takes JSON's escapes (quotes, backslashes, \uXXXX).
            return json.dumps(value, ensure_ascii=False)


def render(settings: Settings) -> str:
    """The settings file's text: every key with its label and range as a comment."""
    lines = ["# CreepGuard settings. Edit while CreepGuard is closed, or use Settings."]
    section = ""
    for spec in SPECS:
        if spec.section != section:
            section = spec.section
            lines += ["", f"# --- {section} ---"]
        note = spec.label
        if spec.minimum is not None:
            note += f" ({spec.minimum} to {spec.maximum} {spec.unit})".replace(" )", ")")
        if spec.choices:
            note += f" ({' | '.join(spec.choices)})"
        lines += [f"# {note}", f"{spec.key} = {format_value(spec, settings[spec.key])}"]
    return "\n".join(lines) + "\n"


def save(path: Path, settings: Settings, *, keep_aside: Iterable[str] = ()) -> None:
    """Write atomically (temporary file, fsync, rename), readable by the owner only.

    A file that could not be read is first kept aside, so a person's hand edits survive.
    """
    from creepguard.paths import private_folder

    private_folder(path.parent)
    if list(keep_aside) and path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not domain time
        kept = path.rename(path.with_name(f"{path.name}.broken-{stamp}"))
        if os.name == "posix":
            kept.chmod(0o600)  # a hand-made file may have been readable by others
    temporary = path.with_name(f".{path.name}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(render(settings))
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
