"""The history window: a week of sitting at a glance, one day in detail.

Top to bottom: week navigation (Previous / This week / Next, a date picker, Export CSV),
the week's summary with the change from the week before, the week as a stacked bar chart
(sitting within the creep threshold, sitting past it, standing, in hours) beside a table
of how prompts ended each day, and the chosen day as a 24-hour strip.

Everything comes from a :class:`~creepguard.storage.history_source.HistorySource`; the window
keeps no history of its own. Opening it costs two indexed queries (one for the week and
the week before, one for the day's spans), so it opens at once over years of history
(``benchmarks/bench_history.py``).

Geometry: pass the bytes from :meth:`HistoryWindow.saved_geometry` (or from the
``geometry_saved`` signal, emitted on close) back as ``geometry`` next time.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMargins,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QCursor,
    QFont,
    QKeySequence,
    QPainter,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from creepguard.core.history import DaySummary, WeekSummary, week_start
from creepguard.storage.history_source import HistorySource
from creepguard.ui import texts
from creepguard.ui.timeline import LOOKS, Band, DayTimeline, format_duration, texture_brush

__all__ = ["CSV_HEADER", "DASH", "EMPTY_WEEK_MESSAGE", "HistoryWindow", "week_csv"]

DASH = "\N{EN DASH}"  # spelled out: ruff's RUF001 mistakes the character for a hyphen

# The week's CSV has the columns of ``creepguard history --json``'s day object.
CSV_HEADER = tuple(DaySummary(date.min).to_json())

# Module-level wording is only marked here (QT_TRANSLATE_NOOP, so lupdate finds it) and
# translated where it is shown, with _tr_marked: at import no translator is installed yet.

# The English source; the window shows its translation.
EMPTY_WEEK_MESSAGE = str(
    QT_TRANSLATE_NOOP(
        "HistoryWindow",
        "No sitting recorded this week yet. Once CreepGuard has run for a while, "
        "each day's sitting appears here.",
    )
)

# The chart's stacks, bottom to top: (band for colour and texture, legend label).
CHART_SETS = (
    (Band.SITTING, str(QT_TRANSLATE_NOOP("HistoryWindow", "Sitting"))),
    (
        Band.PAST_CREEP,
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Sitting past the creep threshold")),
    ),
    (Band.STANDING, str(QT_TRANSLATE_NOOP("HistoryWindow", "Standing"))),
)

# The table's columns: (DaySummary field, header, tooltip), in English source. What
# each one counts is defined in creepguard.core.counts (README, "What the counts mean").
OUTCOME_COLUMNS = (
    (
        "breaks_taken",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Breaks")),
        str(
            QT_TRANSLATE_NOOP(
                "HistoryWindow", "Every break: Done, on your own and without a prompt"
            )
        ),
    ),
    (
        "breaks_done",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Done")),
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Prompts you answered with Done")),
    ),
    (
        "breaks_natural",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "On your own")),
        str(
            QT_TRANSLATE_NOOP("HistoryWindow", "You took the break yourself while a prompt was due")
        ),
    ),
    (
        "breaks_unprompted",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Unprompted")),
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Breaks you took with no prompt due")),
    ),
    (
        "breaks_skipped",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Skipped")),
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Prompts you skipped")),
    ),
    (
        "breaks_ignored",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Ignored")),
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Prompts that went away unanswered")),
    ),
    (
        "breaks_snoozed",
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Snoozed")),
        str(QT_TRANSLATE_NOOP("HistoryWindow", "Times a prompt was snoozed")),
    ),
)


def _tr_marked(text: str) -> str:
    """The translation of a string marked above with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate("HistoryWindow", text)


def week_csv(summary: WeekSummary) -> str:
    """The week as CSV: a header and one row per day, with the keys and values of
    ``creepguard history --json``'s day objects (seconds rounded to whole numbers).

    Args:
        summary: the week to export.

    Returns:
        The text, with ``\\n`` line ends.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for day in summary.days:
        row = day.to_json()
        writer.writerow([row[key] for key in CSV_HEADER])
    return buffer.getvalue()


def _has_record(day: DaySummary) -> bool:
    return day.has_record


def _week_title(monday: date) -> str:
    sunday = monday + timedelta(days=6)
    _year, week, _ = monday.isocalendar()
    locale = QLocale()  # the person's language (the app's), not the C library's LC_TIME

    def month(day: date) -> str:
        return locale.monthName(day.month, QLocale.FormatType.LongFormat)  # "23 ноября"

    if monday.month == sunday.month:
        span = f"{monday.day}{DASH}{sunday.day} {month(sunday)} {sunday.year}"
    elif monday.year == sunday.year:
        span = f"{monday.day} {month(monday)} {DASH} {sunday.day} {month(sunday)} {sunday.year}"
    else:
        span = (
            f"{monday.day} {month(monday)} {monday.year} {DASH} "
            f"{sunday.day} {month(sunday)} {sunday.year}"
        )
    return (
        QCoreApplication.translate("HistoryWindow", "Week %1, %2")
        .replace("%1", str(week))
        .replace("%2", span)
    )


def _change_text(value: float | None, *, percent: bool = False) -> str:
    """The change from the week before: ``"↑ 1 h 10 min"``, ``"↓ 4 points"``, ``"no change"``."""
    if value is None:
        return DASH
    if percent:
        points = round(value * 100)
        if points == 0:
            return QCoreApplication.translate("HistoryWindow", "no change")
        count = abs(points)
        amount = texts.counted(
            QCoreApplication.translate("HistoryWindow", "%n point(s)", None, count), count
        )
        return f"{'↑' if points > 0 else '↓'} {amount}"
    if abs(value) < 60:  # shown in whole minutes, rounded down
        return QCoreApplication.translate("HistoryWindow", "no change")
    return f"{'↑' if value > 0 else '↓'} {format_duration(abs(value))}"


class _SummaryTile(QFrame):
    """A figure of the week: a small title, the value, the change from the week before."""

    def __init__(self, title: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(help_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(placeholder-text);")
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.change = QLabel("")
        self.change.setStyleSheet("color: palette(placeholder-text);")
        self.change.setWordWrap(True)
        self.title.setWordWrap(True)
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)
        self.setAccessibleName(title)

    def set(self, value: str, change: str) -> None:
        self.value.setText(value)
        self.change.setText(change)
        self.setAccessibleDescription(f"{value}; {change}" if change else value)


class _WeekChartView(QChartView):
    """The week chart, with the chosen day marked by a pale column behind its bar.

    The column is painted as the view's background (the chart's own background is off),
    so the bars keep their colours and textures; a second bar series would instead be
    laid out beside the first.
    """

    def __init__(self, chart: QChart) -> None:
        super().__init__(chart)
        self._highlight: int | None = None

    def set_highlight(self, index: int | None) -> None:
        self._highlight = index
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        chart = self.chart()
        series = chart.series()
        if self._highlight is None or not series:
            return
        area = chart.plotArea()
        left = chart.mapToPosition(QPointF(self._highlight - 0.5, 0), series[0]).x()
        right = chart.mapToPosition(QPointF(self._highlight + 0.5, 0), series[0]).x()
        column = QRectF(left, area.top(), right - left, area.height())
        colour = QColor(self.palette().highlight().color())
        colour.setAlphaF(0.14)
        painter.fillRect(chart.mapRectToScene(column), colour)


TITLE_BAR_PX = 40  # what a window manager's frame takes above a window, at most


class HistoryWindow(QWidget):
    """A week of sitting, with the chosen day's timeline.

    Args:
        source: where the history comes from.
        geometry: window geometry saved earlier with :meth:`saved_geometry`.
        parent: the parent widget.

    Signals:
        week_changed(object): the Monday (a ``date``) of the week now shown.
        day_changed(object): the ``date`` whose timeline is now shown.
        geometry_saved(bytes): the window geometry, when the window closes.
    """

    week_changed = Signal(object)
    day_changed = Signal(object)
    geometry_saved = Signal(bytes)

    def __init__(
        self,
        source: HistorySource,
        parent: QWidget | None = None,
        *,
        geometry: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._summary: WeekSummary | None = None
        self._monday = week_start(source.today())
        self._day = self._monday
        self.setWindowTitle(
            QCoreApplication.translate("HistoryWindow", "%1 \u2013 History").replace(
                "%1", texts.app_name()
            )
        )
        self.setObjectName("HistoryWindow")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(10)
        outer.addLayout(self._build_navigation())
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setAccessibleName(QCoreApplication.translate("HistoryWindow", "Week shown"))
        outer.addWidget(self.heading)
        self.summary_box = self._build_summary()
        outer.addWidget(self.summary_box)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_week_page())
        self.empty_label = QLabel(_tr_marked(EMPTY_WEEK_MESSAGE))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        empty_font = QFont(self.empty_label.font())
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)
        self.empty_label.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Empty week")
        )
        self.pages.addWidget(self.empty_label)
        outer.addWidget(self.pages, 1)
        self.day_section = self._build_day_section()
        outer.addWidget(self.day_section)

        # 1080x760, or less where the screen's free area is smaller (a 1366x768 laptop
        # under a panel has ~730 px), leaving room for the window's title bar.
        free = self.screen().availableGeometry()
        self.resize(min(1080, free.width()), min(760, free.height() - TITLE_BAR_PX))
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self.show_week(self._monday)

    # ------------------------------------------------------------------ building

    def _build_navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(
            QCoreApplication.translate("HistoryWindow", "\u25c0 Previous")
        )
        self.previous_button.setToolTip(
            QCoreApplication.translate("HistoryWindow", "The week before (Alt+Left)")
        )
        self.previous_button.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Previous week")
        )
        self.this_week_button = QPushButton(
            QCoreApplication.translate("HistoryWindow", "This &week")
        )
        # The key comes from the button's own "&" in the person's language.
        key = QKeySequence.mnemonic(self.this_week_button.text()).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.this_week_button.setToolTip(
            QCoreApplication.translate("HistoryWindow", "Go to the current week (%1)").replace(
                "%1", key
            )
        )
        self.next_button = QPushButton(QCoreApplication.translate("HistoryWindow", "Next \u25b6"))
        self.next_button.setToolTip(
            QCoreApplication.translate("HistoryWindow", "The week after (Alt+Right)")
        )
        self.next_button.setAccessibleName(QCoreApplication.translate("HistoryWindow", "Next week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self._monday - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self._monday + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self._source.today()))
        for key, button in (
            ("Alt+Left", self.previous_button),
            ("Alt+Right", self.next_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(button.click)

        date_label = QLabel(QCoreApplication.translate("HistoryWindow", "&Go to:"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Go to the week of this date")
        )
        self.date_edit.setToolTip(
            QCoreApplication.translate("HistoryWindow", "Pick any day to see its week")
        )
        date_label.setBuddy(self.date_edit)
        self.date_edit.dateChanged.connect(self._date_picked)

        self.export_button = QPushButton(
            QCoreApplication.translate("HistoryWindow", "&Export CSV\u2026")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("HistoryWindow", "Save this week's days as a CSV file")
        )
        self.export_button.clicked.connect(self.export_csv)

        # With a shared folder: every computer's history together, or one's alone.
        self.computer_label = QLabel(QCoreApplication.translate("HistoryWindow", "Co&mputer:"))
        self.computer_box = QComboBox()
        self.computer_box.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Whose history to show")
        )
        self.computer_box.setToolTip(
            QCoreApplication.translate(
                "HistoryWindow", "Every computer sharing the folder together, or one alone"
            )
        )
        self.computer_label.setBuddy(self.computer_box)
        self._fill_computers()
        self.computer_box.currentIndexChanged.connect(self._computer_chosen)

        row.addWidget(self.previous_button)
        row.addWidget(self.this_week_button)
        row.addWidget(self.next_button)
        row.addSpacing(16)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addSpacing(16)
        row.addWidget(self.computer_label)
        row.addWidget(self.computer_box)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def _build_summary(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.tiles = {
            "total_sitting_s": _SummaryTile(
                QCoreApplication.translate("HistoryWindow", "Sitting this week"),
                QCoreApplication.translate("HistoryWindow", "All sitting recorded"),
            ),
            "average_sitting_s": _SummaryTile(
                QCoreApplication.translate("HistoryWindow", "Average a day"),
                QCoreApplication.translate(
                    "HistoryWindow", "Sitting divided by the days CreepGuard ran"
                ),
            ),
            "longest_sit_s": _SummaryTile(
                QCoreApplication.translate("HistoryWindow", "Longest sit"),
                QCoreApplication.translate("HistoryWindow", "The longest sit without a break"),
            ),
            "over_creep_s": _SummaryTile(
                QCoreApplication.translate("HistoryWindow", "Past the creep threshold"),
                QCoreApplication.translate(
                    "HistoryWindow", "Sitting beyond the creep warning, added up over every sit"
                ),
            ),
            "break_rate": _SummaryTile(
                QCoreApplication.translate("HistoryWindow", "Prompts ended by a break"),
                QCoreApplication.translate(
                    "HistoryWindow",
                    "Prompts that ended with a break (Done or on your own), out of all",
                ),
            ),
        }
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)
        self.compare_note = QLabel()
        self.compare_note.setStyleSheet("color: palette(placeholder-text);")
        grid.addWidget(self.compare_note, 1, 0, 1, len(self.tiles))
        return box

    def _build_week_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._build_chart(), 3)
        layout.addLayout(self._build_outcomes(), 2)
        return page

    def _build_chart(self) -> QChartView:
        self.bar_sets: dict[Band, QBarSet] = {}
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.6)
        for band, label in CHART_SETS:
            bar_set = QBarSet(_tr_marked(label))
            bar_set.setBrush(texture_brush(band))
            bar_set.setPen(QColor(LOOKS[band].colour).darker(130))
            self.series.append(bar_set)
            self.bar_sets[band] = bar_set
        self.series.clicked.connect(self._bar_clicked)
        self.series.hovered.connect(self._bar_hovered)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.addSeries(self.series)
        self.day_axis = QBarCategoryAxis()
        # Labels are ours, not a printf format: QValueAxis's format loses every letter
        # outside Latin-1 ("%d ч" shows "8 ?"), so Russian, Arabic, Chinese could not
        # name the unit.
        self.hours_axis = QCategoryAxis()
        self.hours_axis.setLabelsPosition(
            QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
        )
        self.hours_axis.setMinorTickCount(0)
        self.chart.addAxis(self.day_axis, Qt.AlignmentFlag.AlignBottom)
        # Qt Charts does not mirror itself: right to left, the week runs from the right
        # (as the day buttons and the day strip do) and the hours stand on the right.
        hours_side = (
            Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )
        self.chart.addAxis(self.hours_axis, hours_side)
        self.series.attachAxis(self.day_axis)
        self.series.attachAxis(self.hours_axis)
        text_colour = self.palette().windowText().color()
        for axis in (self.day_axis, self.hours_axis):
            axis.setLabelsColor(text_colour)
        self.day_axis.setGridLineVisible(False)
        legend = self.chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(text_colour)
        self.chart_view = _WeekChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(250)
        self.chart_view.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Sitting and standing per day, in hours")
        )
        self.chart_view.setToolTip(
            QCoreApplication.translate("HistoryWindow", "Click a bar to see that day below")
        )
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the day buttons do this
        return self.chart_view

    def _build_outcomes(self) -> QVBoxLayout:
        outcomes = QVBoxLayout()
        outcomes.setSpacing(4)
        caption = QLabel(QCoreApplication.translate("HistoryWindow", "Breaks and prompts"))
        caption.setStyleSheet("font-weight: bold;")
        outcomes.addWidget(caption)
        self.outcome_table = QTableWidget(7, len(OUTCOME_COLUMNS))
        self.outcome_table.setAccessibleName(
            QCoreApplication.translate("HistoryWindow", "Breaks and how prompts ended, per day")
        )
        for column, (_key, header, tip) in enumerate(OUTCOME_COLUMNS):
            item = QTableWidgetItem(_tr_marked(header))
            item.setToolTip(_tr_marked(tip))
            self.outcome_table.setHorizontalHeaderItem(column, item)
        self.outcome_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcome_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The corner button selects all, which a single-row selection cannot do; it stays
        # as the (named) head of the day column.
        self.outcome_table.setCornerButtonEnabled(False)
        for corner in self.outcome_table.findChildren(QAbstractButton):
            corner.setAccessibleName(QCoreApplication.translate("HistoryWindow", "Day"))
        self.outcome_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.outcome_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.outcome_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outcome_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outcome_table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.outcome_table.currentCellChanged.connect(self._table_row_changed)
        outcomes.addWidget(self.outcome_table)
        explanation = QLabel(
            QCoreApplication.translate(
                "HistoryWindow",
                "<b>Breaks</b>: every break, the next three added up. <b>Done</b>: you "
                "answered a prompt with Done. <b>On your own</b>: you took the break yourself "
                "while a prompt was due. <b>Unprompted</b>: you stood up or left for a "
                "break with no prompt due. <b>Skipped</b>: you chose Skip. <b>Ignored</b>: "
                "a prompt went away unanswered. <b>Snoozed</b>: times a prompt was put off.",
            )
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: palette(placeholder-text);")
        outcomes.addWidget(explanation)
        outcomes.addStretch(1)
        return outcomes

    def _build_day_section(self) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.day_heading = QLabel()
        self.day_heading.setStyleSheet("font-weight: bold;")
        row.addWidget(self.day_heading)
        row.addStretch(1)
        self.day_group = QButtonGroup(self)
        self.day_group.setExclusive(True)
        self.day_buttons: list[QToolButton] = []
        for index in range(7):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.day_group.addButton(button, index)
            self.day_buttons.append(button)
            row.addWidget(button)
        self.day_group.idClicked.connect(
            lambda index: self.select_day(self._monday + timedelta(days=index))
        )
        layout.addLayout(row)
        self.timeline = DayTimeline()
        layout.addWidget(self.timeline)
        return section

    # ------------------------------------------------------------------ showing

    @property
    def monday(self) -> date:
        """The Monday of the week shown."""
        return self._monday

    @property
    def day(self) -> date:
        """The day whose timeline is shown."""
        return self._day

    @property
    def summary(self) -> WeekSummary | None:
        """The week shown, as the source gave it."""
        return self._summary

    def show_week(self, monday: date) -> None:
        """Show the week holding ``monday`` (any day of it will do)."""
        today = self._source.today()
        self._monday = week_start(monday)
        summary = self._source.week(self._monday)
        self._summary = summary
        days = summary.days
        self.heading.setText(_week_title(self._monday))
        self.next_button.setEnabled(self._monday < week_start(today))
        self.this_week_button.setEnabled(self._monday != week_start(today))
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(self._monday.year, self._monday.month, self._monday.day))
        self.date_edit.blockSignals(False)

        self._show_summary(summary)
        recorded = [day for day in days if _has_record(day)]
        self.export_button.setEnabled(bool(recorded))
        # An empty week shows only the message: zeros and a blank strip say less.
        if not recorded:
            self.pages.setCurrentWidget(self.empty_label)
        else:
            self.pages.setCurrentIndex(0)
        self.summary_box.setVisible(bool(recorded))
        self.day_section.setVisible(bool(recorded))
        self._show_chart(days)
        self._show_outcomes(days)
        for index, button in enumerate(self.day_buttons):
            day = self._monday + timedelta(days=index)
            button.setText(texts.short_day(day))
            button.setAccessibleName(texts.long_day(day))
            button.setToolTip(
                QCoreApplication.translate("HistoryWindow", "Show %1").replace(
                    "%1", texts.long_day(day)
                )
            )
            button.setEnabled(day <= today)
        if self._monday <= today <= self._monday + timedelta(days=6):
            chosen = today
        elif recorded:
            chosen = recorded[-1].date
        else:
            chosen = self._monday
        self.week_changed.emit(self._monday)
        self.select_day(chosen)

    def select_day(self, day: date) -> None:
        """Show ``day``'s timeline (a day of the week shown)."""
        self._day = day
        index = (day - self._monday).days
        if 0 <= index < 7:
            self.day_buttons[index].setChecked(True)
            self._highlight(index)
            self.outcome_table.blockSignals(True)
            self.outcome_table.selectRow(index)
            self.outcome_table.blockSignals(False)
        self.day_heading.setText(texts.long_day(day))
        self.timeline.set_day(day, self._source.day_spans(day), self._source.creep_threshold_s())
        self.day_changed.emit(day)

    def _show_summary(self, summary: WeekSummary) -> None:
        change = summary.change
        if not change:
            self.compare_note.setText(
                QCoreApplication.translate(
                    "HistoryWindow", "Nothing was recorded the week before to compare with."
                )
            )
        elif self._monday == week_start(self._source.today()):
            today = self._source.today()
            weekday = QLocale().dayName(today.isoweekday(), QLocale.FormatType.LongFormat)
            if today.isoweekday() == 7:  # Sunday: the whole week is there to compare
                note = QCoreApplication.translate(
                    "HistoryWindow", "Arrows compare with the same days last week."
                )
            else:
                note = QCoreApplication.translate(
                    "HistoryWindow", "Arrows compare with the same days last week (Monday to %1)."
                ).replace("%1", weekday)
            self.compare_note.setText(note)
        else:
            self.compare_note.setText(
                QCoreApplication.translate("HistoryWindow", "Arrows compare with the week before.")
            )
        for key in ("total_sitting_s", "average_sitting_s", "longest_sit_s", "over_creep_s"):
            self.tiles[key].set(
                format_duration(getattr(summary, key)), _change_text(change.get(key))
            )
        if summary.break_rate is None:
            rate_text = QCoreApplication.translate("HistoryWindow", "No prompts")
        else:
            rate_text = (
                QCoreApplication.translate("HistoryWindow", "%1 of %2 (%3 %)")
                .replace("%1", str(summary.prompts_ended_by_break))
                .replace("%2", str(summary.prompts))
                .replace("%3", str(round(summary.break_rate * 100)))
            )
        self.tiles["break_rate"].set(
            rate_text, _change_text(change.get("break_rate"), percent=True)
        )

    def _column(self, index: int) -> int:
        """The chart column of the week's day ``index`` (0 Monday), and the reverse."""
        return 6 - index if self.isRightToLeft() else index

    def _show_chart(self, days: tuple[DaySummary, ...]) -> None:
        if self.isRightToLeft():
            days = days[::-1]
        within = [max(day.sitting_s - day.over_creep_s, 0.0) / 3600 for day in days]
        past = [day.over_creep_s / 3600 for day in days]
        standing = [day.standing_s / 3600 for day in days]
        for band, values in (
            (Band.SITTING, within),
            (Band.PAST_CREEP, past),
            (Band.STANDING, standing),
        ):
            bar_set = self.bar_sets[band]
            bar_set.remove(0, bar_set.count())
            bar_set.append(values)
        self.day_axis.setCategories([texts.short_day(day.date) for day in days])
        top = max((a + b + c for a, b, c in zip(within, past, standing, strict=True)), default=0)
        step = 1 if top <= 5 else 2 if top <= 12 else 4
        ceiling = step * max(math.ceil(top / step), 2)
        self.hours_axis.setRange(0, ceiling)
        self.hours_axis.setTickCount(ceiling // step + 1)
        for label in self.hours_axis.categoriesLabels():
            self.hours_axis.remove(label)
        hours = QCoreApplication.translate("HistoryWindow", "%1 h", "axis label: %1 hours")
        for value in range(0, ceiling + 1, step):
            self.hours_axis.append(hours.replace("%1", QLocale().toString(value)), value)
        self._highlight((self._day - self._monday).days)

    def _highlight(self, index: int | None) -> None:
        self.chart_view.set_highlight(None if index is None else self._column(index))

    def _show_outcomes(self, days: tuple[DaySummary, ...]) -> None:
        table = self.outcome_table
        for row, day in enumerate(days):
            header = QTableWidgetItem(texts.short_day(day.date))
            table.setVerticalHeaderItem(row, header)
            for column, (key, _header, _tip) in enumerate(OUTCOME_COLUMNS):
                value = int(getattr(day, key))
                item = QTableWidgetItem(str(value) if _has_record(day) or value else DASH)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.verticalHeader().sectionSizeHint(row) for row in range(7))
        table.setFixedHeight(height)
        # Each column as wide as its heading; the chart takes the rest of the row.
        width = table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
        width += sum(
            table.horizontalHeader().sectionSizeHint(c) for c in range(table.columnCount())
        )
        table.setFixedWidth(width)

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if not event.spontaneous():  # opened again: computers may have come or gone
            self._fill_computers()

    def _fill_computers(self) -> None:
        """The chooser's entries: all computers, then each one (this one first); hidden
        while there is no other computer to choose. The computer shown stays chosen."""
        computers = self._source.computers()
        box = self.computer_box
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(QCoreApplication.translate("HistoryWindow", "All computers"), None)
        this_one = QCoreApplication.translate("HistoryWindow", "%1 (this computer)")
        for index, (device, name) in enumerate(computers):
            box.addItem(this_one.replace("%1", name) if index == 0 else name, device)
        index = box.findData(chosen) if isinstance(chosen, str) else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        shown = len(computers) > 1
        self.computer_label.setVisible(shown)
        box.setVisible(shown)
        if index < 0:  # the computer shown alone has left the folder: all of them again
            self._computer_chosen(0)

    def _computer_chosen(self, index: int) -> None:
        device = self.computer_box.itemData(index)
        self._source.show_computer(device if isinstance(device, str) else None)
        day = self._day
        self.show_week(self._monday)
        if self._monday <= day <= self._monday + timedelta(days=6):
            self.select_day(day)  # the same day, now of the computer chosen

    def _date_picked(self, picked: QDate) -> None:
        self.show_week(date(picked.year(), picked.month(), picked.day()))

    def _bar_clicked(self, column: int, _bar_set: QBarSet) -> None:
        self.select_day(self._monday + timedelta(days=self._column(column)))

    def _bar_hovered(self, status: bool, column: int, _bar_set: QBarSet) -> None:
        if not status or self._summary is None:
            QToolTip.hideText()
            return
        day = self._summary.days[self._column(column)]
        QToolTip.showText(
            QCursor.pos(),
            QCoreApplication.translate(
                "HistoryWindow", "%1\nSitting %2 (%3 past the threshold)\nStanding %4"
            )
            .replace("%1", texts.long_day(day.date))
            .replace("%2", format_duration(day.sitting_s))
            .replace("%3", format_duration(day.over_creep_s))
            .replace("%4", format_duration(day.standing_s)),
            self.chart_view,
        )

    def _table_row_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if 0 <= row < 7 and self.day_buttons[row].isEnabled():
            self.select_day(self._monday + timedelta(days=row))

    def export_csv(self) -> Path | None:
        """Ask where to save the week as CSV and write it; returns the path written."""
        if self._summary is None:
            return None
        year, week, _ = self._monday.isocalendar()
        suggested = f"creepguard-{year}-W{week:02d}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("HistoryWindow", "Export the week as CSV"),
            suggested,
            QCoreApplication.translate("HistoryWindow", "CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_text(week_csv(self._summary), encoding="utf-8")
        except OSError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("HistoryWindow", "Export failed"),
                QCoreApplication.translate(
                    "HistoryWindow", "The week could not be saved to %1:\n%2"
                )
                .replace("%1", str(path))
                .replace("%2", str(error.strerror)),
            )
            return None
        return path

    def saved_geometry(self) -> bytes:
        """The window's geometry, to pass back as ``geometry`` next time."""
        return bytes(self.saveGeometry().data())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        self.geometry_saved.emit(self.saved_geometry())
        super().closeEvent(event)
