"""Questions and notices put to the clerk: where to save, what to open, "open it now?", "done".

Every modal question of the draw and match GUI goes through these functions,
called as `ask.ask_folder(...)` (module attribute), so tests replace them with
monkeypatch.setattr(ui.widgets.ask, "ask_folder", ...) and run without a human.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def ask_save_path(parent: QWidget | None, title: str, default_name: str, filter_text: str) -> str:
    """A file to write, "" when the clerk cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / default_name), filter_text)
    return path


def ask_folder(parent: QWidget | None, title: str) -> str:
    """A folder to write into, "" when the clerk cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


def ask_open_path(parent: QWidget | None, title: str, filter_text: str) -> str:
    """A file to read, "" when the clerk cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
    return path


def offer_open(parent: QWidget | None, path, text: str) -> None:
    """Tell where the file went and offer to open it."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("Ceremony", "Saved"), text,
                                  QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                                  QMessageBox.StandardButton.Open)
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice."""
    QMessageBox.information(parent, title, text)


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal form; True when the clerk pressed OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted
