"""The first-run dialog: a short welcome, the safety note and the three settings that matter.

The widgets' ranges, steps, units, labels and help come from
:data:`creepguard.settings.SPEC_BY_KEY`; nothing here repeats them. The rules between
settings (the creep warning must come before the posture change) are checked with
:func:`creepguard.settings.validate`, the same check the settings file gets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from creepguard.settings import SPEC_BY_KEY, Kind, Spec, validate
from creepguard.ui import texts
from creepguard.ui.look import plain_buttons
from creepguard.ui.today_popup import scaled_font

KEYS = ("creep_threshold_min", "posture_change_min", "reminder_style")


def _style_label(choice: str) -> str:
    match choice:
        case "gentle":
            return QCoreApplication.translate(
                "Welcome", "Gentle: appears without taking the keyboard"
            )
        case "focused":
            return QCoreApplication.translate("Welcome", "Focused: takes the keyboard")
        case "persistent":
            return QCoreApplication.translate("Welcome", "Persistent: no Skip, comes back")
    return choice


def _setting_text(text: str) -> str:
    """A label or help text declared in ``creepguard.settings``, looked up in the catalogue.

    The declaration is the source of these strings; a catalogue built from it (context
    "Settings") translates them here at run time.
    """
    return QCoreApplication.translate("Settings", text)


def _spin(spec: Spec, value: int) -> QSpinBox:
    box = QSpinBox()
    if spec.minimum is not None:
        box.setMinimum(spec.minimum)
    if spec.maximum is not None:
        box.setMaximum(spec.maximum)
    box.setSingleStep(spec.step)
    if spec.unit:
        box.setSuffix(" " + _setting_text(spec.unit))
    box.setValue(int(value))
    box.setAccessibleName(_setting_text(spec.label))
    box.setToolTip(_setting_text(spec.help))
    return box


class WelcomeDialog(QDialog):
    """Shown once, at the first start.

    Args:
        settings: the current values (at least the three keys shown).
        on_accept: called with the changed values only (``{key: value}``, possibly
            empty) when the person presses Start; not called when the welcome is closed
            (Quit, Esc or the title bar), which ends the first run: the app then quits
            and the welcome shows again next time.
        parent: the parent widget.
    """

    def __init__(
        self,
        settings: Mapping[str, Any],
        on_accept: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._on_accept = on_accept
        self.setWindowTitle(QCoreApplication.translate("Welcome", "Welcome to CreepGuard"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(14)

        title = QLabel(QCoreApplication.translate("Welcome", "Welcome to CreepGuard"))
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        layout.addWidget(title)
        intro = QLabel(texts.welcome_text())
        intro.setWordWrap(True)
        layout.addWidget(intro)

        safety = QFrame()
        safety.setFrameShape(QFrame.Shape.StyledPanel)
        safety_layout = QVBoxLayout(safety)
        safety_text = QLabel(texts.welcome_safety())
        safety_text.setWordWrap(True)
        safety_text.setFont(scaled_font(self.font(), 1.0, bold=True))
        safety_layout.addWidget(safety_text)
        layout.addWidget(safety)

        self._build_form(layout, settings)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)

        self.later = QCoreApplication.translate(
            "Welcome",
            "Tracking starts when you press Start. You can change these and more at any "
            "time in Settings.",
        )
        later = QLabel(self.later)
        later.setWordWrap(True)
        layout.addWidget(later)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        not_now = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        not_now.setText(QCoreApplication.translate("Welcome", "Not now"))
        not_now.setAccessibleName(
            QCoreApplication.translate("Welcome", "Not now: quit without tracking")
        )
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(QCoreApplication.translate("Welcome", "Start"))
        start.setAccessibleName(QCoreApplication.translate("Welcome", "Start with these settings"))
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # A window takes its layout's size hint, which gives a wrapped label the height of
        # fewer lines than it needs in the form's field column: a longer language lost the
        # last line of a help text. Take the height the layout needs at that width.
        width = self.sizeHint().width()
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    def _build_form(self, layout: QVBoxLayout, settings: Mapping[str, Any]) -> None:
        form = QFormLayout()
        # Fields keep their size (fixed policy below); the help lines use the full width.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        creep = SPEC_BY_KEY["creep_threshold_min"]
        change = SPEC_BY_KEY["posture_change_min"]
        style = SPEC_BY_KEY["reminder_style"]
        self.creep = _spin(creep, settings.get(creep.key, creep.default))
        self.change = _spin(change, settings.get(change.key, change.default))
        self.style_box = QComboBox()
        self.style_box.setAccessibleName(_setting_text(style.label))
        self.style_box.setToolTip(_setting_text(style.help))
        assert style.kind is Kind.CHOICE
        for choice in style.choices:
            self.style_box.addItem(_style_label(choice), choice)
        self.style_box.setCurrentIndex(
            max(0, self.style_box.findData(settings.get(style.key, style.default)))
        )
        for spec, widget in ((creep, self.creep), (change, self.change), (style, self.style_box)):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label = QLabel(_setting_text(spec.label))
            label.setBuddy(widget)
            form.addRow(label, widget)
            help_text = QLabel(_setting_text(spec.help))
            help_text.setWordWrap(True)
            help_text.setFont(scaled_font(self.font(), 0.9))
            # Muted but readable: the palette's placeholder colour, not "disabled" grey.
            palette = help_text.palette()
            muted = palette.color(palette.ColorRole.PlaceholderText)
            palette.setColor(help_text.foregroundRole(), muted)
            help_text.setPalette(palette)
            form.addRow("", help_text)
        layout.addLayout(form)

    def values(self) -> dict[str, Any]:
        """The three values as chosen now."""
        return {
            "creep_threshold_min": self.creep.value(),
            "posture_change_min": self.change.value(),
            "reminder_style": self.style_box.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        """Only the values that differ from ``settings``."""
        return {
            key: value
            for key, value in self.values().items()
            if value != self._settings.get(key, SPEC_BY_KEY[key].default)
        }

    def accept(self) -> None:
        merged = {**dict(self._settings), **self.values()}
        errors = [error for error in validate(merged) if error.key in KEYS]
        if errors:
            self.error.setText("; ".join(_setting_text(error.message) for error in errors))
            self.error.show()
            return
        self._on_accept(self.changes())
        super().accept()
