"""The first-run dialog: ranges from the settings declaration, only changes reported."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard.settings import SPEC_BY_KEY, Settings
from creepguard.ui.welcome import WelcomeDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def accepted() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, accepted: list[dict[str, Any]]) -> WelcomeDialog:
    made = WelcomeDialog(Settings(), accepted.append)
    qtbot.addWidget(made)
    return made


def test_ranges_come_from_the_declaration(dialog: WelcomeDialog) -> None:
    for box, key in ((dialog.creep, "creep_threshold_min"), (dialog.change, "posture_change_min")):
        spec = SPEC_BY_KEY[key]
        assert (box.minimum(), box.maximum(), box.singleStep()) == (
            spec.minimum,
            spec.maximum,
            spec.step,
        )
        assert box.value() == spec.default
        assert box.accessibleName() == spec.label
    choices = [dialog.style_box.itemData(i) for i in range(dialog.style_box.count())]
    assert tuple(choices) == SPEC_BY_KEY["reminder_style"].choices


def test_start_reports_only_changes(dialog: WelcomeDialog, accepted: list[dict[str, Any]]) -> None:
    dialog.creep.setValue(15)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("focused"))
    dialog.accept()
    assert accepted == [{"creep_threshold_min": 15, "reminder_style": "focused"}]


def test_unchanged_start_reports_nothing(
    dialog: WelcomeDialog, accepted: list[dict[str, Any]]
) -> None:
    dialog.accept()
    assert accepted == [{}]


def test_rules_between_settings_are_checked(
    dialog: WelcomeDialog, accepted: list[dict[str, Any]]
) -> None:
    dialog.creep.setValue(40)
    dialog.change.setValue(30)
    dialog.accept()
    assert accepted == []
    assert "before the posture change" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)


def test_cancel_reports_nothing(dialog: WelcomeDialog, accepted: list[dict[str, Any]]) -> None:
    dialog.reject()
    assert accepted == []


def test_the_safety_note_is_there(dialog: WelcomeDialog) -> None:
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "not medical advice" in text
    assert "Stop any exercise that hurts" in text
