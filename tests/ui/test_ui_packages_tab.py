"""下发与回收 → 工作包 and 进度, driven by pytest-qt on the demo plan drawn and matched: packages written
through the tab (folder asked, files and issue records), the import's outcome shown in the tab, a file
without its identity sheet matched to its package by hand with a reason, and the progress tab's table and
chart following the results."""
from __future__ import annotations

from app.results import service as results_service
from app.results.models import Package, ResultBatch
from tests.support import returns as R
from tests.support.draw_gui import idle
from tests.support.results import complete_result, first_keys


def test_packages_written_from_the_tab_are_listed(packages_step, matched_ctx, qtbot, tmp_path, monkeypatch):
    import ui.screens.package_issue as module
    tab = packages_step.tab("packages")
    opened = []
    monkeypatch.setattr(module, "ask_folder", lambda parent, title, **kw: str(tmp_path))
    monkeypatch.setattr(module, "offer_open", lambda parent, path, text: opened.append(text))
    tab.district.setCurrentIndex(tab.district.findData("市南区"))
    tab.write_button.click()
    idle(qtbot, matched_ctx)
    [package] = Package.select()
    assert package.district == "市南区" and (tmp_path / package.file_name).is_file()
    assert "市南区" in opened[0] and package.file_name in opened[0]
    assert [r["district"] for r in tab.model.rows()] == ["市南区"]
    assert tab.district.currentData() == "市南区"          # the choice stays after the refresh
    assert "1 package(s) issued" in tab.detail.text()


def test_a_file_without_identity_is_matched_by_hand_and_its_outcome_shown(packages_step, matched_ctx, matched_draw,
                                                                          qtbot, tmp_path, monkeypatch):
    import ui.wizards.results_check_page as page_module
    from ui.wizards.results_import import ResultsImportWizard
    pkg = R.issue(matched_draw, tmp_path / "out", "市南区")
    bare = R.fill(pkg.path, matched_draw, out=tmp_path / "市南区_另存.xlsx", edit=R.remove_identity)
    chosen = []

    def fill(dialog):
        chosen.append(dialog.package.currentData())     # preselected from the district in the file name
        dialog.reason.setText("区市另存时丢失了包标识")
        return True

    monkeypatch.setattr(page_module, "exec_dialog", fill)
    tab = packages_step.tab("packages")
    wizard = ResultsImportWizard(matched_ctx, [str(bare)], parent=tab)
    wizard.imported.connect(tab.show_imported)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    idle(qtbot, matched_ctx)
    assert wizard.check_page.files.rows()[0]["district"] == ""          # refused: no identity
    assert wizard.check_page.map_button.isEnabled()
    wizard.check_page.map_by_hand()
    idle(qtbot, matched_ctx)
    assert wizard.check_page.files.rows()[0]["district"] == "市南区"
    wizard.check_page.validatePage()
    idle(qtbot, matched_ctx)
    [batch] = ResultBatch.select()
    assert batch.mapped_by_hand and "丢失了包标识" in batch.mapped_by_hand
    assert chosen == [pkg.uid]
    assert "已导入" in tab.detail.text() and "市南区_另存.xlsx" in tab.detail.text()


def test_progress_tab_follows_the_results(packages_step, matched_ctx, matched_draw, qtbot):
    tab = packages_step.tab("progress")
    idle(qtbot, matched_ctx)
    rows = {(r["district"], r["task"]): r for r in tab.model.rows()}
    keys = first_keys(matched_draw, 2, "市南区")
    assert rows[("市南区", "All tasks")]["entered"] == 0
    for key in keys:
        results_service.enter_result(matched_draw.draw_no, key, complete_result(matched_draw, key))
    results_service.review_results(matched_draw.draw_no, keys[:1], "王审核")
    from ui.changes import Changes
    matched_ctx.notify_changes(Changes(results=True))
    idle(qtbot, matched_ctx)
    rows = {(r["district"], r["task"]): r for r in tab.model.rows()}
    assert (rows[("市南区", "All tasks")]["entered"], rows[("市南区", "All tasks")]["reviewed"]) == (2, 1)
    bar = next(b for b in tab.chart.bars if b.district == "市南区")
    assert (bar.entered, bar.reviewed) == (2, 1) and bar.inspections == rows[("市南区", "All tasks")]["inspections"]
    assert "checks and entry done 2020-11-15" in tab.deadlines.text()
    image = tab.chart_image()
    assert image.width() > 300 and image.height() > 10 * tab.chart.ROW
