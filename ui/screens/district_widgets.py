"""Small pieces the district copy's screens share (receive step, return tab): a SHA-256 shown short with
a copy button (the clerk reads the first digits aloud or pastes the whole into a message to the city),
and opening a folder in the file manager (a module function, so tests replace it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.widgets import ask
from ui.widgets.tables import mono_font

SHORT = 16      # hex digits shown; the tooltip and the copy button have all 64


def short_digest(digest: str) -> str:
    return f"{digest[:SHORT]}…" if len(digest) > SHORT else digest


class DigestCopy(QWidget):
    """`set_digest(hex)`: the first digits in a monospaced face, the whole in the tooltip, and 复制."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setFont(mono_font())
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole SHA-256 (64 hex digits) to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)
        self.digest = ""

    def set_digest(self, digest: str) -> None:
        self.digest = digest or ""
        self.label.setText(short_digest(self.digest))
        self.label.setToolTip(self.digest)
        self.copy_button.setEnabled(bool(self.digest))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.digest)


def open_folder(path, parent=None) -> None:
    ask.open_or_explain(parent, path)
