"""The settings as a typed, frozen value: generated from creepguard.settings.SPECS.

Do not edit: run scripts/generate_settings.py after changing a setting's declaration
(tests/test_settings.py checks this file is current)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class SettingsValues:
    """Every setting, typed (``Settings.typed``)."""

    creep_threshold_min: int
    posture_change_min: int
    min_break_min: int
    away_after_min: int
    snooze_min: int
    max_snoozes: int
    reminder_style: Literal["gentle", "focused", "persistent"]
    active_start: str
    active_end: str
    active_days: tuple[str, ...]
    drills_per_day: int
    sounds: bool
    cant_stand: bool
    standing_desk: bool
    start_at_login: bool
    language: str
    wait_fullscreen: bool
    wait_dnd: bool
    sync_folder: str
    device_name: str
