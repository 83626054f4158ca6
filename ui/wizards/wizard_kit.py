"""What the import and plan wizards share: their buttons, their size, their inline errors, their long reads.

- setup_wizard: window title, classic style and the Next/Back/Cancel button texts.
- fit_to_screen: a comfortable first size, never larger than the screen.
- error_label / set_error: the red, selectable line under a page's fields.
- error_text: an exception as the clerk reads it (app/ messages are Chinese already).
- run_read: a long read-only service call (preview, validation) on the task runner,
  its progress dialog over the wizard. Writes go through ui/operations instead;
  progress_over puts their progress dialog over the wizard too.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from app.errors import SpotcheckError

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def setup_wizard(wizard: QWizard, title: str, finish: str) -> None:
    """Title, classic style, no Back on the first page, and the buttons' words (finish: the last button's)."""
    wizard.setWindowTitle(title)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setButtonText(QWizard.WizardButton.NextButton, translate("WizardKit", "Next >"))
    wizard.setButtonText(QWizard.WizardButton.BackButton, translate("WizardKit", "< Back"))
    wizard.setButtonText(QWizard.WizardButton.FinishButton, finish)
    wizard.setButtonText(QWizard.WizardButton.CancelButton, translate("WizardKit", "Cancel"))


def fit_to_screen(widget: QWidget, width: int = 980, height: int = 680) -> None:
    """A comfortable first size for a wizard, never larger than 92 % of the screen it opens on."""
    screen = (widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen())
    size = QSize(width, height).expandedTo(widget.minimumSizeHint())
    if screen is not None:
        avail = screen.availableGeometry().size()
        size = size.boundedTo(QSize(int(avail.width() * 0.92), int(avail.height() * 0.92)))
    widget.resize(size)


def error_label() -> QLabel:
    """A hidden red line for a page's error; set_error shows it with a text and hides it without."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a1c13;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def error_text(exc: BaseException) -> str:
    """app/ errors are Chinese already; anything else gets a generic Chinese lead-in."""
    if isinstance(exc, SpotcheckError):
        return str(exc)
    return translate("WizardKit", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


@contextmanager
def progress_over(ctx, owner: QWidget) -> Iterator[None]:
    """Tasks started inside show their progress dialog over `owner` (a wizard) instead of the main window."""
    runner = ctx.tasks
    previous = runner.parent_widget
    runner.parent_widget = owner
    try:
        yield
    finally:
        runner.parent_widget = previous


def run_read(ctx, owner: QWidget, fn, **kw):
    """A long read-only call (fn(progress, cancel)) on ctx.tasks, its progress dialog over `owner`."""
    with progress_over(ctx, owner):
        return ctx.tasks.run(fn, **kw)
