"""Small modal forms the screens share: OK is enabled only once every required field is filled.

    class MyDialog(RequiredForm):
        def __init__(self, parent=None):
            super().__init__(title, intro, parent)
            ... add fields to self.layout_ (or a QFormLayout in it), connect their signals to self.update_ok ...
            self.finish(560, 320)
        def is_filled(self) -> bool: ...

Screens run them through ui.widgets.ask.exec_dialog, which tests replace.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class RequiredForm(QDialog):
    """Title, a wrapping intro, the subclass's fields, then OK/Cancel (`buttons`)."""

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.add_note(intro)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        return label

    def finish(self, width: int, height: int) -> None:
        """Add the buttons below the fields, set OK's state and the size."""
        self.layout_.addWidget(self.buttons)
        self.update_ok()
        self.resize(width, height)

    def is_filled(self) -> bool:
        raise NotImplementedError

    def update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_filled())


class ReasonDialog(RequiredForm):
    """A required reason in words (voiding a draw or a match commitment)."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(title, text, parent)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.layout_.addWidget(self.reason, 1)
        self.reason.textChanged.connect(self.update_ok)
        self.finish(520, 300)

    def is_filled(self) -> bool:
        return bool(self.value())

    def value(self) -> str:
        return self.reason.toPlainText().strip()
