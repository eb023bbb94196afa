"""Settings: one declaration drives validation and the file; bad input loses nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from creepguard import settings as cfg


def test_defaults_follow_the_source_facts() -> None:
    values = cfg.Settings()
    engine = values.engine_config()
    assert engine.creep_s == 20 * 60
    assert engine.posture_change_s == 30 * 60
    assert engine.min_break_s == 2 * 60
    assert engine.away_after_s == 5 * 60
    assert (engine.snooze_s, engine.max_snoozes) == (5 * 60, 2)


def test_every_setting_round_trips_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    changed = cfg.Settings().replace(
        creep_threshold_min=15,
        posture_change_min=45,
        reminder_style="persistent",
        active_days=["mon", "fri"],
        active_start="08:30",
        sounds=True,
    )
    cfg.save(path, changed)
    loaded = cfg.load(path)
    assert loaded.problems == ()
    assert dict(loaded.settings) == dict(changed)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for spec in cfg.SPECS:
        assert spec.key in path.read_text()


@pytest.mark.parametrize("spec", cfg.SPECS, ids=lambda s: s.key)
def test_each_declared_default_is_valid_and_ranges_are_enforced(spec: cfg.Spec) -> None:
    assert cfg.coerce(spec, spec.default) == spec.default
    if spec.kind is cfg.Kind.INT:
        assert spec.minimum is not None and spec.maximum is not None
        with pytest.raises(cfg.SettingsError, match="out of range"):
            cfg.coerce(spec, spec.maximum + 1)
        with pytest.raises(cfg.SettingsError, match="out of range"):
            cfg.coerce(spec, spec.minimum - 1)
    with pytest.raises(cfg.SettingsError) as error:
        cfg.coerce(spec, object())
    assert error.value.key == spec.key


def test_a_rule_between_settings_is_refused() -> None:
    errors = cfg.validate({**cfg.Settings(), "creep_threshold_min": 40, "posture_change_min": 30})
    assert [e.key for e in errors] == ["creep_threshold_min"]
    assert "before the posture change" in errors[0].message


def test_a_bad_value_names_the_key_uses_the_default_and_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    text = 'creep_threshold_min = 500\nreminder_style = "loud"\nsnooze_min = 7\n'
    path.write_text(text)
    loaded = cfg.load(path)
    assert loaded.settings["creep_threshold_min"] == 20
    assert loaded.settings["reminder_style"] == "gentle"
    assert loaded.settings["snooze_min"] == 7
    assert any("creep_threshold_min" in p and "default 20" in p for p in loaded.problems)
    assert any("reminder_style" in p for p in loaded.problems)
    assert path.read_text() == text


def test_a_broken_file_gives_defaults_and_is_kept_aside_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("creep_threshold_min = = 3\n[[[")
    loaded = cfg.load(path)
    assert dict(loaded.settings) == dict(cfg.Settings())
    assert loaded.problems and "could not be read" in loaded.problems[0]
    cfg.save(path, loaded.settings, keep_aside=loaded.problems)
    kept = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(kept) == 1 and kept[0].read_text().startswith("creep_threshold_min = = 3")


def test_cross_rule_violation_in_the_file_falls_back_for_both_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("creep_threshold_min = 50\nposture_change_min = 40\n")
    loaded = cfg.load(path)
    assert loaded.settings["creep_threshold_min"] == 20
    assert loaded.settings["posture_change_min"] == 30
    assert any("before the posture change" in p for p in loaded.problems)


def test_the_typed_values_are_generated_from_the_one_declaration() -> None:
    from pathlib import Path

    module = Path(cfg.__file__).with_name("settings_values.py")
    assert module.read_text(encoding="utf-8") == cfg.values_module_source(), (
        "run scripts/generate_settings.py"
    )
    typed = cfg.Settings().replace(creep_threshold_min=8, active_days=["mon"]).typed
    assert typed.creep_threshold_min == 8 and typed.active_days == ("mon",)
    assert {spec.key for spec in cfg.SPECS} == set(typed.__dataclass_fields__)


def test_the_engine_numbers_default_to_the_domains_own() -> None:
    from dataclasses import replace

    from creepguard.core.policy import EngineConfig

    engine = EngineConfig()
    # The numbers agree, from one source (active hours are the settings' own: 07-22).
    config = replace(cfg.Settings().engine_config(), active_hours=engine.active_hours)
    assert config == engine


def test_the_rules_between_numbers_live_in_the_core_and_speak_in_settings() -> None:
    import pytest

    from creepguard.core.policy import CONFIG_RULES, EngineConfig

    for rule in CONFIG_RULES:
        assert rule.name in cfg.RULE_MESSAGES
    with pytest.raises(ValueError, match="break-within-away"):
        EngineConfig(min_break_s=600, away_after_s=300)
    errors = cfg.validate({**cfg.Settings(), "min_break_min": 10, "away_after_min": 5})
    assert [(e.key, e.message) for e in errors] == [
        ("min_break_min", "a break that resets the sit cannot be longer than the away threshold")
    ]
