"""Showing errors from app/: their Chinese message as written, never rewritten."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SpotcheckError
from ui import startup


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A typed error shows its own message; anything else goes to the unexpected-error dialog."""
    if isinstance(exc, SpotcheckError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Cannot continue"), str(exc))
        return
    startup.show_unexpected_error(exc, parent)


def ask_retry(parent: QWidget | None, exc: BaseException, title: str | None = None) -> bool:
    """A failure that may pass if tried again (the database was busy): its message, 重试 and 取消.
    True when the clerk chose to retry."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Messages", "Cannot continue"),
                      str(exc), QMessageBox.StandardButton.NoButton, parent)
    retry = box.addButton(QCoreApplication.translate("Messages", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
