"""机关信息 asked for when the clerk first generates a document that prints them.

A new database ships without any bureau's name, seal text, contact person or telephone
(app.docs.office): printing another bureau's contact on a notice would send enterprises to the
wrong office. Rather than refuse with a message that sends the clerk to the settings dialog, the
documents screen asks here for exactly the settings the chosen kind still needs, saves them in one
logged change (ui.operations.settings.save_settings) and goes on. Asked at the first generation, not
at start-up: someone trying the demo would dismiss a start-up dialog without reading it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.docs.office import OFFICE_LABELS, missing_office_settings
from app.docs.service import KIND_NAMES
from ui.operations.settings import save_settings


class OfficePrompt(QDialog):
    def __init__(self, missing: list[str], kind_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bureau details"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Before the first %1 is printed, fill in what it prints of your bureau. They are "
                               "saved in Settings → Bureau and can be changed there.").replace("%1", kind_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key in missing:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.textChanged.connect(self._check)
            self.edits[key] = edit
            form.addRow(OFFICE_LABELS[key], edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._check()

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(all(self.values().values()))


def ensure_office_settings(parent: QWidget | None, ctx, kind: str) -> bool:
    """True when `kind` may be generated: nothing missing, or the clerk filled it in and it was saved."""
    missing = missing_office_settings(kind)
    if not missing:
        return True
    dialog = OfficePrompt(missing, KIND_NAMES.get(kind, kind), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return save_settings(parent, ctx, dialog.values())
