"""A SHA-256 shown short with a copy button: the clerk reads the first digits aloud or compares them with
the paper, and pastes the whole into a message; the whole is also in the tooltip. Screens use this wherever a
digest is shown on its own (a seed, a commitment, the audit log's head), never the 64 digits as a heading."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.widgets.tables import mono_font

SHORT = 16      # hex digits shown; the tooltip and the copy button have all 64


def short_digest(digest: str) -> str:
    return f"{digest[:SHORT]}…" if len(digest) > SHORT else digest


class DigestCopy(QWidget):
    """`set_digest(hex)`: the first digits in a monospaced face, the whole in the tooltip, and 复制."""

    def __init__(self, parent=None, scale: float = 1.0):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setFont(mono_font(scale))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.copy_button = QToolButton()
        # the "DigestCopy" context, where the district screens' translations of these strings already are
        self.copy_button.setText(QCoreApplication.translate("DigestCopy", "Copy"))
        self.copy_button.setToolTip(QCoreApplication.translate(
            "DigestCopy", "Copy the whole SHA-256 (64 hex digits) to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)
        self.digest = ""

    def set_digest(self, digest: str | None) -> None:
        self.digest = digest or ""
        self.label.setText(short_digest(self.digest))
        self.label.setToolTip(self.digest)
        self.copy_button.setEnabled(bool(self.digest))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.digest)
