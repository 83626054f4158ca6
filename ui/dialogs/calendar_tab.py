"""The 工作日历 tab: which years the working-day calendar covers, and the years entered by hand.

Years the chinesecalendar library knows are shown read-only. For a later year
the clerk enters the State Council's published holidays and make-up working
days, one date per line; app.workdays refuses deadlines in years not covered.
"""
from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import workdays
from ui.dialogs.settings_tabs import split_list

YEAR_ROLE = Qt.ItemDataRole.UserRole


def library_schedule(year: int) -> tuple[list[str], list[str]]:
    """Weekday holidays and weekend working days of a year the library covers."""
    holidays, make_up = [], []
    day = dt.date(year, 1, 1)
    while day.year == year:
        working = workdays.is_workday(day, {})
        if day.weekday() < 5 and not working:
            holidays.append(day.isoformat())
        elif day.weekday() >= 5 and working:
            make_up.append(day.isoformat())
        day += dt.timedelta(days=1)
    return holidays, make_up


class CalendarTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._manual: dict = {}
        self._shown_year: int | None = None

        self.years = QListWidget()
        self.years.setMaximumWidth(220)
        self.years.currentItemChanged.connect(self._year_changed)
        self.add_year_button = QPushButton(self.tr("Add a year…"))
        self.add_year_button.clicked.connect(self.ask_new_year)
        self.remove_year_button = QPushButton(self.tr("Remove this year"))
        self.remove_year_button.clicked.connect(self.remove_current_year)

        self.holidays = QPlainTextEdit()
        self.holidays.setObjectName("holidays")
        self.workdays = QPlainTextEdit()
        self.workdays.setObjectName("workdays")
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)

        intro = QLabel(self.tr("Deadlines count working days. Years up to the end of the built-in calendar are "
                               "known; for a later year enter the published holidays and make-up working days "
                               "(one date per line, YYYY-MM-DD) before its deadlines can be computed."))
        intro.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Years covered")))
        left.addWidget(self.years, 1)
        left.addWidget(self.add_year_button)
        left.addWidget(self.remove_year_button)
        right = QGridLayout()
        right.addWidget(QLabel(self.tr("Holidays (weekdays off)")), 0, 0)
        right.addWidget(QLabel(self.tr("Make-up working days (weekends worked)")), 0, 1)
        right.addWidget(self.holidays, 1, 0)
        right.addWidget(self.workdays, 1, 1)
        right.addWidget(self.source_label, 2, 0, 1, 2)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

    def load(self, values: dict) -> None:
        self._manual = copy.deepcopy(values.get("calendar_manual") or {})
        self._shown_year = None
        self._fill_years(select=None)

    def _fill_years(self, select: int | None) -> None:
        self.years.blockSignals(True)
        self.years.clear()
        for year in workdays.covered_years(self._manual):
            text = (self.tr("%1 (entered by hand)") if str(year) in self._manual
                    else self.tr("%1 (built in)")).replace("%1", str(year))
            item = QListWidgetItem(text)
            item.setData(YEAR_ROLE, year)
            self.years.addItem(item)
        self.years.blockSignals(False)
        wanted = select if select is not None else dt.date.today().year
        rows = [i for i in range(self.years.count()) if self.years.item(i).data(YEAR_ROLE) == wanted]
        self.years.setCurrentRow(rows[0] if rows else self.years.count() - 1)

    def _store_shown(self) -> None:
        """Keep what the clerk typed for the year on screen before another year is shown."""
        key = str(self._shown_year)
        if self._shown_year is not None and key in self._manual:
            self._manual[key] = {"holidays": self._dates(self.holidays), "workdays": self._dates(self.workdays)}

    @staticmethod
    def _dates(edit: QPlainTextEdit) -> list[str]:
        return sorted(set(split_list(edit.toPlainText())))

    def _year_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._store_shown()
        if current is None:
            self._shown_year = None
            return
        year = current.data(YEAR_ROLE)
        self._shown_year = year
        entry = self._manual.get(str(year))
        if entry is not None:
            holidays, make_up = entry.get("holidays", []), entry.get("workdays", [])
            self.source_label.setText(self.tr("Entered by hand; this schedule is used for %1.")
                                      .replace("%1", str(year)))
        else:
            holidays, make_up = library_schedule(year)
            self.source_label.setText(self.tr("From the built-in calendar (read-only)."))
        for edit, dates in ((self.holidays, holidays), (self.workdays, make_up)):
            edit.setPlainText("\n".join(dates))
            edit.setReadOnly(entry is None)
        self.remove_year_button.setEnabled(entry is not None)

    def add_year(self, year: int) -> None:
        self._store_shown()
        self._manual.setdefault(str(year), {"holidays": [], "workdays": []})
        self._shown_year = None
        self._fill_years(select=year)

    def ask_new_year(self) -> None:
        next_year = (max(workdays.covered_years(self._manual)) + 1) if self.years.count() else dt.date.today().year
        year, ok = QInputDialog.getInt(self, self.tr("Add a year"), self.tr("Year:"), next_year, 2000, 2100)
        if ok:
            self.add_year(year)

    def remove_current_year(self) -> None:
        if self._shown_year is not None and str(self._shown_year) in self._manual:
            del self._manual[str(self._shown_year)]
            self._shown_year = None
            self._fill_years(select=None)

    def values(self) -> dict:
        self._store_shown()
        return {"calendar_manual": copy.deepcopy(self._manual)}
