"""Labels the screens and wizards share: a heading, an error line, a large digest, large digits."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from ui.widgets.tables import mono_font


def group_digits(digits: str, size: int = 5) -> str:
    """'123456789012' -> '12345 67890 12' (how the digits are read aloud and shown)."""
    return " ".join(digits[i:i + size] for i in range(0, len(digits), size))


def page_heading(text: str) -> QLabel:
    """A bold, wrapping heading above a table or a digest."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def title_label(scale: float = 1.4) -> QLabel:
    """A screen's (or a page's) large bold title."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A red, selectable line for the core's Chinese message; hidden while empty (see set_error)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b3261e; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    """Show the message in an error_label(), or hide it for ""."""
    label.setText(text)
    label.setVisible(bool(text))


def note_label() -> QLabel:
    """A wrapping amber note (why a step cannot go on, what happens next)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8d6e00;")
    return label


def detail_label() -> QLabel:
    """Wrapping, selectable text under a screen's buttons."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DigestLabel(QLabel):
    """A SHA-256 hex digest, large and monospaced, in blocks of eight so it can be read aloud."""

    def __init__(self, scale: float = 1.8, parent=None):
        super().__init__(parent)
        self.setFont(mono_font(scale))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("digest")
        self.digest = ""

    def set_digest(self, digest: str | None) -> None:
        self.digest = digest or ""
        self.setText(group_digits(self.digest, 8))
        self.setToolTip(self.digest)


class BigDigits(QLabel):
    """Digits in a large monospaced face, in blocks of five, wrapping as needed."""

    def __init__(self, scale: float = 2.2, parent=None):
        super().__init__(parent)
        self.setFont(mono_font(scale))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setObjectName("bigDigits")

    def set_digits(self, digits: str) -> None:
        self.setText(group_digits(digits))
