"""下发与回收 → 结果录入与审核, driven by pytest-qt on the demo plan drawn and matched.

A result entered through the dialog (its widgets filled one by one) is checked as it is typed: a problem
result without the problem text shows the message and is not saved; once complete it is saved as 已录入.
A district is approved at once with the reviewer named, a result is returned with a reason, the filters and
the current row stay where they were after every write, and a reviewed result opens read-only.
"""
from __future__ import annotations

import pytest

from app.draw.models import Inspection
from app.results import service as results_service
from app.results.models import ResultRevision
from app.results.queries import current_result
from tests.support.draw_gui import idle
from tests.support.results import complete_result

DISTRICT = "市南区"


@pytest.fixture
def screen(packages_step):
    return packages_step.tab("results")


@pytest.fixture
def asked(monkeypatch):
    """The screen's modal questions answered: `fill(dialog)` fills a form (OK when enabled), confirmations
    are recorded and answered with `answer`."""
    from PySide6.QtWidgets import QDialogButtonBox

    import ui.screens.results as module
    seen = {"confirm": [], "answer": True, "fill": lambda dialog: None}

    def fake_exec(dialog):
        seen["fill"](dialog)
        seen["dialog"] = dialog
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def fake_confirm(parent, title, text):
        seen["confirm"].append(text)
        return seen["answer"]

    monkeypatch.setattr(module, "exec_dialog", fake_exec)
    monkeypatch.setattr(module, "confirm", fake_confirm)
    return seen


def _keys(matched_draw, district=DISTRICT) -> list[str]:
    return [i.key for i in Inspection.select().where((Inspection.draw == matched_draw)
                                                     & (Inspection.district == district)
                                                     & (Inspection.active == True))  # noqa: E712
            .order_by(Inspection.key)]


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _select(screen, key: str) -> None:
    screen.table.select_keys([key], key)
    assert screen.table.current_key() == key


def _open_entry(qtbot, matched_ctx, screen, key):
    _select(screen, key)
    screen.enter_result()
    idle(qtbot, matched_ctx)
    dialog = screen.entry_dialog
    assert dialog is not None and dialog.data["key"] == key
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog, *, result: str, problem: str = "") -> None:
    """Every widget as a clerk fills it: each item checked on site, the date, two team members, the unit."""
    from PySide6.QtCore import QDate
    for row in dialog.rows:
        _choose(row.checked, True)
        _choose(row.method, "实地核查")
        _choose(row.result, result)
        row.problem.setText(problem)
    dialog.fields["check_date"].setDate(QDate(2020, 10, 26))
    for box, cert in dialog.fields["inspectors"].boxes:
        box.setChecked(cert in dialog.context.team)
    dialog.fields["unit"].setCurrentText("青岛市市南区市场监督管理局")
    dialog.fields["entered_by"].setText("张录入")


def _enter(matched_draw, keys):
    for key in keys:
        results_service.enter_result(matched_draw.draw_no, key, complete_result(matched_draw, key))


def _reload(qtbot, matched_ctx):
    from ui.changes import Changes
    matched_ctx.notify_changes(Changes(results=True))
    idle(qtbot, matched_ctx)


def test_the_step_page_is_a_tab_widget_with_the_results_tab(packages_step, screen):
    assert packages_step.tabs.objectName() == "packagesTabs"
    tabs = packages_step.tabs
    # A city copy: the district's 交回市局 tab is there but not shown (tests/ui/test_ui_district.py); the
    # city's 两级抽查 tab is (tests/ui/test_ui_two_level.py).
    assert [tabs.widget(i).objectName() for i in range(tabs.count()) if tabs.isTabVisible(i)] == \
        ["packages", "results", "progress", "two_level"]
    assert packages_step.tabs.indexOf(screen) == 1
    active = Inspection.select().where(Inspection.active == True).count()  # noqa: E712
    assert screen.table.model.rowCount() == active
    assert f"({active} inspections)" in screen.counts.text()


def test_entry_is_checked_as_typed_and_a_problem_needs_its_text(qtbot, matched_ctx, matched_draw, screen):
    key = _keys(matched_draw)[1]
    dialog = _open_entry(qtbot, matched_ctx, screen, key)
    assert not dialog.read_only and not dialog.save_button.isEnabled()      # nothing entered yet

    _fill(dialog, result="发现问题已责令改正")
    assert not dialog.save_button.isEnabled()
    assert all("须填写发现的问题" in row.error.text() and row.error.isVisibleTo(dialog) for row in dialog.rows)
    assert dialog.save() is False
    idle(qtbot, matched_ctx)
    assert current_result(matched_draw, key) is None                                  # nothing was written

    for row in dialog.rows:
        row.problem.setText("未按规定建立出厂检验记录")
    assert dialog.issues == [] and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        assert dialog.save() is True
    idle(qtbot, matched_ctx)
    saved = current_result(matched_draw, key)
    assert saved.status == "entered" and saved.content["check_date"] == "2020-10-26"
    assert {r["problem"] for r in saved.content["items"]} == {"未按规定建立出厂检验记录"}
    assert saved.content["inspectors"] == dialog.context.team
    assert screen.table.current_key() == key                                  # still on the same row
    assert screen.table.current_row()["status"] == "entered"


def test_unchecked_item_needs_a_reason_and_closes_its_other_fields(qtbot, matched_ctx, matched_draw, screen):
    dialog = _open_entry(qtbot, matched_ctx, screen, _keys(matched_draw)[0])
    _fill(dialog, result="未发现问题")
    row = dialog.rows[0]
    _choose(row.checked, False)
    assert not row.method.isEnabled() and row.reason.isEnabled()
    assert "未检查原因" in row.error.text() and not dialog.save_button.isEnabled()
    row.reason.setText("企业停产")
    assert row.error.text() == "" and dialog.save_button.isEnabled()
    assert dialog.content()["items"][0] == {"item": row.item, "checked": False, "reason": "企业停产",
                                            "method": "", "result": "", "problem": ""}


def test_check_date_is_limited_to_the_plan_period_and_publicity_needs_its_item(qtbot, matched_ctx, matched_draw,
                                                                               screen):
    from PySide6.QtCore import QDate
    with_publicity = next(i.key for i in Inspection.select().where(Inspection.draw == matched_draw)
                          if "年度报告公示信息检查" in i.items)
    without = next(i.key for i in Inspection.select().where(Inspection.draw == matched_draw) if len(i.items) == 1)
    dialog = _open_entry(qtbot, matched_ctx, screen, with_publicity)
    assert dialog.fields["publicity"].isEnabled()
    date = dialog.fields["check_date"]
    assert date.maximumDate() == QDate(2020, 11, 30) and date.minimumDate() == QDate(2020, 10, 19)
    assert date.value() == ""                      # the day before the period stands for "not filled"
    date.setDate(QDate(2021, 1, 5))                # clamped to the period's end
    assert date.value() == "2020-11-30"
    dialog.reject()
    dialog = _open_entry(qtbot, matched_ctx, screen, without)
    assert not dialog.fields["publicity"].isEnabled()


def test_review_the_district_and_the_filter_and_row_stay(qtbot, matched_ctx, matched_draw, screen, asked):
    keys = _keys(matched_draw)
    _enter(matched_draw, keys[:4])
    _reload(qtbot, matched_ctx)
    _choose(screen.district_combo, DISTRICT)
    assert {r["district"] for r in screen.table.visible_rows()} == {DISTRICT}
    assert len(screen.table.visible_rows()) == len(keys)
    _select(screen, keys[3])
    scroll = screen.table.view.verticalScrollBar().value()

    def fill(dialog):
        assert dialog.scope_district.isVisibleTo(dialog)
        dialog.scope_district.setChecked(True)
        dialog.reviewer.setText("王审核")
    asked["fill"] = fill
    screen.review()
    idle(qtbot, matched_ctx)
    assert asked["confirm"] and "4" in asked["confirm"][0] and DISTRICT in asked["confirm"][0]
    assert {current_result(matched_draw, k).status for k in keys[:4]} == {"reviewed"}
    assert {current_result(matched_draw, k).reviewer for k in keys[:4]} == {"王审核"}
    assert current_result(matched_draw, keys[4]) is None
    assert screen.district_combo.currentData() == DISTRICT                 # the filter stays
    assert screen.table.current_key() == keys[3]                          # and so does the row
    assert screen.table.view.verticalScrollBar().value() == scroll
    assert "已审核 4" in screen.counts.text()
    assert "王审核" in screen.message.text()


def test_review_confirmation_names_district_and_count_in_chinese(qtbot, matched_ctx, matched_draw, screen, asked, qapp):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        keys = _keys(matched_draw)
        _enter(matched_draw, keys)
        _reload(qtbot, matched_ctx)
        _choose(screen.district_combo, DISTRICT)
        _select(screen, keys[0])

        def fill(dialog):
            dialog.scope_district.setChecked(True)
            dialog.reviewer.setText("王审核")
        asked["fill"] = fill
        asked["answer"] = False                       # the clerk says no: nothing is reviewed
        screen.review()
        idle(qtbot, matched_ctx)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert asked["confirm"][0].startswith(f"审核通过{DISTRICT} {len(keys)} 户的检查结果")
    assert {current_result(matched_draw, k).status for k in keys} == {"entered"}


def test_review_of_selected_rows_only_takes_entered_ones(qtbot, matched_ctx, matched_draw, screen, asked):
    keys = _keys(matched_draw)
    _enter(matched_draw, keys[:2])
    _reload(qtbot, matched_ctx)
    screen.table.select_keys(keys[:3], keys[0])                 # two entered, one open
    assert screen.selected_entered() == keys[:2]
    asked["fill"] = lambda dialog: dialog.reviewer.setText("王审核")
    screen.review()
    idle(qtbot, matched_ctx)
    assert [current_result(matched_draw, k).status for k in keys[:2]] == ["reviewed", "reviewed"]
    assert current_result(matched_draw, keys[2]) is None
    assert screen.table.selected_keys() == sorted(keys[:3])     # the selection survived the reload


def test_return_needs_reviewer_and_reason(qtbot, matched_ctx, matched_draw, screen, asked):
    key = _keys(matched_draw)[2]
    _enter(matched_draw, [key])
    results_service.review_results(matched_draw.draw_no, [key], "王审核")
    _reload(qtbot, matched_ctx)
    _choose(screen.status_combo, "reviewed")
    _select(screen, key)
    assert screen.return_button.isEnabled()

    asked["fill"] = lambda dialog: dialog.reviewer.setText("王审核")       # no reason: OK stays disabled
    screen.return_result()
    idle(qtbot, matched_ctx)
    assert current_result(matched_draw, key).status == "reviewed"

    def fill(dialog):
        dialog.reviewer.setText("王审核")
        dialog.reason.setPlainText("检查日期与检查记录不符")
    asked["fill"] = fill
    screen.return_result()
    idle(qtbot, matched_ctx)
    returned = current_result(matched_draw, key)
    assert (returned.status, returned.reviewer, returned.reason) == ("returned", "王审核", "检查日期与检查记录不符")
    assert screen.status_combo.currentData() == "reviewed"       # the status filter stays
    assert screen.table.visible_rows() == []                    # the row left the filtered list
    _choose(screen.status_combo, "returned")
    assert [r["reason"] for r in screen.table.visible_rows()] == ["检查日期与检查记录不符"]


def test_reviewed_result_opens_read_only_and_history_lists_every_revision(qtbot, matched_ctx, matched_draw, screen):
    key = _keys(matched_draw)[0]
    _enter(matched_draw, [key])
    results_service.review_results(matched_draw.draw_no, [key], "王审核")
    _reload(qtbot, matched_ctx)
    dialog = _open_entry(qtbot, matched_ctx, screen, key)
    assert dialog.read_only
    assert dialog.hint.isVisibleTo(dialog) and "returned before it can be changed" in dialog.hint.text()
    assert not dialog.save_button.isVisibleTo(dialog)
    assert not dialog.rows[0].checked.isEnabled() and not dialog.fields["entered_by"].isEnabled()
    before = ResultRevision.select().count()
    assert dialog.save() is False
    assert ResultRevision.select().count() == before
    dialog.reject()

    results_service.return_result(matched_draw.draw_no, key, "王审核", "缺少检查人员签名")
    _reload(qtbot, matched_ctx)
    screen.show_history()
    history = screen.history_dialog
    qtbot.addWidget(history)
    rows = history.model.rows()
    assert [r["status"] for r in rows] == ["已录入", "已审核", "已退回"]
    assert rows[2]["reason"] == "缺少检查人员签名" and rows[1]["reviewer"] == "王审核"
    assert "检查日期：2020-10-20" in history.content.toPlainText()     # the newest revision's content

    dialog = _open_entry(qtbot, matched_ctx, screen, key)                       # returned: editable again
    assert not dialog.read_only and "缺少检查人员签名" in dialog.hint.text()


def test_main_window_opens_the_step_once_matched(qtbot, matched_ctx, matched_draw):
    from ui.main_window import MainWindow
    from ui.screens.packages import PackagesStep
    window = MainWindow(matched_ctx)
    qtbot.addWidget(window)
    assert window.steps.is_enabled("packages")
    window.steps.select("packages")
    idle(qtbot, matched_ctx)
    page = window.pages.page("packages")
    assert isinstance(page, PackagesStep) and page.tab("results") is not None
    key = _keys(matched_draw)[0]
    _enter(matched_draw, [key])
    _reload(qtbot, matched_ctx)
    assert "In progress" in window.steps.item_for("packages").text()
