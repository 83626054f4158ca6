"""In-app help (issue 17 point 12): every screen, tab, wizard, wizard page and dialog has its help text,
F1 shows the text of what the clerk is looking at, the Help menu opens the guides."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

import ui.screens
import ui.wizards
from tests.support.draw_gui import idle
from ui.help import topics


def _widget_classes() -> list[type]:
    """Every QWidget subclass defined in a module of ui/screens and ui/wizards."""
    found = []
    for package in (ui.screens, ui.wizards):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == module.__name__ and issubclass(cls, QWidget):
                    found.append(cls)
    return found


def test_every_screen_page_and_dialog_has_its_help_text():
    classes = _widget_classes()
    names = {cls.__name__ for cls in classes}
    # the enumeration itself finds what it must (a screen, a tab, a wizard, a page, a dialog)
    assert {"DrawScreen", "ExportTab", "ImportWizard", "WitnessEntryPage", "VerifyDialog"} <= names
    registered = topics.topics()
    missing = sorted(f"{cls.__module__}.{cls.__name__}" for cls in classes
                     if cls.__name__ not in registered and cls.__name__ not in topics.PARTS)
    assert not missing, "没有帮助说明（resources/help/help_zh_CN.md）：" + "、".join(missing)
    for name in names & set(registered):
        text = registered[name].text
        assert len(text) >= 30 and "要准备好" in text, name     # what it does, and what to have ready
    stale = sorted(set(topics.PARTS) - names)
    assert not stale, f"PARTS names classes that no longer exist: {stale}"


def test_parse_refuses_a_section_written_twice():
    with pytest.raises(ValueError, match="DrawScreen"):
        topics.parse("## DrawScreen | a\ntext\n## DrawScreen | b\ntext\n")
    parsed = topics.parse("preface\n## A | 标题 一\n正文\n\n## B | b\nx\n")
    assert parsed["A"].title == "标题 一" and parsed["A"].text == "正文" and "preface" not in parsed["A"].text


@pytest.fixture
def ctx(matched_ctx):
    return matched_ctx          # the demo plan drawn and matched: every step opens


@pytest.fixture
def window(ctx, qtbot):
    from ui.main_window import MainWindow
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, ctx)
    return win


def _help_action(window, name: str):
    from PySide6.QtGui import QAction
    return window.findChild(QAction, name)


def _help_shown(window):
    from ui.help.viewer import HelpDialog
    dialog = window.findChild(HelpDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f1_on_a_screen_shows_its_help(window, qtbot, ctx):
    window.steps.select("draw")
    idle(qtbot, ctx)
    page = window.pages.currentWidget()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F1)
    dialog = _help_shown(window)
    assert dialog.topic.key == "DrawScreen"
    assert "随机抽取" in dialog.title.text() and "十面骰" in dialog.text.toPlainText()


def test_f1_in_a_tab_shows_the_tab_and_the_button_follows_the_page(window, qtbot, ctx):
    window.steps.select("packages")
    idle(qtbot, ctx)
    step = window.pages.currentWidget()
    step.tabs.setCurrentWidget(step.tab("progress"))
    idle(qtbot, ctx)
    step.tab("progress").setFocus()
    qtbot.keyClick(step.tab("progress"), Qt.Key.Key_F1)
    assert _help_shown(window).topic.key == "ProgressTab"
    # the focus on the step list (outside the page): the "?" button shows what the page shows
    window.steps.setFocus()
    _help_action(window, "helpThisPage").trigger()
    assert _help_shown(window).topic.key == "ProgressTab"


def test_f1_and_the_help_button_in_a_wizard_show_the_current_page(window, ctx, qtbot):
    from ui.wizards.import_wizard import ImportWizard
    wizard = ImportWizard(ctx, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    # the main window's hook attached F1 and the help button when the wizard got the focus
    assert wizard.testOption(QWizard.WizardOption.HaveHelpButton)
    assert wizard.button(QWizard.WizardButton.HelpButton).text() == "Help" or \
        wizard.button(QWizard.WizardButton.HelpButton).text() == "帮助"
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    qtbot.keyClick(wizard.button(QWizard.WizardButton.NextButton), Qt.Key.Key_F1)
    assert _help_shown(wizard).topic.key == "FilePage"
    wizard.button(QWizard.WizardButton.HelpButton).click()
    assert _help_shown(wizard).topic.key == "FilePage"


def test_a_dialog_opened_later_gets_f1_and_a_help_button(window, qtbot, ctx):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.help import hook
    from ui.screens.results_dialogs import ReturnDialog
    dialog = ReturnDialog("91370200MA3C0000XX", "青岛某某制品有限公司", window)
    qtbot.addWidget(dialog)
    dialog.show()
    hook.attach(dialog)
    box = dialog.findChildren(QDialogButtonBox)[0]
    assert box.button(QDialogButtonBox.StandardButton.Help) is not None
    box.button(QDialogButtonBox.StandardButton.Help).click()
    assert _help_shown(dialog).topic.key == "ReturnDialog"


def test_the_help_menu_opens_the_user_guide_inside_the_program(window, qtbot):
    import re

    from ui.help.viewer import GuideWindow, fit_images
    _help_action(window, "helpGuide").trigger()
    guide = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow) and w.isVisible()][-1]
    text = guide.browser.toPlainText()
    assert "用户手册" in text and "掷骰" in text
    assert guide.path.name == "用户手册.md" and guide.path.is_file()
    # every screenshot is in the document (found beside the Markdown), fitted to the window
    shown = len(re.findall(r"!\[[^\]]*\]\(img/", guide.path.read_text(encoding="utf-8")))
    assert shown >= 15 and fit_images(guide.browser, 860) == shown
    assert guide.findChild(QWidget, "guidePdf") is not None      # the PDF for printing, offered beside
