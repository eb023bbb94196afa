"""The settings window, built from the one declaration of settings.

Every field comes from :data:`creepguard.settings.SPECS`: its widget (by ``Kind``), range,
step, unit, label and help, and its tab (by ``section``). Nothing here repeats a key's
range or wording, so a new setting appears in the window by being declared.

Checking is :func:`creepguard.settings.validate`'s job. Each change is checked at once; a
problem is shown in red under the field it concerns (a rule between two settings under
the first one named by ``settings.broken_rules``) and OK and Apply stay disabled until it is fixed.
Only a complete, valid :class:`~creepguard.settings.Settings` ever reaches ``on_apply``.
Spin boxes accept any number typed, so that an out-of-range value can be refused *with
the reason* rather than silently clamped; the arrows stay within the range.

Two more tabs: Exercises (each card's picture, title and position, with Enabled and
Favourite switches and a way to clear "it hurts"; every toggle calls ``on_choice`` at
once) and Data (open the data folder, export, delete all history after a confirmation).

Geometry: pass the bytes from :meth:`SettingsWindow.saved_geometry` (or from the
``geometry_saved`` signal, emitted when the dialog closes) back as ``geometry`` next time;
the app keeps them with its other state. No ``QSettings`` is involved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMargins,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from creepguard.settings import SPECS, Kind, Settings, SettingsError, Spec, validate
from creepguard.ui import texts
from creepguard.ui.look import plain_buttons
from creepguard.ui.setting_editors import editor_for, sentence, setting_text

if TYPE_CHECKING:
    from creepguard.core.exercises import Exercise
    from creepguard.core.picker import ExerciseChoice

__all__ = ["SettingsWindow"]

ERROR_STYLE = "color: #b3261e;"
HELP_STYLE = "color: palette(placeholder-text);"
THUMBNAIL_PX = 56


class _Field:
    """One setting's widget, with its help line and its error label."""

    def __init__(self, spec: Spec, on_change: Callable[[], None]) -> None:
        self.spec = spec
        label = setting_text(spec.label)
        help_text = setting_text(spec.help)
        self.editor = editor_for(spec, label, on_change)
        self.widget: QWidget = self.editor.widget
        self.widget.setObjectName(f"field_{spec.key}")
        self.widget.setAccessibleName(label)
        self.widget.setAccessibleDescription(help_text)
        self.widget.setToolTip(help_text)
        self.label: QLabel | None = None
        if spec.kind is not Kind.BOOL:
            self.label = QLabel(
                QCoreApplication.translate("SettingsWindow", "%1:", "label before a field").replace(
                    "%1", label
                )
            )
            self.label.setBuddy(self.widget)
            self.label.setToolTip(help_text)
        self.help = QLabel(help_text)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        font = self.help.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.help.setFont(font)
        self.error = QLabel()
        self.error.setObjectName(f"error_{spec.key}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Problem with %1").replace("%1", label)
        )
        self.error.hide()

    def value(self) -> Any:
        return self.editor.value()

    def set_value(self, value: Any) -> None:
        self.editor.set_value(value)

    def show_error(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.setAccessibleDescription(message)
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()


def _thumbnail(path: Path, size: int, dpr: float) -> QPixmap:
    """The illustration as a square pixmap, or a plain placeholder when it is missing."""
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(QColor("#eef2f3"))
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is not None and renderer.isValid():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = renderer.defaultSize()
        scale = min(size / max(view.width(), 1), size / max(view.height(), 1))
        width, height = view.width() * scale, view.height() * scale
        renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
        painter.end()
    return pixmap


class _ExerciseRow(QFrame):
    """One exercise: picture, title, position and the person's switches."""

    def __init__(
        self,
        exercise: Exercise,
        choice: ExerciseChoice | None,
        illustration_dir: Path,
        on_choice: Callable[[str, dict[str, bool]], None],
        dpr: float,
    ) -> None:
        super().__init__()
        self.exercise_id = exercise.id
        self.title_text = exercise.title
        self._on_choice = on_choice
        self.setObjectName(f"exercise_{exercise.id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(_thumbnail(illustration_dir / exercise.illustration, THUMBNAIL_PX, dpr))
        picture.setFixedSize(QSize(THUMBNAIL_PX, THUMBNAIL_PX))
        picture.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Picture of %1").replace(
                "%1", exercise.title
            )
        )
        layout.addWidget(picture)
        layout.addLayout(self._build_text(exercise), 1)
        hurts = bool(choice and choice.hurts)

        enabled = exercise.enabled_by_default
        if choice is not None and choice.enabled is not None:
            enabled = choice.enabled
        self.clear_hurts = QPushButton(
            QCoreApplication.translate("SettingsWindow", "Clear \u201cit hurts\u201d")
        )
        self.clear_hurts.setAccessibleName(
            QCoreApplication.translate(
                "SettingsWindow", "Clear \u201cit hurts\u201d for %1"
            ).replace("%1", exercise.title)
        )
        self.clear_hurts.setToolTip(
            QCoreApplication.translate("SettingsWindow", "Offer this exercise again")
        )
        self.clear_hurts.clicked.connect(self._clear_hurts)
        self.enabled = QCheckBox(QCoreApplication.translate("SettingsWindow", "Offer"))
        self.enabled.setChecked(enabled)
        self.enabled.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Offer %1").replace("%1", exercise.title)
        )
        self.enabled.setToolTip(
            QCoreApplication.translate("SettingsWindow", "Include this exercise in the cards")
        )
        self.enabled.toggled.connect(lambda on: self._on_choice(self.exercise_id, {"enabled": on}))
        self.favourite = QCheckBox(QCoreApplication.translate("SettingsWindow", "Favourite"))
        self.favourite.setChecked(bool(choice and choice.favourite))
        self.favourite.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "%1 is a favourite").replace(
                "%1", exercise.title
            )
        )
        self.favourite.setToolTip(
            QCoreApplication.translate("SettingsWindow", "Show this exercise more often")
        )
        self.favourite.toggled.connect(
            lambda on: self._on_choice(self.exercise_id, {"favourite": on})
        )
        self.hurts_label.setVisible(hurts)
        self.clear_hurts.setVisible(hurts)
        self.enabled.setEnabled(not hurts)
        layout.addWidget(self.clear_hurts)
        layout.addWidget(self.enabled)
        layout.addWidget(self.favourite)

    def _build_text(self, exercise: Exercise) -> QVBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(2)
        title = QLabel(exercise.title)
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)
        position = QLabel(texts.position_text(exercise.position))
        position.setStyleSheet(HELP_STYLE)
        self.hurts_label = QLabel(
            QCoreApplication.translate(
                "SettingsWindow", "You marked it \u201cit hurts\u201d: never offered"
            )
        )
        self.hurts_label.setStyleSheet(ERROR_STYLE)
        self.hurts_label.setWordWrap(True)
        text.addStretch(1)
        text.addWidget(title)
        text.addWidget(position)
        text.addWidget(self.hurts_label)
        text.addStretch(1)
        return text

    @property
    def hurts(self) -> bool:
        return self.clear_hurts.isVisibleTo(self)

    def _clear_hurts(self) -> None:
        self._on_choice(self.exercise_id, {"hurts": False})
        self.hurts_label.hide()
        self.clear_hurts.hide()
        self.enabled.setEnabled(True)
        self.enabled.setFocus()


class SettingsWindow(QDialog):
    """Settings, exercises and data, in tabs.

    Args:
        settings: the values in force.
        exercises: the exercise library, in the order to list it.
        choices: the person's choices by exercise id (missing: the library defaults).
        illustration_dir: the folder of the exercises' SVG pictures.
        on_apply: receives a new, valid ``Settings`` after Apply or OK changed something.
        on_choice: receives an exercise id and the switch that changed, e.g.
            ``{"favourite": True}`` or ``{"hurts": False}``, at once.
        data_folder: the folder the history file lives in (opened by "Open data folder").
        on_export: receives the file the person chose to export the history to.
        on_delete_history: deletes every span and episode; called only after the person
            confirmed.
        devices: returns one line per computer sharing the folder (this one first), shown
            under the Devices settings; None: not shown.
        parent: the parent widget.
        geometry: the window geometry saved earlier with :meth:`saved_geometry`.
        export_name: the file name suggested for an export.

    Signals:
        geometry_saved(bytes): the window geometry, when the dialog closes.
    """

    geometry_saved = Signal(bytes)

    def __init__(
        self,
        settings: Settings,
        *,
        exercises: Sequence[Exercise],
        choices: Mapping[str, ExerciseChoice],
        illustration_dir: Path,
        on_apply: Callable[[Settings], None],
        on_choice: Callable[[str, dict[str, bool]], None],
        data_folder: Path,
        on_export: Callable[[Path], None],
        on_delete_history: Callable[[], None],
        devices: Callable[[], Sequence[str]] | None = None,
        parent: QWidget | None = None,
        geometry: bytes | None = None,
        export_name: str = "creepguard-history.csv",
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._on_apply = on_apply
        self._on_choice = on_choice
        self._on_export = on_export
        self._on_delete_history = on_delete_history
        self._devices = devices
        self.devices_label: QLabel | None = None
        self._data_folder = data_folder
        self._export_name = export_name
        self._errors: list[SettingsError] = []
        self._loading = False
        self.setWindowTitle(
            QCoreApplication.translate("SettingsWindow", "%1 \u2013 Settings").replace(
                "%1", texts.app_name()
            )
        )
        self.setObjectName("SettingsWindow")

        self.fields: dict[str, _Field] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        sections: dict[str, list[Spec]] = {}
        for spec in SPECS:
            sections.setdefault(spec.section, []).append(spec)
        for section, specs in sections.items():
            self.tabs.addTab(self._build_section(specs), setting_text(section))
        self.exercise_rows: list[_ExerciseRow] = []
        self.tabs.addTab(
            self._build_exercises(exercises, choices, illustration_dir),
            QCoreApplication.translate("SettingsWindow", "Exercises"),
        )
        self.tabs.addTab(self._build_data(), QCoreApplication.translate("SettingsWindow", "Data"))

        self.buttons = self._build_buttons()
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Settings problems")
        )
        self.summary.hide()

        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(*self._first_size())
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self.set_settings(settings)

    def _first_size(self) -> tuple[int, int]:
        """640x600, wider where a page needs it (a language's longer words: German, or the
        seven day buttons) so that no page scrolls sideways; never beyond the screen."""
        needed = 0
        for scroll in self.findChildren(QScrollArea):
            page = scroll.widget()
            if page is not None:
                bar = scroll.verticalScrollBar().sizeHint().width()
                needed = max(needed, page.minimumSizeHint().width() + bar)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        frame = self.tabs.style().pixelMetric(self.tabs.style().PixelMetric.PM_DefaultFrameWidth)
        chrome = margins.left() + margins.right() + 2 * frame
        free = self.screen().availableGeometry()
        return min(max(640, needed + chrome + 8), free.width()), min(600, free.height() - 40)

    # ------------------------------------------------------------------ building

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setToolTip(
            QCoreApplication.translate(
                "SettingsWindow",
                "Put every setting on the settings tabs back to its default (applied with OK "
                "or Apply); exercise choices and history are not touched",
            )
        )
        plain_buttons(buttons)
        buttons.clicked.connect(self._button_clicked)
        return buttons

    def _build_section(self, specs: Sequence[Spec]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        row = 0
        for spec in specs:
            field = _Field(spec, self._changed)
            self.fields[spec.key] = field
            if field.label is not None:
                grid.addWidget(field.label, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(field.widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(field.error, row + 1, 1)  # the reason, right under the field
            grid.addWidget(field.help, row + 2, 1)
            grid.setRowMinimumHeight(row + 3, 10)
            row += 4
        if self._devices is not None and any(spec.section == "Devices" for spec in specs):
            # Who shares the folder, as this computer last read it (refreshed on opening).
            title = QLabel(QCoreApplication.translate("SettingsWindow", "Computers:"))
            self.devices_label = QLabel()
            self.devices_label.setObjectName("devices")
            self.devices_label.setWordWrap(True)
            self.devices_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.devices_label, row, 1)
            row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _build_exercises(
        self,
        exercises: Sequence[Exercise],
        choices: Mapping[str, ExerciseChoice],
        illustration_dir: Path,
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        intro = QLabel(
            QCoreApplication.translate(
                "SettingsWindow",
                "Choose which exercises the cards suggest. Favourites come up more often; an "
                "exercise you marked \u201cit hurts\u201d is never offered until you clear it.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.exercise_filter = QLineEdit()
        self.exercise_filter.setPlaceholderText(
            QCoreApplication.translate("SettingsWindow", "Find an exercise")
        )
        self.exercise_filter.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Find an exercise")
        )
        self.exercise_filter.setClearButtonEnabled(True)
        # Qt's clear button has neither text nor an accessible name of its own.
        for clear in self.exercise_filter.findChildren(QToolButton):
            clear.setAccessibleName(
                QCoreApplication.translate("SettingsWindow", "Clear the search")
            )
            clear.setToolTip(QCoreApplication.translate("SettingsWindow", "Clear the search"))
        self.exercise_filter.textChanged.connect(self._filter_exercises)
        layout.addWidget(self.exercise_filter)
        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        dpr = self.devicePixelRatioF()
        for exercise in exercises:
            row = _ExerciseRow(
                exercise, choices.get(exercise.id), illustration_dir, self._on_choice, dpr
            )
            self.exercise_rows.append(row)
            rows.addWidget(row)
        if not exercises:
            rows.addWidget(
                QLabel(QCoreApplication.translate("SettingsWindow", "No exercises were found."))
            )
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(listing)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(QCoreApplication.translate("SettingsWindow", "Exercises"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        return page

    def _build_data(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        where = QLabel(
            QCoreApplication.translate(
                "SettingsWindow", "Your sitting history stays on this computer, in this folder:"
            )
            + f"<br><code>{self._data_folder}</code>"
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        self.open_folder_button = QPushButton(
            QCoreApplication.translate("SettingsWindow", "&Open data folder")
        )
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.export_button = QPushButton(
            QCoreApplication.translate("SettingsWindow", "E&xport history\u2026")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("SettingsWindow", "Save every recorded day to a file")
        )
        self.export_button.clicked.connect(self.export_history)
        self.delete_button = QPushButton(
            QCoreApplication.translate("SettingsWindow", "&Delete all history\u2026")
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "SettingsWindow", "Remove every recorded span and prompt (asks first)"
            )
        )
        self.delete_button.clicked.connect(self.delete_history)
        for button in (self.open_folder_button, self.export_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addSpacing(16)
        warning = QLabel(
            QCoreApplication.translate(
                "SettingsWindow",
                "Deleting cannot be undone. Settings and exercise choices are kept.",
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(HELP_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(warning)
        self.data_status = QLabel()
        self.data_status.setWordWrap(True)
        self.data_status.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Data status")
        )
        layout.addWidget(self.data_status)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ values

    @property
    def settings(self) -> Settings:
        """The settings in force (as last applied)."""
        return self._settings

    def values(self) -> dict[str, Any]:
        """What the fields say now, valid or not."""
        return {key: field.value() for key, field in self.fields.items()}

    def errors(self) -> dict[str, str]:
        """The problems shown now, by key."""
        return {key: field.error.text() for key, field in self.fields.items() if field.error.text()}

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` in the fields (after a change made elsewhere, say)."""
        self._settings = settings
        self._load(settings)
        if self.devices_label is not None and self._devices is not None:
            lines = self._devices()
            self.devices_label.setText(
                "\n".join(lines)
                or QCoreApplication.translate("SettingsWindow", "No shared folder is set.")
            )

    def restore_defaults(self) -> None:
        """Put every field back to its declared default; applied by OK or Apply."""
        self._load({spec.key: spec.default for spec in SPECS})

    def _load(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            for key, field in self.fields.items():
                field.set_value(values[key])
        finally:
            self._loading = False
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        values = self.values()
        self._errors = validate(values)
        by_key: dict[str, list[str]] = {}
        for error in self._errors:
            by_key.setdefault(error.key, []).append(sentence(error.message) + ".")
        for key, field in self.fields.items():
            field.show_error(" ".join(by_key.get(key, [])) or None)
        if self._errors:
            tabs = sorted(
                {self.tabs.tabText(self._tab_of(key)) for key in by_key}, key=self._tab_order
            )
            # Whole sentences for translators. Errors on more than one tab are more than
            # one error, so "the value ... tabs" cannot happen.
            if len(tabs) > 1:
                summary = QCoreApplication.translate(
                    "SettingsWindow", "Fix the values marked in red before saving (%1 tabs)."
                )
            elif len(self._errors) > 1:
                summary = QCoreApplication.translate(
                    "SettingsWindow", "Fix the values marked in red before saving (%1 tab)."
                )
            else:
                summary = QCoreApplication.translate(
                    "SettingsWindow", "Fix the value marked in red before saving (%1 tab)."
                )
            self.summary.setText(summary.replace("%1", ", ".join(tabs)))
        self.summary.setVisible(bool(self._errors))
        dirty = values != dict(self._settings)
        self.ok_button.setEnabled(not self._errors)
        self.apply_button.setEnabled(dirty and not self._errors)

    def _tab_changed(self, index: int) -> None:
        # Restore Defaults concerns the settings only: hidden where it would look as if it
        # reset exercise choices or data.
        settings_tabs = {self._tab_of(key) for key in self.fields}
        self.defaults_button.setVisible(index in settings_tabs)

    def _tab_of(self, key: str) -> int:
        widget: QWidget | None = self.fields[key].widget
        while widget is not None:
            index = self.tabs.indexOf(widget)
            if index >= 0:
                return index
            widget = widget.parentWidget()
        return 0

    def _tab_order(self, text: str) -> int:
        return next(i for i in range(self.tabs.count()) if self.tabs.tabText(i) == text)

    def apply(self) -> bool:
        """Hand the new settings to ``on_apply`` if they are valid and changed.

        Returns:
            True when nothing is left unapplied (no change, or the change was applied).
        """
        self._changed()
        if self._errors:
            first = self._errors[0].key
            self.tabs.setCurrentIndex(self._tab_of(first))
            self.fields[first].widget.setFocus()
            return False
        values = self.values()
        if values == dict(self._settings):
            return True
        new = Settings(values)
        try:
            self._on_apply(new)
        except OSError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("SettingsWindow", "Settings not saved"),
                QCoreApplication.translate(
                    "SettingsWindow", "The settings could not be saved:\n%1"
                ).replace("%1", str(error)),
            )
            return False
        self._settings = new
        self._changed()
        return True

    def _button_clicked(self, button: QAbstractButton) -> None:
        if button is self.ok_button:
            if self.apply():
                self.accept()
        elif button is self.apply_button:
            self.apply()
        elif button is self.defaults_button:
            self.restore_defaults()
        elif button is self.cancel_button:
            self.reject()

    # ------------------------------------------------------------------ exercises

    def _filter_exercises(self, text: str) -> None:
        needle = text.strip().lower()
        for row in self.exercise_rows:
            row.setVisible(not needle or needle in row.title_text.lower())

    # ------------------------------------------------------------------ data

    def open_data_folder(self) -> bool:
        """Open the data folder in the file manager."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))
        if not opened:
            self.data_status.setText(
                QCoreApplication.translate(
                    "SettingsWindow", "No file manager could open %1."
                ).replace("%1", str(self._data_folder))
            )
        return opened

    def export_history(self) -> Path | None:
        """Ask for a file and hand it to ``on_export``."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SettingsWindow", "Export history"),
            str(Path.home() / self._export_name),
            QCoreApplication.translate(
                "SettingsWindow", "CSV files (*.csv);;JSON files (*.json);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            self._on_export(path)
        except OSError as error:
            self.data_status.setText(
                QCoreApplication.translate(
                    "SettingsWindow", "The history could not be exported: %1"
                ).replace("%1", str(error))
            )
            return None
        self.data_status.setText(
            QCoreApplication.translate("SettingsWindow", "History exported to %1.").replace(
                "%1", str(path)
            )
        )
        return path

    def delete_history(self) -> bool:
        """Ask first; delete every span and episode only when the person says Yes."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SettingsWindow", "Delete all history?"),
            QCoreApplication.translate(
                "SettingsWindow",
                "Delete every recorded day, sit and prompt? This cannot be undone.\n\n"
                "Your settings and exercise choices are kept.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.data_status.setText(
                QCoreApplication.translate("SettingsWindow", "Nothing was deleted.")
            )
            return False
        try:
            self._on_delete_history()
        except OSError as error:
            self.data_status.setText(
                QCoreApplication.translate(
                    "SettingsWindow", "The history could not be deleted: %1"
                ).replace("%1", str(error))
            )
            return False
        self.data_status.setText(
            QCoreApplication.translate("SettingsWindow", "All history was deleted.")
        )
        return True

    # ------------------------------------------------------------------ geometry

    def saved_geometry(self) -> bytes:
        """The window's geometry, to pass back as ``geometry`` next time."""
        return bytes(self.saveGeometry().data())

    def done(self, result: int) -> None:
        self.geometry_saved.emit(self.saved_geometry())
        super().done(result)
