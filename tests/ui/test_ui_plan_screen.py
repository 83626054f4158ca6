"""The plan step: plans list and details, create from TOML, the plan wizard (real services, real database)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

ROOT = Path(__file__).resolve().parents[2]
SEED_TOML = ROOT / "data" / "plan-2020.toml"


@pytest.fixture
def ctx(blank_ctx):
    """This module's screens start from an empty database."""
    return blank_ctx


def _wait_idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)


def _plans():
    from app.draw import plans
    return plans.list_plans()


@pytest.fixture
def screen(ctx, qtbot):
    from ui.screens.plan import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def test_empty_database_shows_hint(screen):
    assert screen.plans_model.rowCount() == 0
    assert screen.empty_label.isVisible()
    assert not screen.edit_button.isEnabled()


def test_create_from_seed_toml_shows_tasks_and_deadlines(screen, ctx, qtbot):
    screen.create_from_file(SEED_TOML)
    _wait_idle(qtbot, ctx)
    plans = _plans()
    assert len(plans) == 1
    assert ctx.current_plan_id == plans[0].id
    assert screen.fields["number"].text() == "局函〔2020〕277号"
    assert screen.tasks_model.rowCount() == 2
    codes = [screen.tasks_model.index(r, 0).data() for r in range(2)]
    assert codes == ["T1", "T2"]
    assert "1/5" in screen.tasks_model.index(0, 3).data()
    texts = [screen.deadlines_form.itemAt(i, screen.deadlines_form.ItemRole.FieldRole).widget().text()
             for i in range(screen.deadlines_form.rowCount())]
    # 2020-10-20 (Tue) + 5 working days = 10-27; + 5 more = 11-03
    assert "2020-10-27" in texts and "2020-11-03" in texts
    assert screen.message.level == "info"


def test_uncovered_calendar_year_shows_chinese_message(screen, ctx, qtbot):
    from app.draw import plans
    plan = plans.create_plan({"title": "远期计划", "start": "2099-03-01", "due": "2099-03-20", "end": "2099-03-31",
                              "task": [{"code": "T1", "name": "甲", "register": "某名录", "ratio": "1/5",
                                        "items": ["检查"]}]})
    ctx.notify_data_changed()
    ctx.set_current_plan(plan.id)
    texts = [screen.deadlines_form.itemAt(i, screen.deadlines_form.ItemRole.FieldRole).widget().text()
             for i in range(screen.deadlines_form.rowCount())]
    assert any("工作日历中没有 2099 年" in t for t in texts)


def test_broken_toml_shows_chinese_error_and_writes_nothing(screen, ctx, qtbot, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "x"\nstart = 2020-10-20\n[[task]\n', encoding="utf-8")
    screen.create_from_file(bad)
    _wait_idle(qtbot, ctx)
    assert _plans() == []
    assert screen.message.level == "error"
    assert "TOML" not in screen.message.text() and "不是本程序可读的抽查计划文件" in screen.message.text()


def test_selecting_a_plan_sets_current_plan(screen, ctx, qtbot):
    from app.draw import plans
    base = {"start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30",
            "task": [{"code": "T1", "name": "甲", "register": "名录", "ratio": "20%", "items": ["检查"]}]}
    a = plans.create_plan({"title": "计划甲", **base})
    b = plans.create_plan({"title": "计划乙", **base})
    ctx.notify_data_changed()
    screen.plans_view.selectRow(0)
    assert ctx.current_plan_id == a.id
    assert screen.fields["title"].text() == "计划甲"
    screen.plans_view.selectRow(1)
    assert ctx.current_plan_id == b.id
    ctx.set_current_plan(a.id)         # from elsewhere (e.g. the draw step)
    assert screen.current_plan().id == a.id


def _fill_wizard(wizard, *, title="2020年度双随机抽查", ratio="1/5", items="获证资格及条件检查，产品质量安全监督检查"):
    basics, tasks = wizard.basics, wizard.tasks_page
    basics.title_edit.setText(title)
    basics.number_edit.setText("局函〔2020〕277号")
    from PySide6.QtCore import QDate
    basics.start_edit.setDate(QDate(2020, 10, 20))
    basics.due_edit.setDate(QDate(2020, 11, 15))
    basics.end_edit.setDate(QDate(2020, 11, 30))
    tasks.name_edit.setText("工业产品生产许可证获证企业")
    tasks.name_edit.textEdited.emit(tasks.name_edit.text())
    tasks.register_combo.setCurrentText("工业产品生产许可证获证企业")
    tasks.ratio_edit.setText(ratio)
    tasks.ratio_edit.textEdited.emit(ratio)
    tasks.items_edit.setPlainText(items)


def test_wizard_creates_plan_through_service(screen, ctx, qtbot):
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    _fill_wizard(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.tasks_page
    # a second task, fixed count (city-wide)
    wizard.tasks_page.add_task()
    t = wizard.tasks_page
    t.name_edit.setText("食品相关产品企业")
    t.name_edit.textEdited.emit(t.name_edit.text())
    t.register_combo.setCurrentText("食品相关产品生产企业")
    t.count_radio.setChecked(True)
    t.count_spin.setValue(30)
    t.items_edit.setPlainText("产品质量安全监督检查")
    wizard.next()
    assert wizard.currentPage() is wizard.scope_page        # risk ratios and targeted filters: optional
    wizard.next()
    assert wizard.currentPage() is wizard.matching          # every district matched by the city: the default
    wizard.next()
    assert wizard.currentPage() is wizard.review
    assert "食品相关产品企业" in wizard.review.summary.toPlainText()
    with qtbot.waitSignal(wizard.plan_saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    _wait_idle(qtbot, ctx)
    plans = _plans()
    assert len(plans) == 1
    from app.draw import plans as plan_service
    summary = plan_service.plan_summary(plans[0])
    assert summary["number"] == "局函〔2020〕277号"
    assert [t["ratio"] for t in summary["tasks"]] == ["1/5", "n=30"]
    assert summary["tasks"][0]["items"] == ["获证资格及条件检查", "产品质量安全监督检查"]
    assert summary["tasks"][0]["stratified"] is True and summary["tasks"][1]["stratified"] is False
    assert ctx.current_plan_id == plans[0].id
    assert screen.tasks_model.rowCount() == 2
    assert summary["self_matching"] == [] and "options" not in plans[0].source_toml
    assert screen.fields["matching"].text() == "Every district is matched by the city"


def test_wizard_sets_districts_matched_in_their_own_copies(screen, ctx, qtbot):
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    _fill_wizard(wizard)
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.matching
    assert wizard.currentPage() is page
    assert {box.currentText() for box in page.choices.values()} == {"Matched by the city"}   # the default
    page.choices["市北区"].setCurrentIndex(1)
    page.choices["李沧区"].setCurrentText("Matched in the district's own copy")
    wizard.next()
    text = wizard.review.summary.toPlainText()
    assert "Matched in the districts' own copies: 市北区、李沧区; the other districts by the city" in text
    with qtbot.waitSignal(wizard.plan_saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    _wait_idle(qtbot, ctx)
    [plan] = _plans()
    assert plan.options == {"self_matching": ["市北区", "李沧区"]}
    assert "市北区、李沧区" in screen.fields["matching"].text()
    screen.edit_plan()                                   # the choice comes back when the plan is edited
    again = screen._wizard
    qtbot.addWidget(again)
    assert sorted(again.matching.self_matching()) == ["市北区", "李沧区"]
    again.reject()


def test_wizard_shows_service_error_and_stays(screen, ctx, qtbot):
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    _fill_wizard(wizard, ratio="150%")
    wizard.next()
    wizard.next()       # refused: the ratio is over 100 %
    assert wizard.currentPage() is wizard.tasks_page
    assert "抽查比例" in wizard.tasks_page.error.text()
    assert _plans() == []
    # dates in the wrong order are refused on the first page
    wizard.back()
    from PySide6.QtCore import QDate
    wizard.basics.due_edit.setDate(QDate(2020, 12, 15))
    wizard.next()
    assert wizard.currentPage() is wizard.basics
    assert "start" in wizard.basics.error.text() and "≤" in wizard.basics.error.text()


def test_wizard_cancel_writes_nothing(screen, ctx, qtbot):
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    _fill_wizard(wizard)
    wizard.next()
    wizard.next()
    wizard.reject()
    _wait_idle(qtbot, ctx)
    assert _plans() == []


def test_edit_and_delete_draft_plan(screen, ctx, qtbot):
    screen.create_from_file(SEED_TOML)
    _wait_idle(qtbot, ctx)
    plan_id = ctx.current_plan_id
    screen.edit_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    assert wizard.basics.title_edit.text().startswith("2020年度")
    assert len(wizard.tasks_page.tasks()) == 2
    wizard.basics.title_edit.setText("改过的标题")
    for _page in ("tasks", "scope", "matching", "review"):
        wizard.next()
    with qtbot.waitSignal(wizard.plan_saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    _wait_idle(qtbot, ctx)
    from app.draw import plans
    plan = plans.get_plan(plan_id)
    assert plan.title == "改过的标题"
    assert plan.conditional_items and plan.conditional_items[0]["item"] == "年度报告公示信息检查"
    screen.delete_plan(confirm=False)
    _wait_idle(qtbot, ctx)
    assert _plans() == []


def test_frozen_plan_is_shown_read_only_and_wizard_offers_enterprise_registers(ctx, qtbot):
    from app.demo import load_demo
    from app.draw import plans, service
    load_demo()
    plan = plans.list_plans()[0]
    service.commit_draw(plan.id)
    from ui.screens.plan import create_screen
    screen = create_screen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    ctx.set_current_plan(plan.id)
    assert screen.current_plan().id == plan.id
    assert screen.current_plan().status == "frozen"
    assert not screen.edit_button.isEnabled() and not screen.delete_button.isEnabled()
    assert screen.fields["status"].text() in ("Frozen (draw committed)", "已冻结（已提交抽取承诺）")
    screen.new_plan()
    wizard = screen._wizard
    qtbot.addWidget(wizard)
    combo = wizard.tasks_page.register_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == sorted(["工业产品生产许可证获证企业", "食品相关产品生产企业"])
    wizard.reject()
