"""The demo data from the clerk's side: the first-run choice, and File → Remove demo data….

A brand-new database (nothing in its audit log) asks once at start whether to try the program with the
bundled demo registers and plan or to start empty; `--empty` and `--demo-if-empty` answer beforehand
(ui.app). Removing the demo later is app.demo_remove (one logged change), refused once a draw used it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app import audit
from app.demo_remove import has_demo
from ui.operations import settings as settings_ops

DEMO, EMPTY = "demo", "empty"
translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def is_new_database() -> bool:
    """Nothing was ever done in this database: no entry in its audit log."""
    return not audit.entries(limit=1)


class FirstRunDialog(QDialog):
    """载入演示数据 / 从空白开始. `choice` is DEMO or EMPTY after exec (EMPTY when closed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = EMPTY
        self.setWindowTitle(self.tr("A new database"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "This database is still empty. You can try the program with demo data first: two fictional "
            "enterprise registers, inspectors, an avoidance list and a plan, with made-up bureau details. "
            "The demo data can be removed later (File → Remove demo data…) as long as no draw used it.\n\n"
            "Or start empty and import your own registers."))
        text.setWordWrap(True)
        text.setMinimumWidth(460)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.empty_button = QPushButton(self.tr("Start empty"))
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        self.empty_button.setDefault(True)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_first_run(window, ctx) -> str:
    """Ask on a new database; load the demo when chosen. Returns the choice (EMPTY when not asked)."""
    if not is_new_database():
        return EMPTY
    dialog = FirstRunDialog(window)
    dialog.exec()
    if dialog.choice == DEMO:
        settings_ops.load_demo(window, ctx).run()
    return dialog.choice


def remove_demo_data(window, ctx) -> None:
    """File → Remove demo data…: ask, then remove in one logged step (or say why it cannot)."""
    title = translate("DemoData", "Remove demo data")
    if not has_demo():
        QMessageBox.information(window, title, translate("DemoData", "There is no demo data in this database."))
        return
    answer = QMessageBox.question(
        window, title,
        translate("DemoData", "Remove the demo registers, the demo plan and the made-up bureau details? Your own "
                              "registers and plans stay. The removal is recorded in the audit log."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    done = translate("DemoData", "The demo data was removed.")
    settings_ops.remove_demo(window, ctx).success(lambda _summary: window.statusBar().showMessage(done, 8000)).run()
