"""The import wizard's column mapping page: which column of the file holds which field.

It starts from the mapping the clerk confirmed before for the same header
(app.registers.queries.remembered_mapping), else from the suggested one
(app.registers.headers.suggest_mapping).
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from app.registers import headers as hdr
from app.registers import queries
from ui.widgets.labels import error_label, set_error
from ui.wizards.import_session import ImportSession


class MappingPage(QWizardPage):
    NOT_IMPORTED = ""

    def __init__(self, wizard: ImportSession):
        super().__init__()
        self.wiz = wizard
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which column holds what. The suggestions come from the column names; correct "
                                 "them where needed. A confirmed mapping is remembered for files with the same "
                                 "header."))
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.error = error_label()
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        kind = self.wiz.kind()
        names = set(self.wiz.sheets_page.sheets())
        headers: list[str] = []
        suggested: dict[str, str] = {}
        remembered = False
        for sheet in self.wiz.preview.sheets:
            if sheet.name not in names:
                continue
            cells = self.wiz.sheets_page.header_of(sheet) or []
            for h in cells:
                h = str(h).strip()
                if h and h not in headers:
                    headers.append(h)
            if self.wiz.sheets_page.header_row() is None and sheet.header_row is not None:
                mapping = sheet.mapping
                remembered = remembered or self.wiz.preview.remembered
            else:
                mapping = queries.remembered_mapping(kind, cells)
                remembered = remembered or mapping is not None
                mapping = mapping or hdr.suggest_mapping(kind, cells)
            for field, header in mapping.items():
                suggested.setdefault(field, header)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        self.combos = {}
        required = set(hdr.REQUIRED[kind])
        for row, field in enumerate(hdr.SYNONYMS[kind]):
            label = hdr.FIELD_LABELS.get(field, field) + (" *" if field in required else "")
            grid.addWidget(QLabel(label), row, 0)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), self.NOT_IMPORTED)
            for h in headers:
                combo.addItem(h, h)
            current = suggested.get(field)
            if current is not None:
                index = combo.findData(current)
                if index < 0:
                    combo.addItem(current, current)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            grid.addWidget(combo, row, 1)
            self.combos[field] = combo
        grid.setRowStretch(len(hdr.SYNONYMS[kind]), 1)
        self.scroll.setWidget(body)
        unmapped = [h for h in headers if h not in {c.currentData() for c in self.combos.values()}]
        parts = []
        if remembered:
            parts.append(self.tr("The mapping you confirmed for a file with this header was used."))
        parts.append(self.needed_hint(kind))
        parts.append(self.tr("Columns not mapped are kept with each row as extra information."))
        if unmapped:
            parts.append(self.tr("Not mapped: %1").replace("%1", "、".join(unmapped)))
        self.note.setText(" ".join(parts))
        set_error(self.error, "")

    def needed_hint(self, kind: str) -> str:
        """Which fields a file of this kind must have (the fields marked *), in the kind's own words."""
        return {
            "enterprise": self.tr("Fields marked * are needed: the enterprise's name, and its unified social "
                                  "credit code or registration number."),
            "inspector": self.tr("Fields marked * are needed: the inspector's name and law-enforcement "
                                 "certificate number."),
            "avoidance": self.tr("Fields marked * are needed: the inspector's law-enforcement certificate number "
                                 "and the credit code of the enterprise they must not inspect."),
            "institution": self.tr("Fields marked * are needed: the institution's name and its unified social "
                                   "credit code."),
        }.get(kind, self.tr("Fields marked * are needed."))

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() != self.NOT_IMPORTED}

    def validatePage(self) -> bool:  # noqa: N802
        chosen = [h for h in self.mapping().values()]
        dup = sorted({h for h in chosen if chosen.count(h) > 1})
        if dup:
            set_error(self.error, self.tr("The column “%1” is chosen for two fields.").replace("%1", dup[0]))
            return False
        set_error(self.error, "")
        return True
