"""The plan wizard's page saying, per district, who matches its inspectors (issue 14 item 5).

市局匹配 (the city matches, as before) or 区市自行匹配 (the district matches in its own copy of the
program and returns its share). The choice becomes the plan option self_matching; app.draw.plans
checks it like the TOML's [options] table.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWizardPage

from app.settings.store import district_names

CITY, OWN = 0, 1     # combo box rows


class PlanMatchingPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Who matches the inspectors"))
        self.setSubTitle(self.tr("For each district: the city matches its inspections with the city's inspector "
                                 "register, or the district matches them in its own copy of the program and "
                                 "returns its share. Fixed when the draw is committed."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.choices: dict[str, QComboBox] = {}
        for name in district_names():
            box = QComboBox()
            box.addItems([self.tr("Matched by the city"), self.tr("Matched in the district's own copy")])
            box.setObjectName(f"matching:{name}")
            self.choices[name] = box
            form.addRow(QLabel(name + "："), box)
        if not self.choices:
            form.addRow(QLabel(self.tr("No districts in the settings: the city matches every inspection.")))

    def load(self, self_matching: list[str]) -> None:
        for name, box in self.choices.items():
            box.setCurrentIndex(OWN if name in self_matching else CITY)

    def self_matching(self) -> list[str]:
        """The districts left to their own copies, in the settings' order (the plan stores them sorted)."""
        return [name for name, box in self.choices.items() if box.currentIndex() == OWN]
