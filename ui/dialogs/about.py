"""帮助 → 关于: version, database, schema version, audit-log head."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

import app
from app import audit
from app.db.base import database
from app.db.migrations import LATEST_VERSION, current_version
from ui.startup import log_file


class AboutDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.setMinimumWidth(560)
        rows = [
            (self.tr("Version"), app.__version__),
            (self.tr("Database"), str(ctx.db_path)),
            (self.tr("Schema version"), self.tr("%1 (this program supports up to %2)")
             .replace("%1", str(current_version(database.obj))).replace("%2", str(LATEST_VERSION))),
            (self.tr("Audit log head"), audit.head()),
            (self.tr("Log file"), str(log_file() or "")),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px;white-space:nowrap'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        title = html.escape(self.tr("Spot Check Workbench"))
        purpose = html.escape(self.tr("Random selection of inspection objects and inspectors, with public results "
                                      "(“double random, one public”), offline on this computer."))
        self.text = QLabel(f"<h2>{title}</h2><p>{purpose}</p><table>{table}</table>")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
