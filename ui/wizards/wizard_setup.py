"""What the import and plan wizards share: their buttons and their size.

- setup_wizard: window title, classic style and the Next/Back/Cancel button texts.
- fit_to_screen: a comfortable first size, never larger than the screen.

Their error lines, error texts and long reads are the widgets' (ui.widgets.labels, ui.widgets.reads).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def setup_wizard(wizard: QWizard, title: str, finish: str) -> None:
    """Title, classic style, no Back on the first page, and the buttons' words (finish: the last button's).

    Next and Back carry mnemonics (Alt+N, Alt+B; 下一步(N) / 上一步(B) in Chinese), as Qt's own wizard buttons do."""
    wizard.setWindowTitle(title)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setButtonText(QWizard.WizardButton.NextButton, translate("WizardKit", "&Next >"))
    wizard.setButtonText(QWizard.WizardButton.BackButton, translate("WizardKit", "< &Back"))
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
