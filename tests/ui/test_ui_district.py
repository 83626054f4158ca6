"""A district copy's GUI (issue 14 item 3), driven by pytest-qt: the step list shows the district's steps,
接收名单 checks and imports the share file the city wrote (a changed byte refused, nothing imported), and
下发与回收 → 交回市局 writes a return that the city database imports."""
from __future__ import annotations

import shutil

import pytest

from app.db import close_database, open_database
from app.draw.models import Draw, Plan
from app.match import service as match_service
from app.results import service as results_service
from app.settings.service import update_settings
from app.share import returns_layout as R
from app.share.importer import import_share
from app.share.returns_import import import_return
from app.share.writer import write_share
from tests.support.draw_gui import idle
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers, match_demo
from tests.support.results import complete_result, first_keys

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """(the city database with the demo draw matched, the share file it wrote for DISTRICT)."""
    tmp = tmp_path_factory.mktemp("city")
    open_database(tmp / "city.sqlite3")
    try:
        draw_no = match_demo(draw_demo(self_matching=[DISTRICT])).draw_no
        share = write_share(draw_no, DISTRICT, tmp / "市南区-共享文件.zip").path
    finally:
        close_database()
    return tmp / "city.sqlite3", share


@pytest.fixture
def district_ctx(db, db_path, qtbot):
    """A district copy's context on an empty database, its tasks without progress dialogs."""
    from ui.context import AppContext
    from ui.tasks import TaskRunner
    update_settings({"role": DISTRICT})
    context = AppContext(db_path)
    context.tasks = TaskRunner(context, show_progress=False)
    yield context
    context.tasks.wait(10000)


@pytest.fixture
def receive(district_ctx, qtbot):
    from ui.screens.receive import create_screen
    widget = create_screen(district_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _choose(monkeypatch, path) -> None:
    from ui.widgets import ask
    monkeypatch.setattr(ask, "ask_open_path", lambda parent, title, filter_text, **kw: str(path))


def test_district_window_lists_its_steps(district_ctx, qtbot, city):
    from ui.main_window import MainWindow
    window = MainWindow(district_ctx)
    qtbot.addWidget(window)
    window.show()
    steps = window.steps
    shown = [steps.item(i).text().split("\n")[0] for i in range(steps.count()) if not steps.item(i).isHidden()]
    assert shown == ["1  Registers", "2  Received lists", "3  Match inspectors", "4  Print documents",
                     "5  Send out and collect", "6  Publish results"]
    assert steps.is_enabled("receive") and not steps.is_enabled("match")
    assert "step 2" in steps.item_for("match").toolTip()          # the share is imported in step 2
    import_share(city[1], district=DISTRICT)
    district_ctx.notify_data_changed()
    assert steps.is_enabled("match") and "Done" in steps.item_for("receive").text()
    update_settings({"role": "city"})
    district_ctx.notify_data_changed()
    assert steps.item_for("receive").isHidden() and not steps.item_for("plan").isHidden()


def test_receive_checks_and_imports_a_share(receive, district_ctx, qtbot, city, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    _choose(monkeypatch, city[1])
    assert receive.model.rows() == [] and "Nothing received yet" in receive.next_steps.text()
    assert "step 1 (Registers)" in receive.next_steps.text() and "step 3 (Match inspectors)" in \
        receive.next_steps.text()
    receive.import_button.click()
    idle(qtbot, district_ctx)
    dialog = receive.dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.model.rows()
    assert len(rows) >= 5 and all(r["ok"] for r in rows)
    assert any("SHA-256" in r["message"] for r in rows)
    assert "All" in dialog.summary.text() and DISTRICT in dialog.summary.text()
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    dialog.import_button.click()
    idle(qtbot, district_ctx)
    assert dialog.error.text() == "" and dialog.outcome_box.isVisible()
    [plan] = Plan.select()
    draw = Draw.get(Draw.plan == plan)
    assert district_ctx.current_plan_id == plan.id               # the received plan became the current one
    assert dialog.city_no.text() == "1" and dialog.local_no.text() == str(draw.draw_no)
    assert int(dialog.inspections.text()) == draw.inspections.count() > 0
    assert dialog.digest.label.text() == draw.record_sha256[:16] + "…"
    dialog.digest.copy_button.click()
    assert QGuiApplication.clipboard().text() == draw.record_sha256
    [row] = receive.model.rows()                                  # the table follows the import
    assert (row.city_draw_no, row.district, row.draw_record_sha256) == (1, DISTRICT, draw.record_sha256)
    assert receive.next_steps.text().startswith("Next:")


def test_a_changed_byte_is_refused_and_nothing_imported(receive, district_ctx, qtbot, city, tmp_path, monkeypatch):
    bad = tmp_path / "changed.zip"
    blob = bytearray(city[1].read_bytes())
    blob[len(blob) // 3] ^= 0x01
    bad.write_bytes(bytes(blob))
    _choose(monkeypatch, bad)
    receive.import_button.click()
    idle(qtbot, district_ctx)
    dialog = receive.dialog
    assert any(not r["ok"] for r in dialog.model.rows())
    assert "FAILED" in dialog.summary.text() and not dialog.import_button.isVisible()
    assert Plan.select().count() == 0 and Draw.select().count() == 0


def test_an_import_the_core_refuses_shows_its_message_in_red(receive, district_ctx, qtbot, city, tmp_path,
                                                             monkeypatch):
    copy = tmp_path / "share.zip"
    shutil.copyfile(city[1], copy)
    _choose(monkeypatch, copy)
    receive.import_button.click()
    idle(qtbot, district_ctx)
    dialog = receive.dialog
    assert dialog.import_button.isEnabled()
    copy.write_bytes(b"not a zip any more")             # changed between the check and the import
    dialog.import_button.click()
    idle(qtbot, district_ctx)
    assert dialog.error.isVisible() and "未通过核对" in dialog.error.text()
    assert not dialog.outcome_box.isVisible() and dialog.import_button.isEnabled()
    assert Plan.select().count() == 0


def _packages_step(ctx, qtbot):
    from ui.screens.packages import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    idle(qtbot, ctx)
    return widget


def test_return_tab_writes_a_return_the_city_imports(district_ctx, qtbot, city, tmp_path, monkeypatch):
    from ui.widgets import ask
    got = import_share(city[1], district=DISTRICT)
    district_ctx.set_current_plan(got.plan_id)
    step = _packages_step(district_ctx, qtbot)
    assert step.tab_shown("return") and step.tab_shown("packages")
    tab = step.tab("return")
    step.tabs.setCurrentWidget(tab)
    assert "City draw no. 1" in tab.draw_label.text() and "Not matched yet" in tab.match_label.text()
    saved = tmp_path / "out" / "back.zip"
    saved.parent.mkdir()
    suggested = []

    def save_path(parent, title, default_name, filter_text, **kw):
        suggested.append(default_name)
        return str(saved)

    monkeypatch.setattr(ask, "ask_save_path", save_path)
    tab.write_button.click()                                      # not matched: the core refuses
    idle(qtbot, district_ctx)
    assert suggested == ["市南区-交回-第1号抽取.zip"]
    assert "尚未完成随机匹配" in tab.error.text() and not saved.exists() and tab.model.rows() == []

    import_district_registers()
    draw = Draw.get(Draw.draw_no == got.draw_no)
    match_service.commit_match(got.draw_no, match_date=draw.plan.start)
    match_service.run_match(got.draw_no, DEMO_WITNESSES)
    keys = first_keys(draw, 2, DISTRICT)
    for key in keys:
        results_service.enter_result(got.draw_no, key, complete_result(draw, key))
    results_service.review_results(got.draw_no, keys[:1], "区局审核员")
    district_ctx.notify_data_changed()
    assert tab.match_label.text() == "Matched"
    assert "entered 1, reviewed 1, returned for correction 0" in tab.results_label.text()

    opened = []
    monkeypatch.setattr("ui.screens.district_widgets.open_folder", lambda path: opened.append(path))
    tab.write_button.click()
    idle(qtbot, district_ctx)
    assert tab.error.text() == "" and tab.outcome_box.isVisible() and saved.is_file()
    assert tab.file_label.text() == str(saved) and "2 result(s)" in tab.counts_label.text()
    [written] = tab.model.rows()
    assert written.file_sha256 == tab.digest.digest and written.results == 2
    tab.open_button.click()
    assert opened == [saved.parent]

    city_copy = tmp_path / "city.sqlite3"
    shutil.copyfile(city[0], city_copy)
    close_database()                  # the district's; the `db` fixture closes the city's at the end
    open_database(city_copy)
    outcome = import_return(saved)
    assert (outcome.district, outcome.results, outcome.file_sha256) == (DISTRICT, 2, written.file_sha256)
    from app.audit.models import AuditEntry
    assert AuditEntry.select().where(AuditEntry.action == R.IMPORT_ACTION).count() == 1


def test_return_tab_only_in_a_district_copy(matched_ctx, qtbot):
    from app.settings.service import update_settings as update
    from ui.changes import Changes
    step = _packages_step(matched_ctx, qtbot)
    assert not step.tab_shown("return") and step.tab_shown("progress") and step.tab_shown("two_level")
    update({"role": DISTRICT})
    matched_ctx.notify_changes(Changes(settings=True))
    assert step.tab_shown("return") and not step.tab_shown("two_level")    # the city's side is not offered
    tab = step.tab("return")
    assert "not received from the city" in tab.draw_label.text() and not tab.write_button.isEnabled()
