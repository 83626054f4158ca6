"""Settings → 抽查事项清单 (view, add, edit, remove, import as new versions with a reason) and the plan wizard's
chooser of catalogue items (search, codes added, free text flagged)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from app.catalogue import items, queries
from app.catalogue.items import Entry


def _idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
    qtbot.wait(10)


@pytest.fixture
def quiet(monkeypatch):
    """Reasons typed and confirmations shown without a human."""
    import ui.dialogs.catalogue_tab as tab_module
    seen = {"info": [], "reason": "依据新规定修订"}
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (seen["reason"], True)))
    monkeypatch.setattr(tab_module, "show_info", lambda parent, title, text: seen["info"].append(text))
    return seen


@pytest.fixture
def tab(ctx, qtbot):
    from ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    yield dialog.catalogue
    dialog.close()   # held until here: qtbot keeps only a weak reference to the dialog


def test_settings_tab_shows_the_current_version_read_only(tab):
    assert tab.table.rowCount() == 4
    codes = [tab.table.item(r, 0).text() for r in range(4)]
    assert codes == ["GS-001", "SC-001", "SC-002", "SP-001"]
    assert "第 1 版" in tab.heading.text() or "version 1" in tab.heading.text()
    assert tab.table.editTriggers() == tab.table.EditTrigger.NoEditTriggers
    assert tab.values() == {}                  # nothing for the dialog's Save: versions are saved at once


def test_add_edit_remove_make_new_versions(tab, ctx, qtbot, quiet, monkeypatch):
    from ui.dialogs import catalogue_tab
    new = Entry("XX-9", "新增检查事项", "重点", "书面检查", "质量监管处", "企业", "《某法》第九条")
    monkeypatch.setattr(catalogue_tab.ItemDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(catalogue_tab.ItemDialog, "entry", lambda self: new)
    tab.add_item()
    _idle(qtbot, ctx)
    assert tab.table.rowCount() == 5 and queries.catalogue()["version"] == 2
    assert quiet["info"] and "2" in quiet["info"][-1]
    tab.table.selectRow([tab.table.item(r, 0).text() for r in range(5)].index("XX-9"))
    changed = Entry("XX-9", "新增检查事项", "一般", basis="《某法》第十条")
    monkeypatch.setattr(catalogue_tab.ItemDialog, "entry", lambda self: changed)
    tab.edit_selected()
    _idle(qtbot, ctx)
    assert items.resolve(["XX-9"])[0].entry.basis == "《某法》第十条"
    tab.table.selectRow([tab.table.item(r, 0).text() for r in range(5)].index("XX-9"))
    tab.remove_selected()
    _idle(qtbot, ctx)
    assert tab.table.rowCount() == 4 and queries.catalogue()["version"] == 4
    assert "修订原因：依据新规定修订" in queries.catalogue()["note"]


def test_import_a_new_version_from_a_file(tab, ctx, qtbot, quiet, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from tests.support.catalogue import ITEMS, write_catalogue
    path = write_catalogue(tmp_path / "新清单.xlsx", ITEMS[:2])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    tab.import_version()
    _idle(qtbot, ctx)
    assert tab.table.rowCount() == 2 and queries.catalogue()["version"] == 2
    assert "第四十九条" in tab.table.item(1, 6).text()


def test_wizard_chooser_adds_codes_and_flags_free_text(ctx, qtbot, monkeypatch):
    from ui.dialogs.catalogue_chooser import CatalogueChooser
    from ui.screens.plan import create_screen
    screen = create_screen(ctx)
    qtbot.addWidget(screen)
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    field = wizard.tasks_page.items_field
    field.edit.setPlainText("现场抽样检验")
    assert field.flag.isVisibleTo(field) and "现场抽样检验" in field.flag.text()
    chooser = CatalogueChooser(["SC-001"])
    qtbot.addWidget(chooser)
    assert chooser.chosen() == ["SC-001"]                        # what the task has is ticked
    chooser.search.setText("sp")
    visible = [chooser.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(chooser.list.count())
               if not chooser.list.isRowHidden(r)]
    assert visible == ["SP-001"]
    chooser.list.item(3).setCheckState(Qt.CheckState.Checked)
    assert chooser.chosen() == ["SC-001", "SP-001"]
    field.add_codes(chooser.chosen())
    assert field.edit.toPlainText().split("\n") == ["现场抽样检验", "SC-001", "SP-001"]
    assert "SC-001" not in field.flag.text() and "现场抽样检验" in field.flag.text()
    field.edit.setPlainText("SC-001\n获证企业条件检查")
    assert not field.flag.isVisibleTo(field)                       # a code and a catalogue name: nothing flagged


def test_registers_browser_shows_catalogue_rows(ctx):
    from app.registers.queries import browser_source
    from ui.screens.register_columns import browser_columns, short_kind
    version = items.current_version()
    rows, total = browser_source("catalogue", version.id, search="食品")(0, 50)
    assert total == 1
    shown = [c.value(rows[0]) for c in browser_columns("catalogue")]
    assert shown[0] == "SP-001" and "《中华人民共和国食品安全法》" in shown
    assert short_kind("catalogue") != "catalogue"
