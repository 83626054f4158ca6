"""The registers step: the import wizard and the register browser, driven with real services and files."""
from __future__ import annotations

import json
import threading
import time

import pytest
from PySide6.QtWidgets import QWizard

from tests.support.import_wizard import (
    commit,
    enterprise_rows,
    go_to_validation,
    idle,
    open_wizard,
    versions,
    write_csv,
    write_xlsx,
)


@pytest.fixture
def ctx(blank_ctx):
    """This module's screens start from an empty database."""
    return blank_ctx


@pytest.fixture
def screen(ctx, qtbot):
    from ui.screens.registers import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def hold_until_cancelled(monkeypatch, module, name: str) -> threading.Event:
    """Hold the service `module.name` (progress=, cancel=) at its first progress report until 取消 is requested.

    The returned event is set once the worker is held there; the test then cancels, so the service's next
    cancel check (still inside its work: for commit_import, inside the transaction) always sees the cancel.
    Later calls and later reports run through unheld.
    """
    real = getattr(module, name)
    held = threading.Event()

    def holding(*args, progress=None, cancel=None, **kwargs):
        def report(*a, **kw):
            if progress is not None:
                progress(*a, **kw)
            if cancel is not None and not held.is_set():
                held.set()
                deadline = time.monotonic() + 15
                while not cancel() and time.monotonic() < deadline:
                    time.sleep(0.005)
        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(module, name, holding)
    return held


def test_wizard_imports_messy_xlsx_and_browser_shows_it(screen, ctx, qtbot, tmp_path):
    rows = enterprise_rows(40)
    rows[5][2] = rows[5][2][:-1] + ("0" if rows[5][2][-1] != "0" else "1")     # wrong check character
    path = write_xlsx(tmp_path / "获证企业名录.xlsx", rows)
    wizard = open_wizard(screen, qtbot, "enterprise", path, "测试获证企业")
    go_to_validation(wizard, qtbot, ctx)
    assert wizard.sheets_page.sheets() == ["名录"]
    assert wizard.mapping_page.mapping()["key"] == "统一社会信用代码"
    result = wizard.result
    assert result.rejected == 1 and result.imported == 39
    page = wizard.validate_page
    assert page.count_labels["rejected"].text() == "1"
    assert page.issues_model.rowCount() == 1
    assert "校验位" in page.issues_model.index(0, 4).data()
    assert versions() == []                       # nothing written before the last page
    commit(wizard, qtbot, ctx)
    [version] = versions()
    assert version.register.name == "测试获证企业" and version.version == 1
    assert version.imported == 39 and version.rejected == 1
    assert version.operating == sum(1 for i, r in enumerate(rows) if r[4] == "存续" and i != 5)
    # the screen lists it and browses it
    assert screen.versions_model.rowCount() == 1
    assert screen.rows_model.total == 39
    assert "测试获证企业" in screen.message.text()
    screen.search_edit.setText("测试000007")
    screen.reload_rows()
    assert screen.rows_model.total == 1
    screen.search_edit.setText("")
    screen.state_combo.setCurrentIndex(screen.state_combo.findData("no"))
    assert screen.rows_model.total == sum(1 for i, r in enumerate(rows) if r[4] != "存续" and i != 5)
    screen.state_combo.setCurrentIndex(0)
    screen.district_combo.setCurrentIndex(screen.district_combo.findData("市南区"))
    assert 0 < screen.rows_model.total < 39
    assert all(screen.rows_model.row_object(r)["district"] == "市南区" for r in range(screen.rows_model.rowCount()))
    # the kept issues of the version
    assert screen.issues_model.total >= 1
    reasons = [screen.issues_model.row_object(r)["reason"] for r in range(screen.issues_model.rowCount())]
    assert any("校验位" in r for r in reasons)


def test_second_import_shows_difference(screen, ctx, qtbot, tmp_path):
    from app.registers import service
    rows = enterprise_rows(20)
    service.import_file(write_xlsx(tmp_path / "v1.xlsx", rows), "enterprise", "名录甲")
    ctx.notify_data_changed()
    rows2 = rows[2:] + enterprise_rows(23)[20:]        # 2 removed, 3 added
    rows2[0][1] = "改名后的有限公司"                       # 1 changed
    wizard = open_wizard(screen, qtbot, "enterprise", write_xlsx(tmp_path / "v2.xlsx", rows2), "名录甲")
    assert "2" in wizard.file_page.register_note.text()     # becomes version 2
    go_to_validation(wizard, qtbot, ctx)
    diff = wizard.result.diff
    assert (diff.previous_version, len(diff.added), len(diff.removed), len(diff.changed)) == (1, 3, 2, 1)
    text = wizard.validate_page.count_labels["diff"].text()
    assert "1" in text and "3" in text
    assert wizard.validate_page.diff_model.rowCount() == 6
    commit(wizard, qtbot, ctx)
    assert sorted(v.version for v in versions()) == [1, 2]
    assert screen.current_version_id() == max(v.id for v in versions())


def test_broken_file_shows_chinese_error_and_writes_nothing(screen, ctx, qtbot, tmp_path):
    bad = tmp_path / "名录.xlsx"
    data = write_xlsx(tmp_path / "ok.xlsx", enterprise_rows(50)).read_bytes()
    bad.write_bytes(data[: len(data) // 2])            # a truncated download
    wizard = open_wizard(screen, qtbot, "enterprise", bad, "名录")
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.file_page
    message = wizard.file_page.error.text()
    assert "损坏" in message or "无法读取" in message
    not_a_sheet = tmp_path / "图片.csv"
    not_a_sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    wizard.file_page.path_edit.setText(str(not_a_sheet))
    wizard.next()
    idle(qtbot, ctx)
    assert "不是表格文件" in wizard.file_page.error.text()
    wizard.reject()
    assert versions() == []


def test_header_without_key_column_is_refused(screen, ctx, qtbot, tmp_path):
    header = ["序号", "企业名称", "所属区市", "登记状态", "法定代表人", "住所", "联系电话", "备注"]
    rows = [[r[0], r[1], r[3], r[4], r[5], r[6], r[7], ""] for r in enterprise_rows(10)]
    path = write_xlsx(tmp_path / "无代码.xlsx", rows, header=header)
    wizard = open_wizard(screen, qtbot, "enterprise", path, "名录")
    go_to_validation(wizard, qtbot, ctx)
    message = wizard.validate_page.error.text()
    assert "表头中没有找到“统一社会信用代码”列" in message and "第 3 行" in message
    assert wizard.result is None and not wizard.validate_page.isComplete()
    wizard.next()                                  # refused: nothing to import
    assert wizard.currentPage() is wizard.validate_page
    wizard.reject()
    assert versions() == []


def test_gbk_csv_with_encoding_override(screen, ctx, qtbot, tmp_path):
    path = write_csv(tmp_path / "食品相关.csv", enterprise_rows(15), encoding="gbk")
    wizard = open_wizard(screen, qtbot, "enterprise", path, "食品相关产品生产企业")
    assert wizard.file_page.encoding_combo.isEnabled()
    wizard.file_page.encoding_combo.setCurrentIndex(wizard.file_page.encoding_combo.findData("utf-8"))
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.file_page
    assert "编码" in wizard.file_page.error.text()
    wizard.file_page.encoding_combo.setCurrentIndex(0)      # detect
    go_to_validation(wizard, qtbot, ctx)
    assert wizard.result.encoding == "gbk"
    assert wizard.result.imported == 15
    commit(wizard, qtbot, ctx)
    assert versions()[0].imported == 15


def test_changed_mapping_is_remembered(screen, ctx, qtbot, tmp_path):
    header = ["序号", "企业名称", "代码", "片区", "登记状态", "法定代表人", "住所", "联系电话"]
    rows = enterprise_rows(12)
    path = write_xlsx(tmp_path / "a.xlsx", rows, header=header)
    wizard = open_wizard(screen, qtbot, "enterprise", path, "名录乙")
    wizard.next()
    idle(qtbot, ctx)
    wizard.sheets_page.fixed_radio.setChecked(True)
    wizard.sheets_page.row_spin.setValue(3)
    wizard.next()
    combos = wizard.mapping_page.combos
    combos["key"].setCurrentIndex(combos["key"].findData("代码"))
    combos["district"].setCurrentIndex(combos["district"].findData("片区"))
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.result is not None, wizard.validate_page.error.text()
    assert wizard.result.imported == 12
    commit(wizard, qtbot, ctx)
    # the same header again: the confirmed mapping comes back
    again = open_wizard(screen, qtbot, "enterprise", write_xlsx(tmp_path / "b.xlsx", rows, header=header), "名录乙")
    again.next()
    idle(qtbot, ctx)
    assert again.preview.remembered
    again.next()
    assert again.mapping_page.mapping()["key"] == "代码"
    again.reject()


def test_cancel_validation_and_cancel_commit_write_nothing(screen, ctx, qtbot, tmp_path, monkeypatch):
    from app.registers import service
    path = write_xlsx(tmp_path / "c.xlsx", enterprise_rows(300))
    wizard = open_wizard(screen, qtbot, "enterprise", path, "名录丙")
    wizard.next()
    idle(qtbot, ctx)
    wizard.next()
    validating = hold_until_cancelled(monkeypatch, service, "validate_import")
    wizard.next()                     # validation starts; the clerk presses 取消 while it runs
    qtbot.waitUntil(validating.is_set, timeout=15000)
    wizard.task.cancel()
    idle(qtbot, ctx)
    page = wizard.validate_page
    assert wizard.result is None      # the cancel was seen by validation
    assert "取消" in page.status.text()
    assert not page.isComplete()
    page.start()
    idle(qtbot, ctx)
    assert wizard.result is not None and wizard.result.imported == 300
    wizard.next()
    committing = hold_until_cancelled(monkeypatch, service, "commit_import")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(committing.is_set, timeout=15000)     # the first rows are written, in the transaction
    wizard.task.cancel()
    idle(qtbot, ctx)
    assert versions() == []
    assert "取消" in wizard.confirm_page.error.text()
    assert wizard.isVisible()
    # and a commit that is let run writes the version
    with qtbot.waitSignal(wizard.committed, timeout=30000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    idle(qtbot, ctx)
    assert len(versions()) == 1


def test_error_report_saved_from_wizard_and_screen(screen, ctx, qtbot, tmp_path):
    from openpyxl import load_workbook
    rows = enterprise_rows(10)
    rows[3][2] = "12345"
    path = write_xlsx(tmp_path / "d.xlsx", rows)
    wizard = open_wizard(screen, qtbot, "enterprise", path, "名录丁")
    go_to_validation(wizard, qtbot, ctx)
    report = tmp_path / "问题.xlsx"
    wizard.validate_page.save_report(report)
    idle(qtbot, ctx)
    sheet = load_workbook(report).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0][:3] == ["文件", "工作表", "行号"]
    assert any(r[2] == 7 and "12345" == str(r[4]) for r in values[1:])   # Excel row 7: title, blank, header, 4th row
    commit(wizard, qtbot, ctx)
    kept = tmp_path / "kept.xlsx"
    screen.save_report(kept)
    idle(qtbot, ctx)
    assert kept.exists() and "kept.xlsx" in screen.message.text()


def test_samples_import_with_expected_operating_counts(screen, ctx, qtbot, samples_dir):
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    wizard = open_wizard(screen, qtbot, "enterprise", samples_dir / "工业产品生产许可证获证企业名录.xlsx",
                         "工业产品生产许可证获证企业")
    go_to_validation(wizard, qtbot, ctx)
    commit(wizard, qtbot, ctx)
    wizard = open_wizard(screen, qtbot, "enterprise", samples_dir / "食品相关产品生产企业名录.csv",
                         "食品相关产品生产企业")
    go_to_validation(wizard, qtbot, ctx)
    commit(wizard, qtbot, ctx)
    wizard = open_wizard(screen, qtbot, "inspector", samples_dir / "执法检查人员名录.xlsx")
    assert wizard.file_page.register_name() == "执法检查人员名录库"
    go_to_validation(wizard, qtbot, ctx)
    commit(wizard, qtbot, ctx)
    wizard = open_wizard(screen, qtbot, "avoidance", samples_dir / "回避关系名单.xlsx")
    go_to_validation(wizard, qtbot, ctx)
    commit(wizard, qtbot, ctx)
    by_name = {v.register.name: v for v in versions()}
    assert by_name["工业产品生产许可证获证企业"].operating == expected["industrial"]["operating"]
    assert by_name["食品相关产品生产企业"].operating == expected["food"]["operating"]
    assert by_name["执法检查人员名录库"].imported == expected["inspectors"]["rows"]
    # the inspectors are shown with eligibility and its reason
    screen.select_version(by_name["执法检查人员名录库"].id)
    model = screen.rows_model
    headers = [model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert "Eligible" in headers or "可匹配" in headers
    rows = [model.row_object(r) for r in range(model.rowCount())]
    assert any(not r["eligible"] and r["eligibility_reason"] for r in rows)
    assert all(r["eligibility_reason"] for r in rows)


@pytest.mark.slow
def test_100000_rows_import_keeps_the_gui_alive_and_browse_by_windows(screen, ctx, qtbot, tmp_path):
    # Speed itself is measured by bench/bench_register_browser.py, not asserted here.
    from PySide6.QtCore import QTimer
    path = write_csv(tmp_path / "big.csv", enterprise_rows(100_000), encoding="utf-8")
    # the wizard on a 100,000-row file: the GUI thread keeps serving its event loop throughout
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    wizard = open_wizard(screen, qtbot, "enterprise", path, "大名录")
    go_to_validation(wizard, qtbot, ctx)
    assert wizard.result.imported == 100_000
    commit(wizard, qtbot, ctx)
    timer.stop()
    # the event loop kept running while the worker read and committed (timer ticks kept coming)
    assert len(gaps) > 20, len(gaps)
    [version] = versions()
    screen.select_version(version.id)
    model = screen.rows_model
    qtbot.waitUntil(lambda: not model.loading and model.total == 100_000)   # counted off the GUI thread
    assert model.rowCount() == 100_000 and len(model.rows) <= 1000         # one window held, not the register
    screen.rows_view.scrollToBottom()                                       # the end is reached at once
    qtbot.waitUntil(lambda: model.row_object(99_999) is not None)
    screen.search_edit.setText("测试09999")
    screen.reload_rows()
    qtbot.waitUntil(lambda: not model.loading and model.total == 10)
    screen.district_combo.setCurrentIndex(screen.district_combo.findData("市南区"))
    qtbot.waitUntil(lambda: not model.loading)
    assert 0 < model.total <= 10


def test_browser_orders_by_clicked_column(screen, ctx, qtbot, tmp_path):
    from app.registers import service
    rows = enterprise_rows(30)
    service.import_file(write_xlsx(tmp_path / "o.xlsx", rows), "enterprise", "排序名录")
    ctx.notify_data_changed()
    model = screen.rows_model
    keys = [model.row_object(r)["key"] for r in range(model.rowCount())]
    assert keys == sorted(keys)                       # the register's key by default
    name_col = next(i for i, c in enumerate(model.columns) if c.field == "name")
    screen._sort_by(name_col)
    names = [model.row_object(r)["name"] for r in range(model.rowCount())]
    assert names == sorted(names)
    screen._sort_by(name_col)                         # second click: descending
    names = [model.row_object(r)["name"] for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
