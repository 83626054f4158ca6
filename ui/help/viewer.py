"""The help windows: one topic (F1) and the guides (the Help menu).

The guides are the Markdown files of docs/ (用户手册.md, 验证指南.md) with their screenshots, shown in a
QTextBrowser inside the program: no PDF viewer, browser or network is needed on a bureau PC, and the
bundle carries the same files (build_installer.spec). The PDF of the user guide, for printing, is
offered beside it when it is there.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.paths import install_root
from ui.help.topics import Topic
from ui.widgets.labels import page_title

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

GUIDE = "用户手册.md"
VERIFY_GUIDE = "验证指南.md"


def guide_path(name: str) -> Path:
    """A guide in docs/ of the source tree or of the bundle (the same layout)."""
    return install_root() / "docs" / name


class HelpDialog(QDialog):
    """One per window, non-modal, so the clerk keeps it open beside the page (also beside a wizard)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(translate("Help", "Help"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.title = page_title("", 1.3)
        self.title.setObjectName("helpTitle")
        layout.addWidget(self.title)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Help", "Close"))
        guide = QPushButton(translate("Help", "Open the user guide"))
        guide.setObjectName("helpOpenGuide")
        guide.clicked.connect(lambda: open_guide(self.parentWidget() or self, GUIDE))
        buttons.addButton(guide, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 440)
        self.topic: Topic | None = None

    @classmethod
    def of(cls, window: QWidget) -> HelpDialog:
        dialog = window.findChild(HelpDialog, "helpDialog")
        return dialog if dialog is not None else cls(window)

    def show_topic(self, topic: Topic | None) -> None:
        self.topic = topic
        if topic is None:
            self.title.setText(translate("Help", "Help"))
            self.text.setPlainText(translate("Help", "This window has no help text; see the user guide."))
        else:
            self.title.setText(topic.title)
            self.text.setMarkdown(topic.text)
        self.show()
        self.raise_()
        self.activateWindow()


IMAGE_WIDTH = 860      # the screenshots are 1366 px wide: shown at a width the window holds


def fit_images(browser: QTextBrowser, width: int) -> int:
    """Every image of the document at `width` pixels (the height follows the image's proportions)."""
    document = browser.document()
    count = 0
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                image.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
                count += 1
            pieces += 1
        block = block.next()
    return count


class GuideWindow(QDialog):
    """A guide rendered from its Markdown, with its images, inside the program."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setModal(False)
        self.path = path
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        self.note = QLabel()
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Help", "Close"))
        pdf = path.with_suffix(".pdf")
        if pdf.is_file():
            button = QPushButton(translate("Help", "Open the PDF for printing"))
            button.setObjectName("guidePdf")
            button.clicked.connect(lambda: self._open_pdf(pdf))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if path.is_file():
            self.setWindowTitle(path.stem)
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
            fit_images(self.browser, IMAGE_WIDTH)
        else:
            self.setWindowTitle(translate("Help", "User guide"))
            self.browser.setPlainText(translate("Help", "The guide was not found: %1").replace("%1", str(path)))
        self.resize(960, 720)

    def _open_pdf(self, pdf: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))):
            self.note.setText(translate(
                "Help", "No PDF viewer opened the file; it is here: %1").replace("%1", str(pdf)))


def open_guide(parent: QWidget, name: str) -> GuideWindow:
    window = GuideWindow(guide_path(name), parent)
    window.show()
    return window
