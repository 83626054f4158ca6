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
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app import audit
from ui.dialogs.messages import show_error
from ui.models.audit_log_model import (
    ACTION,
    ACTOR,
    AT,
    HASH,
    ID,
    PAYLOAD,
    AuditLogModel,
)
from ui.widgets.reads import read_in_background


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
        for column in (ID, AT, ACTOR, ACTION, HASH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAYLOAD, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel(self.tr("The hash chain has not been checked yet."))
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Check hash chain"))
        self.verify_button.clicked.connect(self.check_chain)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        top.addWidget(self.verify_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._update_summary()

    def _update_summary(self) -> None:
        head = audit.head()
        self.summary.setText(self.tr("%1 entries. Current head: %2")
                             .replace("%1", str(self.model.total())).replace("%2", head))

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
