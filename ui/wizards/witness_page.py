"""The witness ceremony shared by the draw and the match wizards.

Two pages:
- WitnessEntryPage: the witnesses (name, unit, role; at least two) and the
  digits each rolled with ten-sided dice, shown LARGE in groups of five as
  they are typed. Only digits can be typed; the rules (two witnesses, 20
  digits in all ...) are the service's, and its Chinese message is shown as is.
  The running total of digits and the minimum are shown live, and 下一步 stays
  disabled until the minimum is reached. A ceremony after the draw (the match)
  can offer the draw's witnesses again (`offer_witnesses`): names, units and
  roles only, never digits.
- ReadBackPage: "请见证人核对：…" — every witness's digits read back large. Its
  button confirms once: the run (draw or match) starts through the task runner;
  after it succeeded the wizard moves on and can never come back here, so the
  seed cannot be changed or confirmed a second time. Before confirmation, Back
  leads to the entry page for corrections.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.draw.service import MIN_DIGITS
from app.errors import SpotcheckError
from ui.widgets.labels import BigDigits, error_label, set_error, title_label
from ui.widgets.tables import mono_font

MIN_WITNESS_ROWS = 2


def clean_digits(text: str) -> str:
    """Spaces typed for readability are dropped; anything else is kept so the service can refuse it."""
    return "".join((text or "").split())


def _scroll_area() -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class WitnessBox(QGroupBox):
    changed = Signal()

    def __init__(self, number: int, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Witness %1").replace("%1", str(number)))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. supervisor, enterprise representative, staff"))
        self.digits = QLineEdit()
        self.digits.setFont(mono_font(1.3))
        self.digits.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), self.digits))
        self.digits.setPlaceholderText(self.tr("the digits rolled with the ten-sided dice"))
        self.big = BigDigits(3.2)
        self.count = QLabel()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Digits"), self.digits)
        form.addRow("", self.big)
        form.addRow("", self.count)
        for edit in (self.name, self.unit, self.role, self.digits):
            edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        digits = clean_digits(self.digits.text())
        self.big.set_digits(digits)
        self.count.setText(self.tr("%n digit(s)", "", len(digits)))
        self.changed.emit()

    def value(self) -> dict:
        return {"name": self.name.text().strip(), "unit": self.unit.text().strip(),
                "role": self.role.text().strip(), "input": clean_digits(self.digits.text())}

    def is_blank(self) -> bool:
        v = self.value()
        return not any(v.values())

    def set_value(self, name: str = "", unit: str = "", role: str = "", digits: str = "") -> None:
        self.name.setText(name)
        self.unit.setText(unit)
        self.role.setText(role)
        self.digits.setText(digits)


class WitnessEntryPage(QWizardPage):
    """Witnesses and their dice digits. `validate(witnesses)` is the service's check (raises, Chinese)."""

    def __init__(self, validate: Callable[[list[dict]], object] | None = None, parent=None, *,
                 min_digits: int = MIN_DIGITS):
        super().__init__(parent)
        self._validate = validate
        self.min_digits = min_digits
        self._offer: Callable[[], list[dict]] | None = None
        self.setTitle(self.tr("Witnesses and their dice digits"))
        self.setSubTitle(self.tr("Enter every witness in the order they will sign, and the digits each rolled "
                                 "publicly with ten-sided dice. The digits are shown large so the witnesses "
                                 "can follow."))
        outer = QVBoxLayout(self)
        self.total = QLabel()
        outer.addWidget(self.total)
        self.scroll_area = _scroll_area()
        holder = QWidget()
        self.boxes_layout = QVBoxLayout(holder)
        self.boxes_layout.addStretch(1)
        self.scroll_area.setWidget(holder)
        outer.addWidget(self.scroll_area, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a witness"))
        self.remove_button = QPushButton(self.tr("Remove the last witness"))
        self.add_button.clicked.connect(lambda: self.add_witness())
        self.remove_button.clicked.connect(self.remove_last)
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("offerWitnesses")
        self.offer_button.setVisible(False)
        self.offer_button.clicked.connect(self.fill_offered)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.offer_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.error = error_label()
        outer.addWidget(self.error)
        self.boxes: list[WitnessBox] = []
        for _ in range(MIN_WITNESS_ROWS):
            self.add_witness()

    def add_witness(self) -> WitnessBox:
        box = WitnessBox(len(self.boxes) + 1)
        box.changed.connect(self._update_total)
        self.boxes.append(box)
        self.boxes_layout.insertWidget(self.boxes_layout.count() - 1, box)
        self._update_total()
        return box

    def remove_last(self) -> None:
        if len(self.boxes) <= 1:
            return
        box = self.boxes.pop()
        box.setParent(None)
        box.deleteLater()
        self._update_total()

    def digit_total(self) -> int:
        return sum(len(b.value()["input"]) for b in self.boxes)

    def _update_total(self) -> None:
        total = self.digit_total()
        if total < self.min_digits:
            text = self.tr("Digits so far: %1 of at least %2 — %3 more needed before “Next”.") \
                .replace("%3", str(self.min_digits - total))
        else:
            text = self.tr("Digits so far: %1 (at least %2): enough.")
        self.total.setText(text.replace("%1", str(total)).replace("%2", str(self.min_digits)))
        self.total.setStyleSheet("" if total >= self.min_digits else "color: #8a5300;")
        self.remove_button.setEnabled(len(self.boxes) > 1)
        set_error(self.error, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.digit_total() >= self.min_digits

    def offer_witnesses(self, text: str, tooltip: str, witnesses: Callable[[], list[dict]]) -> None:
        """Show a button that fills in `witnesses()` ({name, unit, role}) — an earlier ceremony's witnesses."""
        self._offer = witnesses
        self.offer_button.setText(text)
        self.offer_button.setToolTip(tooltip)
        self.offer_button.setVisible(True)

    def fill_offered(self) -> None:
        """The offered witnesses' names, units and roles into the boxes, in order; every digit field emptied,
        since the digits of this ceremony must be rolled anew."""
        offered = self._offer() if self._offer is not None else []
        while len(self.boxes) < len(offered):
            self.add_witness()
        for box, w in zip(self.boxes, offered, strict=False):
            box.set_value(w.get("name", ""), w.get("unit", ""), w.get("role", ""), "")
        for box in self.boxes[len(offered):]:
            box.digits.setText("")
        if self.boxes:
            self.boxes[0].digits.setFocus()

    def witnesses(self) -> list[dict]:
        """The witnesses in signing order; rows left completely blank are not witnesses."""
        return [b.value() for b in self.boxes if not b.is_blank()]

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        set_error(self.error, "")
        if self._validate is not None:
            try:
                self._validate(self.witnesses())
            except SpotcheckError as exc:     # the service's Chinese message, as is
                set_error(self.error, str(exc))
                return False
        return True


class ReadBackPage(QWizardPage):
    """Read the digits back to the witnesses; confirming runs the ceremony exactly once.

    start(witnesses, on_done, on_error) starts the run (an operation, see ceremony.CeremonyWizard)
    and calls on_done(result) or on_error(exc) on the GUI thread.
    """

    confirmed = Signal(object)   # the run's result

    def __init__(self, entry: WitnessEntryPage, start: Callable, confirm_text: str, parent=None):
        super().__init__(parent)
        self.entry = entry
        self._start = start
        self._confirm_text = confirm_text
        self.running = False
        self.done = False
        self.result = None
        self.setTitle(self.tr("Read the digits back"))
        self.setSubTitle(self.tr("Read every witness's digits aloud. Correct them with Back before confirming; "
                                 "after confirmation they can no longer be changed."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, confirm_text)
        outer = QVBoxLayout(self)
        heading = title_label()
        heading.setText(self.tr("Witnesses, please check:"))
        outer.addWidget(heading)
        self.scroll_area = _scroll_area()
        outer.addWidget(self.scroll_area, 1)
        self.error = error_label()
        outer.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        set_error(self.error, "")
        holder = QWidget()
        layout = QVBoxLayout(holder)
        for n, w in enumerate(self.entry.witnesses(), 1):
            who = QLabel(self.tr("%1. %2, %3, %4").replace("%1", str(n)).replace("%2", w["name"])
                         .replace("%3", w["unit"]).replace("%4", w["role"]))
            who.setWordWrap(True)
            font = who.font()
            font.setBold(True)
            who.setFont(font)
            layout.addWidget(who)
            big = BigDigits(3.2)
            big.set_digits(w["input"])
            layout.addWidget(big)
            count = QLabel(self.tr("%n digit(s)", "", len(w["input"])))
            layout.addWidget(count)
        layout.addStretch(1)
        self.scroll_area.setWidget(holder)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running

    def validatePage(self) -> bool:  # noqa: N802
        if self.done:
            return True
        if self.running:
            return False
        self.running = True
        set_error(self.error, "")
        self.completeChanged.emit()
        self._start(self.entry.witnesses(), self._succeeded, self._failed)
        return False

    def _succeeded(self, result) -> None:
        self.running = False
        self.done = True
        self.result = result
        self.completeChanged.emit()
        self.confirmed.emit(result)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        set_error(self.error, str(exc))
        self.completeChanged.emit()
