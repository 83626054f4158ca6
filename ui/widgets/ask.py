"""Questions and notices put to the clerk: where to save, what to open, "open it now?", "done".

Every modal question of the draw and match GUI goes through these functions,
called as `ask.ask_folder(...)` (module attribute), so tests replace them with
monkeypatch.setattr(ui.widgets.ask, "ask_folder", ...) and run without a human.

Each file question names the kind of file (REGISTERS, PLANS, RECORDS …): the dialog opens in the
folder that kind of file was last taken from or written to (kept per user in QSettings, not in the
database: it is this clerk's habit, not campaign data), so the clerk does not walk from the home
folder to the same shared drive for every record.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

# Kinds of file, each with its own remembered folder.
REGISTERS = "registers"        # register files to import (enterprises, inspectors, catalogue, risk lists)
PLANS = "plans"                # plan files
RECORDS = "records"            # commitment sheets, draw and match records (and records to verify)
DOCUMENTS = "documents"        # notices, forms, labels …
PACKAGES = "packages"          # work packages out
RETURNS = "returns"            # returned work packages and district return files
SHARES = "shares"              # share files between city and district
REPORTS = "reports"            # error reports, charts, statistics, publication files, summary, archive
OTHER = "other"

_GROUP = "last_folder"


def settings() -> QSettings:
    """The per-user store (an ini file in the user's configuration folder; tests point it at a temporary one)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "spotcheck", "spotcheck-gui")


def last_folder(kind: str) -> str:
    """The folder this kind of file was last chosen in, if it still exists; else the home folder."""
    value = settings().value(f"{_GROUP}/{kind}", "")
    return value if isinstance(value, str) and value and Path(value).is_dir() else str(Path.home())


def remember_folder(kind: str, chosen: str | Path) -> None:
    """Remember the folder of `chosen` (a folder, or a file in one) for the next question of this kind."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    store = settings()
    store.setValue(f"{_GROUP}/{kind}", str(folder))
    store.sync()


def ask_save_path(parent: QWidget | None, title: str, default_name: str, filter_text: str, *,
                  kind: str = OTHER, start: str | Path | None = None) -> str:
    """A file to write, "" when the clerk cancelled. The dialog itself asks before replacing a file."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start or last_folder(kind)) / default_name),
                                          filter_text)
    if path:
        remember_folder(kind, Path(path).parent)
    return path


def ask_folder(parent: QWidget | None, title: str, *, kind: str = OTHER, start: str | Path | None = None) -> str:
    """A folder to write into, "" when the clerk cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start or last_folder(kind)))
    if folder:
        remember_folder(kind, folder)
    return folder


def ask_open_path(parent: QWidget | None, title: str, filter_text: str, *, kind: str = OTHER,
                  start: str | Path | None = None) -> str:
    """A file to read, "" when the clerk cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start or last_folder(kind)), filter_text)
    if path:
        remember_folder(kind, path)
    return path


def ask_open_paths(parent: QWidget | None, title: str, filter_text: str, *, kind: str = OTHER) -> list[str]:
    """Files to read (several at once), [] when the clerk cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, last_folder(kind), filter_text)
    if paths:
        remember_folder(kind, paths[0])
    return list(paths)


def confirm_overwrite(parent: QWidget | None, folder: str | Path, names: Iterable[str]) -> bool:
    """Before writing into `folder`: True when none of `names` is there, or the clerk agrees to replace those
    that are (named in the question)."""
    present = [name for name in names if (Path(folder) / name).exists()]
    if not present:
        return True
    text = QCoreApplication.translate(
        "Ask", "The folder %1 already holds:\n%2\n\nReplace these files with the new ones?").replace(
        "%1", str(folder)).replace("%2", "\n".join(present))
    answer = QMessageBox.question(parent, QCoreApplication.translate("Ask", "Replace files?"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


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
