"""One editor per kind of setting: the widget, how it reads its value and how it shows one.

The Settings window builds a row for every setting in ``creepguard.settings.SPECS``; the
kind decides the editor here, in one place (:func:`editor_for`), so a new kind of setting
is one new class and one line of the match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, assert_never

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from creepguard.i18n import available_languages
from creepguard.settings import DAY_NAMES, Kind, Spec
from creepguard.ui.translation import language_name

__all__ = ["Editor", "editor_for", "sentence", "setting_text"]

_SPIN_TYPING_LIMIT = 9999


class Editor(Protocol):
    """A setting's input widget, and its value in the settings' own form."""

    @property
    def widget(self) -> QWidget: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def setting_text(text: str) -> str:
    """A label, help text, unit, choice or tab name of :data:`SPECS`, translated.

    The declaration in :mod:`creepguard.settings` is plain data without Qt, so these
    strings are translated here, when shown, in the "Settings" context. lupdate cannot
    see them (the text is a variable); a translator adds them to that context by hand.
    """
    return QCoreApplication.translate("Settings", text) if text else text


def _day_names(day: str) -> tuple[str, str]:
    """The short (button) and full (accessible) name of one of ``DAY_NAMES``."""
    match day:
        case "mon":
            return (
                QCoreApplication.translate("SettingsWindow", "Mon"),
                QCoreApplication.translate("SettingsWindow", "Monday"),
            )
        case "tue":
            return (
                QCoreApplication.translate("SettingsWindow", "Tue"),
                QCoreApplication.translate("SettingsWindow", "Tuesday"),
            )
        case "wed":
            return (
                QCoreApplication.translate("SettingsWindow", "Wed"),
                QCoreApplication.translate("SettingsWindow", "Wednesday"),
            )
        case "thu":
            return (
                QCoreApplication.translate("SettingsWindow", "Thu"),
                QCoreApplication.translate("SettingsWindow", "Thursday"),
            )
        case "fri":
            return (
                QCoreApplication.translate("SettingsWindow", "Fri"),
                QCoreApplication.translate("SettingsWindow", "Friday"),
            )
        case "sat":
            return (
                QCoreApplication.translate("SettingsWindow", "Sat"),
                QCoreApplication.translate("SettingsWindow", "Saturday"),
            )
        case "sun":
            return (
                QCoreApplication.translate("SettingsWindow", "Sun"),
                QCoreApplication.translate("SettingsWindow", "Sunday"),
            )
        case _:
            return day.capitalize(), day.capitalize()


class _SpecSpinBox(QSpinBox):
    """A spin box whose arrows keep to the spec's range but whose text takes any number,
    so that a value typed out of range reaches validation and is refused with a reason."""

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._low = spec.minimum if spec.minimum is not None else 0
        self._high = spec.maximum if spec.maximum is not None else _SPIN_TYPING_LIMIT
        self.setRange(0, max(_SPIN_TYPING_LIMIT, self._high))
        self.setSingleStep(spec.step)
        if spec.unit:
            self.setSuffix(f" {setting_text(spec.unit)}")
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def stepBy(self, steps: int) -> None:  # noqa: N802  (Qt override)
        target = self.value() + steps * self.singleStep()
        self.setValue(min(max(target, self._low), self._high))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802  (Qt override)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() > self._low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self._high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class _DaysField(QWidget):
    """Seven checkable buttons, Monday first.

    Signals:
        changed(): a day was switched on or off.
    """

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.buttons: dict[str, QToolButton] = {}
        for day in DAY_NAMES:
            short, full = _day_names(day)
            button = QToolButton()
            button.setText(short)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(
                QCoreApplication.translate("SettingsWindow", "%1: %2", "setting: day of the week")
                .replace("%1", label)
                .replace("%2", full)
            )
            button.setToolTip(full)
            button.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(button)
            self.buttons[day] = button
        layout.addStretch(1)

    def days(self) -> list[str]:
        return [day for day, button in self.buttons.items() if button.isChecked()]

    def set_days(self, days: Sequence[str]) -> None:
        for day, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(day in days)
            button.blockSignals(False)
        self.changed.emit()


class IntEditor:
    def __init__(self, spec: Spec, on_change: Callable[[], None]) -> None:
        self.widget = self._spin = _SpecSpinBox(spec)
        self._spin.valueChanged.connect(lambda _value: on_change())

    def value(self) -> int:
        return self._spin.value()

    def set_value(self, value: Any) -> None:
        self._spin.setValue(int(value))


class BoolEditor:
    def __init__(self, label: str, on_change: Callable[[], None]) -> None:
        self.widget = self._check = QCheckBox(label)
        self._check.toggled.connect(lambda _on: on_change())

    def value(self) -> bool:
        return self._check.isChecked()

    def set_value(self, value: Any) -> None:
        self._check.setChecked(bool(value))


class ChoiceEditor:
    """A list to pick from: (shown text, stored value) pairs."""

    def __init__(self, items: Sequence[tuple[str, str]], on_change: Callable[[], None]) -> None:
        self.widget = self._combo = QComboBox()
        for text, data in items:
            self._combo.addItem(text, data)
        self._combo.currentIndexChanged.connect(lambda _index: on_change())

    def value(self) -> Any:
        return self._combo.currentData()

    def set_value(self, value: Any) -> None:
        self._combo.setCurrentIndex(max(self._combo.findData(value), 0))


class TimeEditor:
    def __init__(self, on_change: Callable[[], None]) -> None:
        self.widget = self._edit = QTimeEdit()
        self._edit.setDisplayFormat("HH:mm")
        self._edit.timeChanged.connect(lambda _time: on_change())

    def value(self) -> str:
        return self._edit.time().toString("HH:mm")

    def set_value(self, value: Any) -> None:
        self._edit.setTime(QTime.fromString(str(value), "HH:mm"))


class DaysEditor:
    def __init__(self, label: str, on_change: Callable[[], None]) -> None:
        self.widget = self._days = _DaysField(label)
        self._days.changed.connect(on_change)

    def value(self) -> list[str]:
        return self._days.days()

    def set_value(self, value: Any) -> None:
        self._days.set_days(list(value))


class _FolderField(QWidget):
    """A folder path, typed or chosen with the system's folder chooser.

    Signals:
        changed(): the path changed.
    """

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(260)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("SettingsWindow", "none: this computer counts alone")
        )
        self.edit.setAccessibleName(label)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.choose = QPushButton(QCoreApplication.translate("SettingsWindow", "Choose\u2026"))
        self.choose.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Choose the %1").replace(
                "%1", label.lower()
            )
        )
        self.choose.clicked.connect(self._choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the path

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.edit.accessibleName(), self.edit.text() or str(Path.home())
        )
        if chosen:
            self.edit.setText(chosen)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


class TextEditor:
    def __init__(self, spec: Spec, on_change: Callable[[], None]) -> None:
        self.widget = self._line = QLineEdit()
        self._line.setMaxLength(spec.maximum or 200)
        self._line.setMinimumWidth(220)
        self._line.textChanged.connect(lambda _text: on_change())

    def value(self) -> str:
        return self._line.text().strip()

    def set_value(self, value: Any) -> None:
        self._line.setText(str(value))


class FolderEditor:
    def __init__(self, label: str, on_change: Callable[[], None]) -> None:
        self.widget = self._folder = _FolderField(label)
        self._folder.changed.connect(on_change)

    def value(self) -> str:
        return self._folder.text()

    def set_value(self, value: Any) -> None:
        self._folder.set_text(str(value))


def editor_for(spec: Spec, label: str, on_change: Callable[[], None]) -> Editor:
    """The editor of one setting, by its kind; ``on_change`` runs on every edit."""
    match spec.kind:
        case Kind.INT:
            return IntEditor(spec, on_change)
        case Kind.BOOL:
            return BoolEditor(label, on_change)
        case Kind.CHOICE:
            items = [(setting_text(sentence(choice)), choice) for choice in spec.choices]
            return ChoiceEditor(items, on_change)
        case Kind.LANGUAGE:
            system = QCoreApplication.translate("SettingsWindow", "The system's language")
            languages = [(language_name(code), code) for code in available_languages()]
            return ChoiceEditor([(system, ""), *languages], on_change)
        case Kind.TIME:
            return TimeEditor(on_change)
        case Kind.DAYS:
            return DaysEditor(label, on_change)
        case Kind.TEXT:
            return TextEditor(spec, on_change)
        case Kind.FOLDER:
            return FolderEditor(label, on_change)
        case _:
            assert_never(spec.kind)
