"""The entry dialog's input widgets: a choice with an empty entry, 是/否, a date that may be left empty, a
checkable list, and one row of inputs per check item.

Each widget reads and writes the values of app.results.content as stored (strings, True/False/None,
ISO dates, lists), so the dialog only assembles them.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from app.results.content import Context
from app.results.lists import NO, YES, ResultLists

BLANK = "—"
DATE_FORMAT = "yyyy-MM-dd"


def choice_combo(values: Iterable[str], blank: bool = True) -> QComboBox:
    """A drop-down of `values` (its data the value itself), "—" first for "not filled"."""
    combo = QComboBox()
    if blank:
        combo.addItem(BLANK, "")
    for value in values:
        combo.addItem(value, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def set_choice(combo: QComboBox, value: str) -> None:
    """Choose `value`; a stored value no longer in the list (the settings changed) is shown as it is, so the
    check names it instead of silently dropping it."""
    index = combo.findData(value or "")
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def yes_no_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(BLANK, None)
    combo.addItem(YES, True)
    combo.addItem(NO, False)
    return combo


def set_yes_no(combo: QComboBox, value: bool | None) -> None:
    combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))


class OptionalDate(QDateEdit):
    """A date between `first` and `last`, or none: the day before `first` stands for "not filled" and shows
    "—" (Qt's special-value text), so the range the clerk can choose is exactly the period."""

    def __init__(self, first: str, last: str, parent=None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        start = QDate.fromString(first, "yyyy-MM-dd") if first else QDate(2000, 1, 2)
        end = QDate.fromString(last, "yyyy-MM-dd") if last else QDate(2100, 12, 31)
        self._blank = start.addDays(-1)
        self.setDateRange(self._blank, end)
        self.setSpecialValueText(BLANK)
        self.setDate(self._blank)

    def value(self) -> str:
        date = self.date()
        return "" if date == self._blank else date.toString("yyyy-MM-dd")

    def set_value(self, text: str) -> None:
        date = QDate.fromString(text or "", "yyyy-MM-dd")
        if date.isValid() and self.minimumDate() < date <= self.maximumDate():
            self.setDate(date)
        else:
            self.setDate(self._blank)   # outside the period: the clerk chooses again (the check says so)


class CheckList(QWidget):
    """Options as check boxes, `columns` to a row; value() is the checked options' data in option order."""

    changed = Signal()

    def __init__(self, columns: int = 4, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.boxes: list[tuple[QCheckBox, str]] = []

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:
        for n, (label, value) in enumerate(options):
            box = QCheckBox(label)
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, n // self._columns, n % self._columns)
            self.boxes.append((box, value))

    def value(self) -> list[str]:
        return [value for box, value in self.boxes if box.isChecked()]

    def set_value(self, values: Iterable[str], label=str) -> None:
        wanted = list(values)
        known = {value for _box, value in self.boxes}
        # A stored value that is no longer an option is shown (checked) so the check can name it.
        self.set_options((label(v), v) for v in wanted if v not in known)
        for box, value in self.boxes:
            box.setChecked(value in wanted)


class ItemRow:
    """The inputs of one check item, placed in row `row` of the items grid, its messages in the row below."""

    def __init__(self, grid: QGridLayout, row: int, item: str, methods: Iterable[str], results: Iterable[str]):
        self.item = item
        self.label = QLabel(item)
        self.label.setWordWrap(True)
        self.checked = yes_no_combo()
        self.reason = QLineEdit()
        self.method = choice_combo(methods)
        self.result = choice_combo(results)
        self.problem = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        for column, widget in enumerate(self.widgets()):
            grid.addWidget(widget, row, column)
        grid.addWidget(self.error, row + 1, 1, 1, 5)
        self.checked.currentIndexChanged.connect(self._follow_checked)

    def widgets(self) -> list[QWidget]:
        return [self.label, self.checked, self.reason, self.method, self.result, self.problem]

    def inputs(self) -> list[QWidget]:
        return self.widgets()[1:]

    def _follow_checked(self) -> None:
        """Only the fields that apply are open: the reason when not checked, method/result/problem when checked."""
        checked = self.checked.currentData()
        self.reason.setEnabled(checked is not True)
        for widget in (self.method, self.result, self.problem):
            widget.setEnabled(checked is not False)

    def value(self) -> dict:
        """The row as stored; a field closed by 是否检查 is left out (its text stays in the box)."""
        checked = self.checked.currentData()
        out = {"item": self.item, "checked": checked, "reason": "", "method": "", "result": "", "problem": ""}
        if checked is not True:
            out["reason"] = self.reason.text().strip()
        if checked is not False:
            out.update(method=self.method.currentData() or "", result=self.result.currentData() or "",
                       problem=self.problem.text().strip())
        return out

    def set_value(self, row: dict) -> None:
        set_yes_no(self.checked, row.get("checked"))
        self.reason.setText(row.get("reason") or "")
        set_choice(self.method, row.get("method") or "")
        set_choice(self.result, row.get("result") or "")
        self.problem.setText(row.get("problem") or "")
        self._follow_checked()

    def show_messages(self, messages: list[str]) -> None:
        self.error.setText("；".join(messages))
        self.error.setVisible(bool(messages))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs():
            widget.setEnabled(not read_only)
        if not read_only:
            self._follow_checked()


def person(names: dict, cert: str) -> str:
    """"name（cert）", or the bare certificate number of someone not on the frozen roster."""
    return f"{names[cert]}（{cert}）" if names.get(cert) else cert


def enterprise_field(field: str, lists: ResultLists, context: Context, unit_names: list[str]) -> QWidget:
    """The input of one enterprise-level field (a field of app.packages.layout's enterprise columns)."""
    if field == "outcome":
        widget: QWidget = choice_combo(lists.enterprise_outcomes)
    elif field == "publicity":
        widget = choice_combo(lists.publicity_results)
    elif field == "measures":
        widget = CheckList(5)
        widget.set_options((m, m) for m in lists.followup_measures)
    elif field == "closed":
        widget = yes_no_combo()
    elif field == "closed_on":
        widget = OptionalDate(context.start, "")
    elif field == "check_date":
        widget = OptionalDate(context.start, context.end)
    elif field == "inspectors":
        # The team first, then whoever a recorded replacement brought in or took out.
        widget = CheckList(3)
        others = sorted(set(context.allowed) - set(context.team))
        widget.set_options((person(context.names, c), c) for c in [*context.team, *others])
    elif field == "unit":
        widget = QComboBox()
        widget.setEditable(True)
        widget.addItems(["", *unit_names])
    else:   # followup_text, entered_by
        widget = QLineEdit()
    widget.setObjectName(field)
    return widget
