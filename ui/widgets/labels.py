"""Labels the screens, wizards and dialogs share: titles and headings, the message bar, the error line,
a large digest and large digits.

- page_title: a page's large bold title (object name "pageTitle"); title_label: a wrapping one set later.
- page_heading / bold: a bold heading above a table, any label made bold.
- MessageBar: an inline, non-blocking error/information line at the top of a screen.
- error_label / set_error / error_text: the red, selectable line for a failure, and an exception as the
  clerk reads it (app/ messages are Chinese already).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.errors import SpotcheckError
from ui.widgets.tables import mono_font

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def group_digits(digits: str, size: int = 5) -> str:
    """'123456789012' -> '12345 67890 12' (how the digits are read aloud and shown)."""
    return " ".join(digits[i:i + size] for i in range(0, len(digits), size))


def bold(label: QLabel) -> QLabel:
    """The label, its font made bold."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def page_heading(text: str) -> QLabel:
    """A bold, wrapping heading above a table or a digest."""
    label = bold(QLabel(text))
    label.setWordWrap(True)
    return label


def _large_bold(label: QLabel, scale: float) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def page_title(text: str, scale: float = 1.5) -> QLabel:
    """A page's large bold title on one line (object name "pageTitle")."""
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return _large_bold(label, scale)


def title_label(scale: float = 1.4) -> QLabel:
    """A screen's (or a page's) large bold title, wrapping, its text set later."""
    label = _large_bold(QLabel(), scale)
    label.setWordWrap(True)
    return label


class MessageBar(QWidget):
    """A line above the content saying what went wrong or what was done; never modal."""

    ERROR, INFO = "error", "info"

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.clear)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text() if self.level else ""

    def show_message(self, text: str, level: str = INFO) -> None:
        self.level = level
        self.label.setText(text)
        if level == self.ERROR:
            self.setStyleSheet("MessageBar { background: #fdecea; border: 1px solid #f5c2c0; }"
                               "QLabel { color: #8a1c13; }")
        else:
            self.setStyleSheet("MessageBar { background: #e8f4ea; border: 1px solid #b9dfc0; }"
                               "QLabel { color: #1d5b28; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setVisible(True)

    def show_error(self, text: str) -> None:
        self.show_message(text, self.ERROR)

    def show_info(self, text: str) -> None:
        self.show_message(text, self.INFO)

    def clear(self) -> None:
        self.level = ""
        self.label.clear()
        self.setVisible(False)


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


def error_text(exc: BaseException) -> str:
    """app/ errors are Chinese already; anything else gets a generic Chinese lead-in."""
    if isinstance(exc, SpotcheckError):
        return str(exc)
    return translate("ErrorText", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


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
