"""The help hook: F1 in every window, a help button on wizards and dialogs, the Help menu's entries.

install(window, menu) is called once by the main window. It attaches F1 to the main window and, through
QGuiApplication.focusWindowChanged, to every wizard and dialog the moment it opens — so no screen,
wizard or dialog module needs a line of its own. F1 shows the topic (ui.help.topics) of the nearest
registered widget around the focus in a small non-modal window; the Help menu opens the user guide and
the verification guide (ui.help.viewer).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMainWindow, QMenu, QToolBar, QWidget, QWizard

from ui.help import topics
from ui.help.viewer import GUIDE, VERIFY_GUIDE, HelpDialog, open_guide

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

ATTACHED = "spotcheckHelp"      # the property marking a window that has its F1 already


def install(window: QMainWindow, menu: QMenu) -> None:
    """F1 and a "?" toolbar button on the main window, the Help menu's entries, and F1 on every
    window opened later."""
    attach(window)
    page_help = QAction(translate("Help", "Help for this page"), window)
    page_help.setObjectName("helpThisPage")
    page_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
    page_help.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)   # the window's QShortcut does the work
    page_help.setIconText("？")
    page_help.setToolTip(translate("Help", "What this page does and what you need ready (F1)"))
    page_help.triggered.connect(lambda: show_help(window))
    guide = QAction(translate("Help", "User guide…"), window)
    guide.setObjectName("helpGuide")
    guide.triggered.connect(lambda: open_guide(window, GUIDE))
    verify = QAction(translate("Help", "Verification guide for witnesses…"), window)
    verify.setObjectName("helpVerifyGuide")
    verify.triggered.connect(lambda: open_guide(window, VERIFY_GUIDE))
    first = menu.actions()[0] if menu.actions() else None
    for action in (page_help, guide, verify):
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    bar = QToolBar(translate("Help", "Help"))
    bar.setObjectName("helpToolbar")
    bar.setMovable(False)
    bar.addAction(page_help)
    window.addToolBar(bar)
    app = QApplication.instance()
    if isinstance(app, QGuiApplication) and not app.property(ATTACHED):
        app.setProperty(ATTACHED, True)
        app.focusWindowChanged.connect(_window_focused)


def _window_focused(handle: QWindow | None) -> None:
    if handle is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is handle:
            attach(widget)


def attach(window: QWidget) -> None:
    """F1 on this window and, on a wizard or a dialog that has a topic, a Help button. Once per window."""
    if window.property(ATTACHED) or isinstance(window, HelpDialog):
        return
    window.setProperty(ATTACHED, True)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(window))
    if isinstance(window, QWizard):
        window.setOption(QWizard.WizardOption.HaveHelpButton, True)
        window.setButtonText(QWizard.WizardButton.HelpButton, translate("Help", "Help"))
        window.helpRequested.connect(lambda: show_help(window))
    elif isinstance(window, QDialog) and topics.topic_of(window) is not None:
        boxes = window.findChildren(QDialogButtonBox)
        if boxes:
            button = boxes[0].addButton(QDialogButtonBox.StandardButton.Help)
            button.setText(translate("Help", "Help"))
            boxes[0].helpRequested.connect(lambda: show_help(window))


def show_help(window: QWidget) -> HelpDialog:
    """The topic of the focused widget (when it is in this window), else of what the window shows."""
    focus = QApplication.focusWidget()
    start = focus if focus is not None and focus.window() is window else window
    topic = topics.topic_for(start) or topics.topics().get("MainWindow")
    dialog = HelpDialog.of(window)
    dialog.show_topic(topic)
    return dialog
