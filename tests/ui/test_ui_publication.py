"""结果公示 (step 7), driven by pytest-qt on the demo plan drawn and matched with results entered and approved
through the services: the publication file exported from its tab (dialogs answered) and read back, a
follow-up closed through its dialog, the candidates with their legal basis, the statistics tab's counts and
charts, and the step's state in the step list."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.publish.models import PublicationExport
from app.results import service as results_service
from app.results.queries import current_result
from tests.support.draw_gui import idle
from tests.support.results import complete_result, first_keys
from ui.changes import Changes

UNREACHABLE = "通过登记的住所（经营场所）无法联系"


def _outcome_result(draw, key, outcome=UNREACHABLE):
    content = complete_result(draw, key)
    content["items"] = [{"item": r["item"], "checked": None, "method": "", "result": "", "problem": ""}
                        for r in content["items"]]
    content["outcome"] = outcome
    return content


@pytest.fixture
def campaign(matched_draw):
    """Five results in 市南区: two clean, one 待后续处理, one unreachable (all four approved), one only entered."""
    keys = first_keys(matched_draw, 5, "市南区")
    results = [complete_result(matched_draw, keys[0]), complete_result(matched_draw, keys[1]),
               complete_result(matched_draw, keys[2], result="发现问题待后续处理", problem="未建立进货查验记录"),
               _outcome_result(matched_draw, keys[3]), complete_result(matched_draw, keys[4])]
    for key, content in zip(keys, results, strict=True):
        results_service.enter_result(matched_draw.draw_no, key, content)
    results_service.review_results(matched_draw.draw_no, keys[:4], "王审核")
    return keys


@pytest.fixture
def step(campaign, matched_ctx, qtbot):
    from ui.screens.publication import create_screen
    widget = create_screen(matched_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    idle(qtbot, matched_ctx)
    return widget


def test_tabs_and_deadline_list(step, campaign):
    assert [step.tabs.tabText(i) for i in range(step.tabs.count())] == ["Publication export", "Follow-up",
                                                                        "Statistics", "Summary and archive"]
    tab = step.tab("export")
    rows = {r["key"]: r for r in tab.table.model.rows()}
    assert set(rows) == set(campaign)                         # entered and approved ones, none open
    assert rows[campaign[4]]["status"] == "entered" and rows[campaign[0]]["status"] == "reviewed"
    assert all(r["deadline"] and r["exported_on"] is None for r in rows.values())
    # the demo's check dates lie years back: every unexported one is overdue, shown in red
    assert all(r["overdue"] for r in rows.values())
    index = tab.table.proxy.index(0, 0)
    colour = tab.table.model.data(tab.table.proxy.mapToSource(index), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#b3261e"
    assert "5 inspection(s) with a result" in tab.summary.text() and "5 overdue" in tab.summary.text()
    assert tab.export_button.isEnabled()


def test_export_from_the_tab_writes_and_records_the_file(step, campaign, matched_ctx, matched_draw, qtbot,
                                                         tmp_path, monkeypatch):
    from ui.widgets import ask
    tab = step.tab("export")
    tab.show_combo.setCurrentIndex(tab.show_combo.findData("pending"))
    tab.table.select((matched_draw.draw_no, campaign[1]))
    def options(dialog):
        dialog.csv.setChecked(True)
        return True

    monkeypatch.setattr(ask, "exec_dialog", options)
    monkeypatch.setattr(ask, "ask_save_path", lambda parent, title, name, flt, **kw: str(tmp_path / name))
    tab.export_button.click()
    idle(qtbot, matched_ctx)
    [export] = PublicationExport.select()
    path = tmp_path / "结果公示.xlsx"
    assert export.file_name == path.name and path.is_file() and path.with_suffix(".csv").is_file()
    sheet = openpyxl.load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:5] == ("抽查计划名称", "抽查计划编号", "抽查任务名称", "抽查任务编号", "检查对象名称")
    assert {row[5] for row in values[1:]} == set(campaign[:4])          # approved only
    assert export.count == len(values) - 1
    with open(path.with_suffix(".csv"), encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == len(values)
    message = tab.message.text()
    assert "Export no. 1" in message and f"{export.count} row(s) of 4 inspection(s)" in message
    assert "CSV" in message
    # reloaded: exported ones carry the date, the filter and the current row stayed
    rows = {r["key"]: r for r in tab.table.model.rows()}
    assert rows[campaign[0]]["exported_on"] and rows[campaign[4]]["exported_on"] is None
    assert not rows[campaign[0]]["overdue"]
    assert [r["key"] for r in tab.table.visible_rows()] == [campaign[4]]      # "not yet exported" kept
    assert tab.show_combo.currentData() == "pending"
    tab.show_combo.setCurrentIndex(0)
    assert tab.table.current_row() is None or tab.table.current_row()["key"] in campaign
    assert "no. 1 on" in tab.history.text()
    assert "carries 0 row(s)" in tab.summary.text()


def test_export_with_nothing_new_shows_the_core_message(step, campaign, matched_ctx, qtbot, tmp_path, monkeypatch):
    from ui.operations import publish as publish_ops
    from ui.widgets import ask
    failures = []
    monkeypatch.setattr(ask, "exec_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "ask_save_path", lambda parent, title, name, flt, **kw: str(tmp_path / name))
    monkeypatch.setattr("ui.operations.show_error", lambda parent, exc, title=None: failures.append(str(exc)))
    tab = step.tab("export")
    tab.export_button.click()
    idle(qtbot, matched_ctx)
    tab.export_button.click()
    idle(qtbot, matched_ctx)
    assert PublicationExport.select().count() == 1
    assert failures and "没有需要公示的检查结果" in failures[0]
    assert publish_ops.RESULTS.touches("results")


def test_export_dialog_options(qtbot):
    from PySide6.QtWidgets import QLabel

    from ui.screens.publication_export import ExportDialog
    dialog = ExportDialog(12)
    qtbot.addWidget(dialog)
    assert "carries 12 new or changed row(s)" in dialog.findChildren(QLabel)[0].text()
    assert dialog.options()["only_new"] is True and dialog.options()["csv"] is False
    dialog.all_rows.setChecked(True)
    dialog.csv.setChecked(True)
    options = dialog.options()
    assert options["only_new"] is False and options["csv"] is True and len(options["published_on"]) == 10


def test_followup_closed_through_its_dialog(step, campaign, matched_ctx, matched_draw, qtbot, monkeypatch):
    from ui.widgets import ask
    tab = step.tab("followup")
    step.tabs.setCurrentWidget(tab)
    rows = tab.table.model.rows()
    assert [r["key"] for r in rows] == [campaign[2]]
    assert rows[0]["overdue"] and "未建立进货查验记录" in rows[0]["pending_items"][0]
    assert "1 follow-up(s) open, 1 of them overdue" in tab.summary.text()
    candidates = tab.candidates.model.rows()
    assert [(c["key"], c["title"]) for c in candidates] == [(campaign[3], "经营异常名录")]
    assert "企业信息公示暂行条例" in candidates[0]["basis"]
    assert "puts no enterprise on any list" in tab.findChild(type(tab.summary), "candidatesNote").text()
    assert "企业信息公示暂行条例" in tab.candidate_detail.text() and "可依法列入" in tab.candidate_detail.text()

    states = []

    def fill(dialog):
        states.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())   # nothing filled
        dialog.by.setText("李科长")
        states.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())   # no measure yet
        next(box for box, name in dialog.measure_boxes if name == "责令改正").setChecked(True)
        states.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())
        dialog.note.setPlainText("已整改到位")
        return True

    monkeypatch.setattr(ask, "exec_dialog", fill)
    tab.table.view.selectRow(0)
    tab.close_button.click()
    idle(qtbot, matched_ctx)
    assert states == [False, False, True]
    rev = current_result(matched_draw, campaign[2])
    follow = rev.content["followup"]
    assert follow["closed"] is True and follow["measures"] == ["责令改正"] and rev.reviewer == "李科长"
    assert "已整改到位" in rev.reason
    assert tab.table.model.rows() == []            # closed ones leave the list
    assert "李科长" in tab.message.text()
    assert not tab.close_button.isEnabled()


def test_statistics_tab_shows_the_counts(step, campaign, matched_ctx, matched_draw, qtbot, tmp_path, monkeypatch):
    from app.publish.stats import plan_statistics
    from ui.widgets import ask
    tab = step.tab("statistics")
    step.tabs.setCurrentWidget(tab)
    stats = plan_statistics(matched_draw.plan_id)
    assert tab.table_combo.currentData() == "districts"
    header = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert header[0] == "区市"
    rows = {r[0]: r for r in tab.model.rows()}
    # 5 entered (4 approved + 1 entered), 2 with a problem (待后续处理 and 无法联系)
    assert rows["市南区"][header.index("已录入")] == "5" and rows["市南区"][header.index("发现问题")] == "2"
    assert rows["市南区"][-1] == "40.0%"
    assert "5 with an entered or approved result, 2 of them with a problem found (40.0%)" in tab.summary.text()
    bar = next(b for b in tab.district_chart.rows if b.label == "市南区")
    total = next(d for d in stats.districts if d.group == "市南区").inspections
    assert bar.parts == (2, 3, total - 5) and bar.text.startswith("2/5")
    categories = {b.label: b.parts for b in tab.category_chart.rows}
    assert categories[UNREACHABLE] == (1, 0) and categories["未发现问题"][1] > 0
    methods = {b.label: b.parts for b in tab.method_chart.rows}
    assert set(methods) == {"实地核查"}
    tab.table_combo.setCurrentIndex(tab.table_combo.findData("methods"))
    assert tab.model.rows()[0][0] == "实地核查"
    # keeps the chosen table after a refresh
    matched_ctx.notify_changes(Changes(results=True))
    idle(qtbot, matched_ctx)
    assert tab.table_combo.currentData() == "methods"

    monkeypatch.setattr(ask, "ask_save_path", lambda parent, title, name, flt, **kw: str(tmp_path / name))
    tab.save_button.click()
    image = tmp_path / "抽查统计图.png"
    assert image.is_file() and image.stat().st_size > 2000
    tab.excel_button.click()
    idle(qtbot, matched_ctx)
    book = openpyxl.load_workbook(tmp_path / "抽查统计.xlsx")
    assert "各区市情况" in book.sheetnames


def test_step_state_in_the_step_list(campaign, matched_ctx, matched_draw, qtbot, tmp_path):
    from app.publish.export import export_publication
    from ui.main_window import MainWindow
    window = MainWindow(matched_ctx)
    qtbot.addWidget(window)
    idle(qtbot, matched_ctx)
    item = window.steps.item_for("publication")
    assert window.steps.is_enabled("publication") and "Ready to start" in item.text()
    export_publication(matched_draw.plan_id, tmp_path / "公示.xlsx")
    matched_ctx.notify_changes(Changes(results=True))
    assert "Done" in window.steps.item_for("publication").text()
    results_service.review_results(matched_draw.draw_no, campaign[4:], "王审核")
    matched_ctx.notify_changes(Changes(results=True))
    assert "In progress" in window.steps.item_for("publication").text()
    window.steps.select("publication")
    idle(qtbot, matched_ctx)
    assert window.pages.page("publication").tabs.count() == 4


def test_summary_and_archive_from_the_fourth_tab(step, campaign, matched_ctx, qtbot, tmp_path, monkeypatch):
    import zipfile

    from app.publish.archive_extras import STATISTICS as EXTRA_STATISTICS
    from app.publish.archive_extras import SUMMARY as EXTRA_SUMMARY
    from app.publish.archive_verify import verify_archive
    from ui.widgets import ask
    opened = []
    monkeypatch.setattr(ask, "ask_save_path", lambda parent, title, name, flt, **kw: str(tmp_path / name))
    monkeypatch.setattr(ask, "offer_open", lambda parent, path, text: opened.append(str(path)))
    tab = step.tab("archive")
    step.tabs.setCurrentWidget(tab)
    assert step.tabs.tabText(3) == "Summary and archive"
    tab.summary_button.click()
    idle(qtbot, matched_ctx)
    [pdf] = opened
    assert pdf.endswith("汇总报告.pdf") and open(pdf, "rb").read(5) == b"%PDF-"
    tab.archive_button.click()
    idle(qtbot, matched_ctx)
    [archive] = list(tmp_path.glob("*.zip"))
    assert archive.name.endswith("归档.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert EXTRA_SUMMARY in names and EXTRA_STATISTICS in names
    assert verify_archive(archive).ok
    assert "SHA-256" in tab.message.text() and archive.name in tab.message.text()
