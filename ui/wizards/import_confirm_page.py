"""The import wizard's last page: what the import will make, and the import itself (the one write).

Committing (ui.operations.registers.import_register: one transaction, on the worker) waits for the
check page's confirmation when the new version would replace most of the register.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from app.registers import queries
from ui.operations import registers as register_ops
from ui.widgets.labels import error_label, error_text, set_error
from ui.wizards.import_session import ImportSession


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportSession):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The import becomes a new, unchangeable version of the register. It is logged."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        r = self.wiz.result
        set_error(self.error, "")
        if r is None:
            self.summary.clear()
            return
        version = (r.diff.previous_version or 0) + 1
        lines = [
            self.tr("Register: %1").replace("%1", r.register_name),
            self.tr("New version: %1").replace("%1", str(version)),
            self.tr("File: %1 (sheets: %2)").replace("%1", r.source_name).replace("%2", "、".join(r.sheets)),
            self.tr("SHA-256 of the file: %1").replace("%1", r.source_sha256),
            self._rows_line(r),
            self.tr("Rejected rows (not imported): %1; flagged rows: %2").replace("%1", f"{r.rejected:,}")
            .replace("%2", f"{r.flagged:,}"),
            self.tr("Digest of the content: %1").replace("%1", r.digest),
        ]
        warning = self.wiz.validate_page.warning
        if warning is not None:
            lines.append(self.tr("Confirmed on the check page: %1 entries of “%2” are removed, %3 added.")
                         .replace("%1", f"{warning.removed:,}").replace("%2", warning.register)
                         .replace("%3", f"{warning.added:,}"))
        self.summary.setText("\n".join(lines))

    def _rows_line(self, r) -> str:
        if r.kind == "enterprise":
            return (self.tr("Rows imported: %1, of them operating: %2").replace("%1", f"{r.imported:,}")
                    .replace("%2", f"{r.operating:,}"))
        if r.kind == "inspector":
            return (self.tr("Rows imported: %1, of them eligible for matching: %2").replace("%1", f"{r.imported:,}")
                    .replace("%2", f"{r.operating:,}"))
        return self.tr("Rows imported: %1").replace("%1", f"{r.imported:,}")

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.result is not None and not self.wiz.busy() and self.wiz.validate_page.confirmed()

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.version is not None:
            return True
        if self.wiz.busy() or self.wiz.result is None or not self.wiz.validate_page.confirmed():
            return False
        result = self.wiz.result
        set_error(self.error, "")

        def done(version_id):
            # Also when the clerk closed the wizard meanwhile: the version exists, the screens must show it.
            self.wiz.version = queries.version_by_id(version_id)
            self.wiz.committed.emit(version_id)
            if not self.wiz.is_closing():
                self.wiz.accept()

        def failed(exc):
            set_error(self.error, error_text(exc))
            self.completeChanged.emit()

        self.wiz.write(register_ops.import_register(self, self.wiz.ctx, result), on_done=done, on_error=failed,
                       on_cancelled=failed, even_if_closed=True)
        self.completeChanged.emit()
        return False
