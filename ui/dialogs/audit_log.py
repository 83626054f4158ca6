"""工具 → 审计日志…: browse the hash-chained audit log and check the chain."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app import audit
from ui.dialogs.messages import show_error
from ui.models.audit_log_model import ACTION, ACTOR, AT, ID, AuditLogModel
from ui.widgets.digest import DigestCopy
from ui.widgets.reads import read_in_background
from ui.widgets.tables import mono_font


class AuditLogDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 560)
        self.last_result = None

        self.model = AuditLogModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in (ID, AT, ACTOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        # The stored entry (action code, JSON, hash) is for whoever audits the program: shown on request.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(mono_font())
        self.details.setHidden(True)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show the selected entry as stored: action code, data and hash"))
        self.details_button.toggled.connect(self._toggle_details)

        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head = DigestCopy()
        self.result_label = QLabel(self.tr("The hash chain has not been checked yet."))
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Check hash chain"))
        self.verify_button.clicked.connect(self.check_chain)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addWidget(self.head, 1)
        top.addWidget(self.details_button)
        top.addWidget(refresh)
        top.addWidget(self.verify_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._update_summary()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setHidden(not shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self._show_details()

    def _show_details(self) -> None:
        if self.details.isHidden():
            return
        row = self.view.currentIndex().row()
        self.details.setPlainText(self.model.details(row) if row >= 0 else
                                  self.tr("Select an entry to see it as stored."))

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%1 entries. Current head:").replace("%1", str(self.model.total())))
        self.head.set_digest(audit.head())

    def reload(self) -> None:
        self.model.reload()
        self._update_summary()

    def check_chain(self) -> None:
        """Re-compute the chain on the worker thread (a long log takes a moment)."""
        self.verify_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking…"))
        read_in_background(self.ctx, audit.verify, title=self.tr("Checking the audit log"),
                           on_done=self._show_result, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result_label.setText("")
        show_error(self, exc)

    def _show_result(self, result) -> None:
        self.last_result = result
        self.verify_button.setEnabled(True)
        self.result_label.setText(result.message())
        colour = "#1b5e20" if result.ok else "#b71c1c"
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.model.mark_bad(None if result.ok else result.first_bad_id)
        if not result.ok and result.first_bad_id is not None:
            row = self.model.row_of_id(result.first_bad_id)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
