"""The plan wizard's scope page: 按信用风险分类设定比例 with each class's frame and quota before the
commitment, and a targeted filter shown as a Chinese sentence (issue 16)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidgetItem, QWizard

from tests.support import targeted as tg


@pytest.fixture
def ctx(blank_ctx):
    return blank_ctx


@pytest.fixture
def data(ctx, tmp_path):
    rows = tg.rows()
    tg.import_register(tmp_path, rows)
    return rows


@pytest.fixture
def wizard(ctx, data, qtbot):
    from ui.wizards.plan_wizard import PlanWizard
    w = PlanWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    b = w.basics
    b.title_edit.setText("2021年度信用风险分类抽查")
    b.start_edit.setDate(QDate(2021, 5, 10))
    b.due_edit.setDate(QDate(2021, 6, 15))
    b.end_edit.setDate(QDate(2021, 6, 30))
    w.next()
    t = w.tasks_page
    t.name_edit.setText("分类抽查")
    t.name_edit.textEdited.emit("分类抽查")
    t.register_combo.setCurrentText(tg.NAME)
    t.items_edit.setPlainText("产品质量安全监督检查")
    w.next()
    assert w.currentPage() is w.scope_page
    return w


def _set(table, row, col, text):
    table.setItem(row, col, QTableWidgetItem(text))


def test_risk_choice_shows_each_class_frame_and_quota_and_saves_sub_tasks(wizard, ctx, data, qtbot):
    page = wizard.scope_page
    assert page.risk.title() == "Ratio per credit-risk class (按信用风险分类设定比例)"
    assert page.risk.column_combo.currentText() == "信用风险分类"      # the register's column is offered
    page.risk.setChecked(True)
    for col, ratio in enumerate(["1%", "2%", "10%", "30%"]):
        _set(page.risk.table, 0, col, ratio)
    page.show_preview()
    shown = {}
    for r in range(page.preview.rowCount()):
        cells = [page.preview.item(r, c).text() for c in range(6)]
        if cells[3] == "Total":
            shown[cells[0]] = (cells[1], cells[2], int(cells[4]), int(cells[5]))
    live = tg.operating(data)
    for cls, ratio, pct in (("A", 100, "1%"), ("B", 50, "2%"), ("C", 10, "10%"), ("D", 10, "30%")):
        rows = [r for r in live if r["class"] == cls]
        by_district = {}
        for r in rows:
            by_district[r["district"]] = by_district.get(r["district"], 0) + 1
        mult = 3 if cls == "D" else 1
        quota = sum(-(-n * mult // ratio) for n in by_district.values())
        assert shown[f"T1-{cls}"][1:] == (pct, len(rows), quota)
    assert shown["T1-A"][0] == "A类（低风险）"
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.review
    assert "By credit-risk class: A类（低风险）1%" in wizard.review.summary.toPlainText()
    with qtbot.waitSignal(wizard.plan_saved, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)
    from app.draw import plans
    [plan] = plans.list_plans()
    assert [t["code"] for t in plans.plan_summary(plan)["tasks"]] == ["T1-A", "T1-B", "T1-C", "T1-D"]
    from ui.wizards.plan_wizard import PlanWizard
    again = PlanWizard(ctx, plan.id)              # editing folds the sub-tasks back into one task
    qtbot.addWidget(again)
    assert again.tasks_page.tasks()[0]["code"] == "T1"
    assert again.plan_data()["task"][0]["risk"]["ratios"] == {"A": "1/100", "B": "1/50", "C": "1/10", "D": "3/10"}


def test_targeted_filter_shown_as_a_sentence_and_bad_value_named(wizard, qtbot):
    editor = wizard.scope_page.where
    editor.setChecked(True)
    editor.add_row({"column": "行业代码", "op": "starts", "value": ["C33"]})
    editor.add_row({"column": "成立日期", "op": "between", "value": ["2015-01-01", "2019-12-31"]})
    editor.add_row({"column": "企业类型", "op": "eq", "value": ["个体工商户"]}, negated=True)
    assert editor.sentence.text() == ("Frame: 行业代码以 C33 开头，且成立日期在 2015-01-01 至 2019-12-31 之间，"
                                      "且企业类型不属于 个体工商户")
    editor.any_radio.setChecked(True)
    assert "，或成立日期在" in editor.sentence.text()
    editor.table.item(1, 3).setText("2015-02-30 至 2019-12-31")
    assert editor.sentence.text() == "" and "列“成立日期”的日期“2015-02-30”无法识别" in editor.error.text()
    editor.table.item(1, 3).setText("2015-01-01 至 2019-12-31")
    editor.all_radio.setChecked(True)
    editor.table.cellWidget(0, 1).setCurrentText("监管等级")
    wizard.scope_page.show_preview()
    assert "筛选条件中的列“监管等级”" in wizard.scope_page.error.text()
    assert wizard.scope_page.preview.rowCount() == 0
