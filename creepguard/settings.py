"""Every setting, declared once.

The declaration (:data:`SPECS`) drives validation, the settings file, the engine's
configuration and the settings window's widgets, ranges, units, labels and help. Nothing
else in the code base repeats a key's range or default.

The file is TOML in the platformdirs config folder, written atomically, with each
setting's label and range as a comment so a person can edit it by hand.

Labels, help, units, sections and choices are English here and marked with ``N_`` for
the catalogue (context "Settings"); the windows translate them when they show them. The
file's comments stay English: it is a file for hand editing, like its keys.
"""

from __future__ import annotations

import enum
import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from creepguard.core.policy import CONFIG_RULES, ActiveHours, EngineConfig
from creepguard.i18n import QT_TRANSLATE_NOOP as N_
from creepguard.i18n import available_languages, fill, tr
from creepguard.paths import private_folder
from creepguard.settings_values import SettingsValues

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Kind(enum.Enum):
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    TIME = "time"  # "HH:MM"
    DAYS = "days"  # a list of DAY_NAMES
    LANGUAGE = "language"  # "" (the system's) or a code with a catalogue: "de", "pt_BR"
    TEXT = "text"  # one line, at most ``maximum`` characters
    FOLDER = "folder"  # an absolute folder path ("~" allowed), or "" for none


# Sections (the Settings window's tabs) and the unit, each marked once for the catalogue.
_TIMING = N_("Settings", "Timing")
_BEHAVIOUR = N_("Settings", "Behaviour")
_DO_NOT_DISTURB = N_("Settings", "Do not disturb")
_DEVICES = N_("Settings", "Devices")
_MIN = N_("Settings", "min")  # minutes, after a number


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


# The engine's numbers default to the domain's own (core.policy.EngineConfig, from the
# source texts), in whole minutes here.
_ENGINE = EngineConfig()


def _minutes(seconds: float) -> int:
    return round(seconds / 60)


SPECS: tuple[Spec, ...] = (
    Spec("creep_threshold_min", Kind.INT, _minutes(_ENGINE.creep_s),
         N_("Settings", "Creep warning after"),
         N_("Settings", "A gentle warning once you have sat this long, about when a sitting "
            "back starts to tire."), _TIMING, 5, 60, 1, _MIN),
    Spec("posture_change_min", Kind.INT, _minutes(_ENGINE.posture_change_s),
         N_("Settings", "Change posture every"),
         N_("Settings", "A stretch card comes after this much sitting (or standing)."),
         _TIMING, 10, 120, 5, _MIN),
    Spec("min_break_min", Kind.INT, _minutes(_ENGINE.min_break_s),
         N_("Settings", "A break resets the sit after"),
         N_("Settings", "Standing or being away at least this long starts a new sit."),
         _TIMING, 1, 15, 1, _MIN),
    Spec("away_after_min", Kind.INT, _minutes(_ENGINE.away_after_s),
         N_("Settings", "Away after no input for"),
         N_("Settings", "Shorter pauses in typing count as sitting (reading is sitting)."),
         _TIMING, 1, 30, 1, _MIN),
    Spec("snooze_min", Kind.INT, _minutes(_ENGINE.snooze_s),
         N_("Settings", "Snooze for"),
         N_("Settings", "How long Snooze puts off a card."), _TIMING, 1, 30, 1, _MIN),
    Spec("max_snoozes", Kind.INT, _ENGINE.max_snoozes, N_("Settings", "Snoozes in a row"),
         N_("Settings", "After this many, the card cannot be snoozed again."), _TIMING, 0, 5, 1,
         ""),
    Spec("reminder_style", Kind.CHOICE, "gentle", N_("Settings", "Reminder style"),
         N_("Settings", "Gentle: the card appears without taking the keyboard. Focused: the "
            "card takes focus. Persistent: no Skip; the card returns until you take the "
            "break."), _BEHAVIOUR, choices=("gentle", "focused", "persistent")),
    Spec("active_start", Kind.TIME, "07:00", N_("Settings", "Active from"),
         N_("Settings", "No prompts before this time."), _BEHAVIOUR),
    Spec("active_end", Kind.TIME, "22:00", N_("Settings", "Active until"),
         N_("Settings", "No prompts after this time (same as 'from' means all day)."),
         _BEHAVIOUR),
    Spec("active_days", Kind.DAYS, list(DAY_NAMES), N_("Settings", "Active days"),
         N_("Settings", "Days on which prompts come."), _BEHAVIOUR),
    Spec("drills_per_day", Kind.INT, 4, N_("Settings", "Posture drills a day"),
         N_("Settings", "How many times a day the 'up and over' posture drill is suggested, "
            "spread across active hours."), _BEHAVIOUR, 0, 12, 1, ""),
    Spec("sounds", Kind.BOOL, False, N_("Settings", "Play a sound"),
         N_("Settings", "A soft sound when a card appears."), _BEHAVIOUR),
    Spec("cant_stand", Kind.BOOL, False, N_("Settings", "I can't stand right now"),
         N_("Settings", "Only seated exercises are suggested."), _BEHAVIOUR),
    Spec("standing_desk", Kind.BOOL, False, N_("Settings", "Standing desk"),
         N_("Settings", "Prompts say 'switch to standing' or 'back to sitting' instead of "
            "'take a break'."), _BEHAVIOUR),
    Spec("start_at_login", Kind.BOOL, False, N_("Settings", "Start at login"),
         N_("Settings", "Start CreepGuard when you log in."), _BEHAVIOUR),
    Spec("language", Kind.LANGUAGE, "", N_("Settings", "Language"),
         N_("Settings", "The language of the windows and the command line (restart CreepGuard "
            "to apply it)."), _BEHAVIOUR),
    Spec("wait_fullscreen", Kind.BOOL, True, N_("Settings", "Wait during full screen"),
         N_("Settings", "Hold cards while a full-screen window (a presentation, a video) is "
            "active."), _DO_NOT_DISTURB),
    Spec("wait_dnd", Kind.BOOL, True, N_("Settings", "Respect do-not-disturb"),
         N_("Settings", "Hold cards while the desktop's do-not-disturb is on."),
         _DO_NOT_DISTURB),
    Spec("sync_folder", Kind.FOLDER, "", N_("Settings", "Shared folder"),
         N_("Settings", "A folder your computers share (Syncthing, Nextcloud, a network home): "
            "they then count one sit and one history. Empty: this computer counts alone."),
         _DEVICES),
    Spec("device_name", Kind.TEXT, "", N_("Settings", "This computer's name"),
         N_("Settings", "How the other computers and the history call this one. Empty: its "
            "host name."), _DEVICES, maximum=60),
)  # fmt: skip

# The reminder styles as the Settings window lists them (the stored value, capitalised).
CHOICE_TEXTS = (N_("Settings", "Gentle"), N_("Settings", "Focused"), N_("Settings", "Persistent"))

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
        raise ValueError(fill(tr("Settings", "%1 is not a time like 07:30"), repr(text))) from error


def coerce(spec: Spec, value: object) -> Any:
    """Check one value against its spec; return it in canonical form or raise."""
    match spec.kind:
        case Kind.BOOL:
            if not isinstance(value, bool):
                raise SettingsError(
                    spec.key, fill(tr("Settings", "expected true or false, got %1"), repr(value))
                )
            return value
        case Kind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingsError(
                    spec.key, fill(tr("Settings", "expected a whole number, got %1"), repr(value))
                )
            low, high = spec.minimum, spec.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                unit = tr("Settings", spec.unit) if spec.unit else ""
                raise SettingsError(
                    spec.key,
                    fill(
                        tr("Settings", "%1 is out of range (%2 to %3 %4)"), value, low, high, unit
                    ).replace(" )", ")"),
                )
            return value
        case Kind.CHOICE:
            if value not in spec.choices:
                raise SettingsError(
                    spec.key,
                    fill(
                        tr("Settings", "%1 is not one of %2"), repr(value), ", ".join(spec.choices)
                    ),
                )
            return value
        case Kind.TIME:
            if not isinstance(value, str):
                raise SettingsError(
                    spec.key,
                    fill(tr("Settings", "expected a time like 07:30, got %1"), repr(value)),
                )
            try:
                return _parse_time(value).strftime("%H:%M")
            except ValueError as error:
                raise SettingsError(spec.key, str(error)) from error
        case Kind.DAYS:
            if not isinstance(value, list) or any(day not in DAY_NAMES for day in value):
                raise SettingsError(
                    spec.key, fill(tr("Settings", "expected a list of %1"), ", ".join(DAY_NAMES))
                )
            return [day for day in DAY_NAMES if day in value]
        case Kind.LANGUAGE:
            # Only a language with a catalogue: a code that names none would silently be
            # English, so it is refused and the default (the system's language) is used.
            languages = available_languages()
            if value != "" and value not in languages:
                raise SettingsError(
                    spec.key,
                    fill(
                        tr("Settings", "%1 is not a language CreepGuard speaks (%2)"),
                        repr(value),
                        ", ".join(languages),
                    ),
                )
            return value
        case Kind.TEXT:
            if not isinstance(value, str) or not value.isprintable():
                raise SettingsError(
                    spec.key, fill(tr("Settings", "expected one line of text, got %1"), repr(value))
                )
            text = value.strip()
            if spec.maximum is not None and len(text) > spec.maximum:
                raise SettingsError(
                    spec.key, fill(tr("Settings", "longer than %1 characters"), spec.maximum)
                )
            return text
        case Kind.FOLDER:
            if not isinstance(value, str) or not value.isprintable():
                raise SettingsError(
                    spec.key,
                    fill(
                        tr("Settings", "expected a folder like /home/you/Sync, got %1"), repr(value)
                    ),
                )
            text = value.strip()
            if text and not Path(text).expanduser().is_absolute():
                raise SettingsError(
                    spec.key,
                    fill(
                        tr("Settings", "%1 is not a whole path: give one like /home/you/Sync"),
                        repr(text),
                    ),
                )
            return text


# The settings behind the engine's numbers (core.policy.RULED_FIELDS), in minutes.
ENGINE_FIELDS: Mapping[str, str] = {
    "creep_threshold_min": "creep_s",
    "posture_change_min": "posture_change_s",
    "min_break_min": "min_break_s",
    "away_after_min": "away_after_s",
}
# What each rule between them (core.policy.CONFIG_RULES, their one home) says to a person,
# next to the first setting it involves.
RULE_MESSAGES: Mapping[str, str] = {
    "creep-before-posture-change": N_(
        "Settings", "the creep warning must come before the posture change"
    ),
    "break-within-away": N_(
        "Settings", "a break that resets the sit cannot be longer than the away threshold"
    ),
    "break-before-posture-change": N_(
        "Settings", "a break must be shorter than the posture-change interval"
    ),
}
_SETTING_OF = {engine: key for key, engine in ENGINE_FIELDS.items()}


def broken_rules(values: Mapping[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """The rules between settings that ``values`` break: (the settings involved, the
    message in the person's language), checked by core.policy's own rules."""
    numbers = {engine: float(values[key]) * 60 for key, engine in ENGINE_FIELDS.items()
               if isinstance(values.get(key), int)}  # fmt: skip
    broken = []
    for rule in CONFIG_RULES:
        if all(field in numbers for field in rule.fields) and not rule.holds(numbers):
            keys = tuple(_SETTING_OF[field] for field in rule.fields)
            broken.append((keys, tr("Settings", RULE_MESSAGES[rule.name])))
    return broken


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

    @property
    def typed(self) -> SettingsValues:
        """The same values, typed: ``settings.typed.creep_threshold_min`` is an ``int``."""
        typed: SettingsValues | None = self.__dict__.get("_typed")
        if typed is None:
            fields: dict[str, Any] = {
                key: tuple(value) if isinstance(value, list) else value
                for key, value in self._values.items()
            }
            typed = self.__dict__["_typed"] = SettingsValues(**fields)
        return typed

    def active_hours(self) -> ActiveHours:
        typed = self.typed
        return ActiveHours(
            start=_parse_time(typed.active_start),
            end=_parse_time(typed.active_end),
            days=frozenset(DAY_NAMES.index(day) for day in typed.active_days),
        )

    def engine_config(self) -> EngineConfig:
        typed = self.typed
        return EngineConfig(
            creep_s=typed.creep_threshold_min * 60,
            posture_change_s=typed.posture_change_min * 60,
            min_break_s=typed.min_break_min * 60,
            away_after_s=typed.away_after_min * 60,
            snooze_s=typed.snooze_min * 60,
            max_snoozes=typed.max_snoozes,
            close_ignored_cards=typed.reminder_style != "persistent",
            active_hours=self.active_hours(),
        )


_PYTHON_TYPES = {
    Kind.INT: "int",
    Kind.BOOL: "bool",
    Kind.TIME: "str",
    Kind.DAYS: "tuple[str, ...]",
    Kind.LANGUAGE: "str",
    Kind.TEXT: "str",
    Kind.FOLDER: "str",
}


def values_module_source() -> str:
    """creepguard/settings_values.py, generated from SPECS (scripts/generate_settings.py;
    tests/test_settings.py fails when the file is not what this returns)."""
    lines = [
        '"""The settings as a typed, frozen value: generated from creepguard.settings.SPECS.',
        "",
        "Do not edit: run scripts/generate_settings.py after changing a setting's declaration",
        '(tests/test_settings.py checks this file is current)."""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        "from typing import Literal",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class SettingsValues:",
        '    """Every setting, typed (``Settings.typed``)."""',
        "",
    ]
    for spec in SPECS:
        if spec.kind is Kind.CHOICE:
            kind = "Literal[" + ", ".join(f'"{choice}"' for choice in spec.choices) + "]"
        else:
            kind = _PYTHON_TYPES[spec.kind]
        lines.append(f"    {spec.key}: {kind}")
    return "\n".join(lines) + "\n"


def validate(values: Mapping[str, Any]) -> list[SettingsError]:
    """Every problem in ``values``: per key first, then the rules between keys."""
    errors: list[SettingsError] = []
    clean: dict[str, Any] = {}
    for spec in SPECS:
        try:
            clean[spec.key] = coerce(spec, values.get(spec.key, spec.default))
        except SettingsError as error:
            errors.append(error)
    for keys, message in broken_rules(clean):
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
                fill(
                    tr(
                        "Settings",
                        "%1 could not be read (%2); using the defaults and leaving the file as it "
                        "is",
                    ),
                    path,
                    error,
                ),
            ),
        )
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key in raw:
        if key not in SPEC_BY_KEY:
            problems.append(fill(tr("Settings", "%1: unknown setting %2 ignored"), path, repr(key)))
    for spec in SPECS:
        if spec.key not in raw:
            continue
        try:
            values[spec.key] = coerce(spec, raw[spec.key])
        except SettingsError as error:
            problems.append(
                fill(
                    tr("Settings", "%1: %2 for %3; using the default %4"),
                    path,
                    error.message,
                    spec.key,
                    format_value(spec, spec.default),
                )
            )
    for _rule in CONFIG_RULES:  # each pass puts one broken rule's settings back
        broken = broken_rules({spec.key: values.get(spec.key, spec.default) for spec in SPECS})
        if not broken:
            break
        keys, message = broken[0]
        for key in keys:
            values.pop(key, None)
        problems.append(
            fill(
                tr("Settings", "%1: %2 (%3); using the defaults for them"),
                path,
                message,
                ", ".join(keys),
            )
        )
    return LoadResult(Settings(values), tuple(problems))


def format_value(spec: Spec, value: Any) -> str:
    """A value as TOML."""
    match spec.kind:
        case Kind.BOOL:
            return "true" if value else "false"
        case Kind.INT:
            return str(int(value))
        case Kind.CHOICE | Kind.TIME | Kind.LANGUAGE:
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
