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
        open_or_explain(parent, path)


def open_url(path) -> bool:
    """Hand a file or folder to the desktop; False when no program is set up for it (a PDF without a viewer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_or_explain(parent: QWidget | None, path) -> bool:
    """Open `path` with the desktop's program; when there is none, say so, naming the file and its folder,
    and offer to open the folder instead (a clerk clicking 打开 must never see nothing happen)."""
    path = Path(path)
    if open_url(path):
        return True
    if path.is_dir():
        _no_folder_program(parent, path)
        return False
    text = QCoreApplication.translate(
        "OpenFile", "No program on this computer opens the file “%1” (for a PDF: a PDF reader must be installed). "
                    "The file was written; it is in the folder\n%2\nOpen the folder?")
    if confirm(parent, QCoreApplication.translate("OpenFile", "Cannot open the file"),
               text.replace("%1", path.name).replace("%2", str(path.parent))) and not open_url(path.parent):
        _no_folder_program(parent, path.parent)
    return False


def _no_folder_program(parent: QWidget | None, folder: Path) -> None:
    inform(parent, QCoreApplication.translate("OpenFile", "Cannot open the folder"),
           QCoreApplication.translate("OpenFile", "This computer has no program set up to show the folder %1. "
                                                  "Open it in the file manager yourself.").replace("%1", str(folder)))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice."""
    QMessageBox.information(parent, title, text)


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal form; True when the clerk pressed OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted
