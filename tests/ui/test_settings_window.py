"""The settings window: built from the declaration, refusing bad values next to the field."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from creepguard.core.exercises import Exercise, load_library
from creepguard.core.picker import ExerciseChoice
from creepguard.paths import resource_dir
from creepguard.settings import SPECS, Kind, Settings
from creepguard.ui.setting_editors import _DaysField, _FolderField
from creepguard.ui.settings_window import SettingsWindow

# The offscreen platform plugin warns when a top-level window with a layout is shown or a
# tooltip raised ("This plugin does not support propagateSizeHints()" / "raise()", the
# defaults in QPlatformWindow): not a problem of ours, and absent under xcb.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


@pytest.fixture(scope="module")
def library() -> list[Exercise]:
    return load_library(resource_dir() / "exercises")[:4]


@dataclass
class Calls:
    applied: list[Settings] = field(default_factory=list)
    choices: list[tuple[str, dict[str, bool]]] = field(default_factory=list)
    exported: list[Path] = field(default_factory=list)
    deleted: int = 0

    def delete(self) -> None:
        self.deleted += 1


@pytest.fixture
def calls() -> Calls:
    return Calls()


def make_window(
    qtbot: QtBot,
    calls: Calls,
    library: list[Exercise],
    tmp_path: Path,
    settings: Settings | None = None,
    **extra: Any,
) -> SettingsWindow:
    choices = {
        library[1].id: ExerciseChoice(enabled=True, favourite=True),
        library[2].id: ExerciseChoice(enabled=False, hurts=True),
    }
    window = SettingsWindow(
        settings or Settings(),
        exercises=library,
        choices=choices,
        illustration_dir=resource_dir() / "illustrations",
        on_apply=calls.applied.append,
        on_choice=lambda exercise_id, change: calls.choices.append((exercise_id, change)),
        data_folder=tmp_path,
        on_export=calls.exported.append,
        on_delete_history=calls.delete,
        **extra,
    )
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path) -> SettingsWindow:
    return make_window(qtbot, calls, library, tmp_path)


def tab(window: SettingsWindow, title: str) -> int:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())].index(title)


def spin(window: SettingsWindow, key: str) -> QSpinBox:
    widget = window.fields[key].widget
    assert isinstance(widget, QSpinBox)
    return widget


def test_every_setting_has_a_widget_built_from_its_spec(window: SettingsWindow) -> None:
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert tabs == ["Timing", "Behaviour", "Do not disturb", "Devices", "Exercises", "Data"]
    assert set(window.fields) == {spec.key for spec in SPECS}
    expected_type = {
        Kind.INT: QSpinBox,
        Kind.BOOL: QCheckBox,
        Kind.CHOICE: QComboBox,
        Kind.LANGUAGE: QComboBox,
        Kind.TIME: QTimeEdit,
        Kind.DAYS: _DaysField,
        Kind.TEXT: QLineEdit,
        Kind.FOLDER: _FolderField,
    }
    for spec in SPECS:
        built = window.fields[spec.key]
        assert isinstance(built.widget, expected_type[spec.kind]), spec.key
        assert built.widget.accessibleName() == spec.label
        assert built.widget.toolTip() == spec.help
        assert built.help.text() == spec.help
        assert window.tabs.tabText(window._tab_of(spec.key)) == spec.section
        if built.label is not None:
            assert built.label.text() == f"{spec.label}:"
            assert built.label.buddy() is built.widget
        else:
            assert isinstance(built.widget, QCheckBox)
            assert built.widget.text() == spec.label
        if spec.kind is Kind.INT:
            box = spin(window, spec.key)
            assert box.singleStep() == spec.step
            assert box.suffix() == (f" {spec.unit}" if spec.unit else "")
        if spec.kind is Kind.CHOICE:
            combo = built.widget
            assert isinstance(combo, QComboBox)
            assert [combo.itemData(i) for i in range(combo.count())] == list(spec.choices)
    assert window.values() == dict(Settings())
    assert window.errors() == {}
    assert not window.apply_button.isEnabled()  # nothing changed yet


def test_arrows_keep_to_the_range(qtbot: QtBot, window: SettingsWindow) -> None:
    box = spin(window, "creep_threshold_min")
    box.setValue(60)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 60
    box.setValue(5)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == 5
    posture = spin(window, "posture_change_min")
    qtbot.keyClick(posture, Qt.Key.Key_Up)
    assert posture.value() == 35  # steps of 5


def test_a_value_out_of_range_is_refused_next_to_its_field(
    qtbot: QtBot, window: SettingsWindow, calls: Calls
) -> None:
    window.show()
    box = spin(window, "creep_threshold_min")
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "99")
    assert box.value() == 99

    error = window.fields["creep_threshold_min"].error
    assert error.isVisible()
    assert error.text() == "99 is out of range (5 to 60 min)."
    # The error sits right under its field, in the same column.
    assert error.geometry().top() > box.geometry().bottom()
    assert abs(error.geometry().left() - box.geometry().left()) <= 2
    assert not window.ok_button.isEnabled()
    assert not window.apply_button.isEnabled()
    assert window.summary.isVisible()
    assert "Timing" in window.summary.text()

    assert window.apply() is False
    window.ok_button.click()
    assert calls.applied == []
    assert window.result() != QDialog.DialogCode.Accepted

    box.setValue(25)
    assert not error.isVisible()
    assert window.ok_button.isEnabled()


def test_a_broken_rule_between_settings_is_shown_under_the_first(
    window: SettingsWindow, calls: Calls
) -> None:
    spin(window, "creep_threshold_min").setValue(40)  # after the posture change at 30
    assert window.errors() == {
        "creep_threshold_min": "The creep warning must come before the posture change."
    }
    assert window.fields["posture_change_min"].error.text() == ""
    assert not window.ok_button.isEnabled()
    window.tabs.setCurrentIndex(tab(window, "Exercises"))
    assert window.apply() is False
    assert window.tabs.currentIndex() == 0  # taken to the problem
    assert calls.applied == []

    spin(window, "posture_change_min").setValue(45)
    assert window.errors() == {}
    assert window.apply() is True
    assert [dict(s) for s in calls.applied] == [
        dict(Settings().replace(creep_threshold_min=40, posture_change_min=45))
    ]


def test_an_accepted_change_calls_on_apply_with_new_settings(
    window: SettingsWindow, calls: Calls
) -> None:
    spin(window, "snooze_min").setValue(10)
    box = window.fields["sounds"].widget
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    combo = window.fields["reminder_style"].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("focused"))
    start = window.fields["active_start"].widget
    assert isinstance(start, QTimeEdit)
    start.setTime(QTime(8, 30))
    days = window.fields["active_days"].widget
    assert isinstance(days, _DaysField)
    days.buttons["sat"].click()
    days.buttons["sun"].click()
    assert window.apply_button.isEnabled()

    window.apply_button.click()

    expected = Settings().replace(
        snooze_min=10,
        sounds=True,
        reminder_style="focused",
        active_start="08:30",
        active_days=["mon", "tue", "wed", "thu", "fri"],
    )
    assert len(calls.applied) == 1
    assert isinstance(calls.applied[0], Settings)
    assert dict(calls.applied[0]) == dict(expected)
    assert window.settings is calls.applied[0]
    assert not window.apply_button.isEnabled()  # nothing left to apply

    window.ok_button.click()  # no further change: accepted without another call
    assert window.result() == QDialog.DialogCode.Accepted
    assert len(calls.applied) == 1


def test_ok_applies_and_closes_cancel_does_not(
    qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path
) -> None:
    window = make_window(qtbot, calls, library, tmp_path)
    spin(window, "max_snoozes").setValue(3)
    window.ok_button.click()
    assert window.result() == QDialog.DialogCode.Accepted
    assert [s["max_snoozes"] for s in calls.applied] == [3]

    other = make_window(qtbot, calls, library, tmp_path)
    spin(other, "max_snoozes").setValue(4)
    other.cancel_button.click()
    assert other.result() == QDialog.DialogCode.Rejected
    assert len(calls.applied) == 1


def test_restore_defaults(
    qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path
) -> None:
    changed = Settings().replace(
        snooze_min=10, sounds=True, active_days=["mon"], reminder_style="persistent"
    )
    window = make_window(qtbot, calls, library, tmp_path, settings=changed)
    assert window.values() == dict(changed)

    window.defaults_button.click()

    assert window.values() == dict(Settings())
    assert calls.applied == []  # not applied until Apply or OK
    assert window.apply_button.isEnabled()
    window.apply_button.click()
    assert [dict(s) for s in calls.applied] == [dict(Settings())]


def test_restore_defaults_only_shows_on_settings_tabs(window: SettingsWindow) -> None:
    window.show()
    window.tabs.setCurrentIndex(tab(window, "Exercises"))
    assert not window.defaults_button.isVisible()
    window.tabs.setCurrentIndex(1)
    assert window.defaults_button.isVisible()


def test_set_settings_shows_a_change_made_elsewhere(window: SettingsWindow) -> None:
    window.set_settings(Settings().replace(away_after_min=9))
    assert spin(window, "away_after_min").value() == 9
    assert not window.apply_button.isEnabled()


def test_exercise_toggles_call_on_choice_at_once(
    window: SettingsWindow, calls: Calls, library: list[Exercise]
) -> None:
    rows = {row.exercise_id: row for row in window.exercise_rows}
    assert list(rows) == [exercise.id for exercise in library]
    first, favourite, hurting = rows[library[0].id], rows[library[1].id], rows[library[2].id]
    assert first.enabled.isChecked() == library[0].enabled_by_default
    assert favourite.favourite.isChecked()
    assert hurting.hurts and not hurting.enabled.isEnabled()
    assert not first.hurts

    first.enabled.click()
    first.favourite.click()
    favourite.favourite.click()
    hurting.clear_hurts.click()

    assert calls.choices == [
        (library[0].id, {"enabled": not library[0].enabled_by_default}),
        (library[0].id, {"favourite": True}),
        (library[1].id, {"favourite": False}),
        (library[2].id, {"hurts": False}),
    ]
    assert not hurting.hurts
    assert hurting.enabled.isEnabled()
    assert calls.applied == []  # choices never go through on_apply


def test_the_exercise_filter(window: SettingsWindow, library: list[Exercise]) -> None:
    window.show()
    window.tabs.setCurrentIndex(tab(window, "Exercises"))
    window.exercise_filter.setText(library[1].title.upper())
    visible = [row.exercise_id for row in window.exercise_rows if row.isVisible()]
    assert visible == [library[1].id]
    window.exercise_filter.clear()
    assert all(row.isVisible() for row in window.exercise_rows)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_history_asks_first(
    window: SettingsWindow,
    calls: Calls,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    asked: list[str] = []

    def question(
        parent: object, title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delete_button.click()

    assert len(asked) == 1
    assert "cannot be undone" in asked[0]
    if answer == QMessageBox.StandardButton.Yes:
        assert calls.deleted == 1
        assert window.data_status.text() == "All history was deleted."
    else:
        assert calls.deleted == 0
        assert window.data_status.text() == "Nothing was deleted."


def test_export_hands_the_chosen_file_to_on_export(
    window: SettingsWindow, calls: Calls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.export_button.click()
    assert calls.exported == [target]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    window.export_button.click()
    assert calls.exported == [target]  # cancelled: nothing more


def test_open_data_folder(
    window: SettingsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_geometry_is_handed_back(
    qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path
) -> None:
    window = make_window(qtbot, calls, library, tmp_path)
    window.resize(600, 520)
    window.move(20, 60)
    with qtbot.waitSignal(window.geometry_saved) as blocker:
        window.reject()
    saved = blocker.args[0]
    again = make_window(qtbot, calls, library, tmp_path, geometry=saved)
    assert (again.x(), again.y(), again.width(), again.height()) == (20, 60, 600, 520)


def test_keyboard_reaches_every_field(window: SettingsWindow) -> None:
    for spec in SPECS:
        widget = window.fields[spec.key].widget
        if isinstance(widget, _DaysField):
            assert all(
                button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in widget.buttons.values()
            )
            assert widget.buttons["mon"].accessibleName() == "Active days: Monday"
        else:
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, spec.key


def test_the_shared_folder_and_the_name_are_set_and_checked(
    qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path
) -> None:
    lines = ["Desk (this computer)", "Laptop: last saw you 2026-12-03 09:40, 3 min ago"]
    window = make_window(qtbot, calls, library, tmp_path, devices=lambda: lines)
    assert window.devices_label is not None
    assert window.devices_label.text() == "\n".join(lines)
    folder = window.fields["sync_folder"].widget
    assert isinstance(folder, _FolderField)
    folder.edit.setText("Sync")  # not a whole path
    assert "sync_folder" in window.errors()
    assert "not a whole path" in window.errors()["sync_folder"]
    folder.edit.setText(str(tmp_path / "Sync"))
    name = window.fields["device_name"].widget
    assert isinstance(name, QLineEdit)
    name.setText("  Desk  ")
    assert window.errors() == {}
    assert window.apply()
    assert calls.applied[-1]["sync_folder"] == str(tmp_path / "Sync")
    assert calls.applied[-1]["device_name"] == "Desk"


def test_without_a_shared_folder_the_devices_list_says_so(
    qtbot: QtBot, calls: Calls, library: list[Exercise], tmp_path: Path
) -> None:
    window = make_window(qtbot, calls, library, tmp_path, devices=lambda: [])
    assert window.devices_label is not None
    assert window.devices_label.text() == "No shared folder is set."
