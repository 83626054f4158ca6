"""Screens speak Chinese, not jargon (issue 17 point 7): no "seed", "ticket", "(commitment)" on a screen, and a
digest shown on its own is short with a copy button, never the 64 digits as a heading."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.draw_gui import idle

JARGON = re.compile(r"seed|ticket|commitment|\(spec\)|（spec）", re.IGNORECASE)
FULL_DIGEST = re.compile(r"[0-9a-f]{64}")


@pytest.fixture
def zh(qapp):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_verify_checks_are_named_in_chinese(matched_ctx, qtbot, zh):
    from ui.wizards.verify_dialog import VerifyDialog
    dialog = VerifyDialog(matched_ctx)
    qtbot.addWidget(dialog)
    for row in range(2):                                   # the draw record, then the match record
        dialog.records.setCurrentRow(row)
        dialog.run_button.click()
        idle(qtbot, matched_ctx)
        proxy = dialog.view.model()
        names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
        assert names and not [n for n in names if re.search(r"[A-Za-z]", n)], names


def test_the_ceremony_result_shows_the_seed_short_with_a_copy_button(qtbot, zh):
    from PySide6.QtWidgets import QWidget

    from ui.wizards.ceremony import ResultPage
    page = ResultPage(None, "t", "s", "随机种子", QWidget(), "保存")
    qtbot.addWidget(page)
    seed = "ab12" * 16
    page.seed.set_digest(seed)
    assert page.seed.label.text() == "ab12ab12ab12ab12…"
    page.seed.copy_button.click()
    assert QApplication.clipboard().text() == seed


def test_the_audit_log_shows_its_head_short_with_a_copy_button(matched_ctx, qtbot, zh):
    from app import audit
    from ui.dialogs.audit_log import AuditLogDialog
    dialog = AuditLogDialog(matched_ctx)
    qtbot.addWidget(dialog)
    assert not FULL_DIGEST.search(dialog.summary.text())
    assert dialog.head.digest == audit.head()
    dialog.head.copy_button.click()
    assert QApplication.clipboard().text() == audit.head()


def test_the_draw_screen_has_no_jargon(matched_ctx, qtbot, zh):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView

    from ui.screens.draw import create_screen
    screen = create_screen(matched_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    idle(qtbot, matched_ctx)
    texts = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in screen.findChildren(QAbstractButton) if w.isVisible()]
    for view in screen.findChildren(QTableView):
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    found = [t for t in texts if JARGON.search(t)]
    assert not found, found
