"""The settings dialog saves through app.settings (value in the DB, audit entry) and refuses invalid input."""
from __future__ import annotations

import pytest

from app import audit
from app.audit.models import AuditEntry
from app.settings import service as settings


@pytest.fixture
def ctx(db, db_path):
    from ui.context import AppContext
    return AppContext(db_path)


@pytest.fixture
def dialog(qtbot, ctx):
    from ui.dialogs.settings_dialog import SettingsDialog
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    return dlg


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def test_loads_current_values(dialog):
    assert dialog.bureau.edits["bureau_name"].text() == "演示市市场监督管理局"
    assert dialog.districts.table.rowCount() == 10
    assert dialog.categories.selector.count() == 5
    assert dialog.categories.current_key() == "check_methods"
    assert dialog.categories.table.rowCount() == len(settings.result_lists().check_methods)
    assert dialog.categories.table.isColumnHidden(1)                 # 核查方式 are not categories
    assert dialog.changes() == {}


def test_edit_and_save_writes_db_and_audit(dialog, ctx, qtbot, warnings):
    before = AuditEntry.select().count()
    dialog.bureau.edits["contact_person"].setText("张三")
    dialog.bureau.edits["clerk_name"].setText("李四")
    dialog.categories.choose("item_results")
    dialog.categories.table.item(0, 0).setText("未发现问题（现场）")
    with qtbot.waitSignal(ctx.data_changed, timeout=1000):
        assert dialog.save() is True
    assert settings.get_setting("contact_person") == "张三"
    assert settings.result_lists().item_results[0] == "未发现问题（现场）"
    assert AuditEntry.select().count() == before + 1
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "settings.update"
    assert set(entry.payload["changed"]) == {"contact_person", "clerk_name", "result_lists"}
    assert entry.payload["changed"]["contact_person"] == {"old": "演示联系人", "new": "张三"}
    assert audit.verify().ok
    assert warnings == []


def test_district_edits_round_trip(dialog, warnings):
    table = dialog.districts.table
    dialog.districts.add_row()
    row = table.rowCount() - 1
    table.item(row, 0).setText("测试区")
    table.item(row, 1).setText("青岛市测试区、测试新区")
    table.item(row, 2).setText("370299, 370298")
    assert dialog.save()
    added = settings.districts()[-1]
    assert added == {"name": "测试区", "aliases": ["青岛市测试区", "测试新区"], "codes": ["370299", "370298"]}


def test_invalid_input_is_refused_with_the_chinese_message(dialog, warnings):
    before = AuditEntry.select().count()
    dialog.districts.table.item(1, 0).setText("市南区")       # a duplicate name
    assert dialog.save() is False
    assert warnings == ["区市名称不能重复。"]
    assert settings.district_names()[1] == "市北区"
    assert AuditEntry.select().count() == before
    assert dialog.result() == 0                                  # still open for correction

    dialog.districts.table.item(1, 0).setText("市北区")
    dialog.categories.choose("item_results")
    dialog.categories.add_entry()                                # an empty category
    assert dialog.categories.error.text() == "“检查结果”中有空白的项目。"   # shown as it is typed
    assert dialog.save() is False
    assert warnings[-1] == "“检查结果”中有空白的项目。"


def test_result_lists_problem_flag_and_order_are_saved(dialog, ctx, qtbot, warnings):
    from PySide6.QtCore import Qt
    tab = dialog.categories
    assert [tab.selector.item(i).text() for i in range(tab.selector.count())] == [
        "核查方式", "检查结果", "企业层面的检查结果", "公示信息检查结果", "后续处置措施"]
    tab.choose("enterprise_outcomes")
    assert not tab.table.isColumnHidden(1)
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    row = names.index("已注销")
    assert tab.table.item(row, 1).checkState() == Qt.CheckState.Unchecked
    tab.table.item(row, 1).setCheckState(Qt.CheckState.Checked)        # 已注销 now counts as a problem
    tab.table.setCurrentCell(row, 0)
    tab.move(-1)                                                          # and comes one place earlier
    tab.choose("followup_measures")                                       # switching lists keeps the edit
    tab.table.setCurrentCell(0, 0)
    tab.remove_selected()                                                 # 责令改正 removed
    assert tab.error.text() == ""
    with qtbot.waitSignal(ctx.data_changed, timeout=1000):
        assert dialog.save() is True
    lists = settings.result_lists()
    assert lists.counts_as_problem("已注销")
    assert lists.enterprise_outcomes.index("已注销") == row - 1
    assert "责令改正" not in lists.followup_measures
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert set(entry.payload["changed"]) == {"result_lists"}
    assert warnings == []


def test_result_lists_duplicate_is_shown_and_refused(dialog, warnings):
    tab = dialog.categories
    tab.choose("check_methods")
    tab.table.item(1, 0).setText(tab.table.item(0, 0).text())
    assert tab.error.text() == "“核查方式”中有重复的项目。"
    assert dialog.save() is False
    assert warnings[-1] == "“核查方式”中有重复的项目。"


def test_calendar_year_entered_by_hand(dialog, warnings):
    import datetime as dt

    from app import workdays
    tab = dialog.calendar
    tab.add_year(2031)
    assert not tab.holidays.isReadOnly()
    tab.holidays.setPlainText("2031-01-01\n2031-01-02")
    tab.workdays.setPlainText("2031-01-04")
    assert dialog.save()
    manual = settings.get_setting("calendar_manual")
    assert manual == {"2031": {"holidays": ["2031-01-01", "2031-01-02"], "workdays": ["2031-01-04"]}}
    assert 2031 in workdays.covered_years()
    assert workdays.is_workday(dt.date(2031, 1, 4)) and not workdays.is_workday(dt.date(2031, 1, 2))


def test_calendar_bad_date_is_refused(dialog, warnings):
    dialog.calendar.add_year(2031)
    dialog.calendar.holidays.setPlainText("2031-02-30")
    assert dialog.save() is False
    assert "2031-02-30" in warnings[-1] and "格式不正确" in warnings[-1]
    assert settings.get_setting("calendar_manual") == {}


def test_built_in_year_is_read_only(dialog):
    tab = dialog.calendar
    for row in range(tab.years.count()):
        if tab.years.item(row).data(0x0100) == 2020:
            tab.years.setCurrentRow(row)
    assert tab.holidays.isReadOnly()
    assert "2020-10-01" in tab.holidays.toPlainText()
    assert "2020-10-10" in tab.workdays.toPlainText()     # 国庆 make-up Saturday


def test_record_page_limit_is_loaded_and_saved(dialog, ctx, qtbot, warnings):
    assert dialog.bureau.record_pages.value() == 50            # the default (issue 18)
    dialog.bureau.record_pages.setValue(120)
    with qtbot.waitSignal(ctx.data_changed, timeout=1000):
        assert dialog.save() is True
    assert settings.get_setting("record_list_page_limit") == 120
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert set(entry.payload["changed"]) == {"record_list_page_limit"}
    assert warnings == []
