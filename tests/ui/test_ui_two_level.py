"""下发与回收 → 两级抽查 at the city: share files written from a draw the city has not matched, a district's
return imported through the tab (its teams and results recorded, progress per district shown), and a bad
return refused with the core's reason and nothing recorded."""
from __future__ import annotations

import zipfile

import pytest

from app.audit.models import AuditEntry
from app.db import close_database, open_database
from app.draw.models import Draw
from app.match import service as match_service
from app.results import service as results_service
from app.results.queries import current_results
from app.settings.service import update_settings
from app.share.importer import import_share
from app.share.returns_writer import write_return
from app.share.verify import verify_share
from app.share.writer import write_share
from tests.support.draw_gui import idle
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers
from tests.support.results import complete_result, first_keys

DISTRICT = "市南区"


@pytest.fixture
def returned(db_path, tmp_path):
    """The city drew (no city match) and shared with 市南区; 市南区 matched, entered two results and returned.
    Leaves the city database open: (the city's draw, the return file)."""
    open_database(db_path)
    draw = draw_demo(self_matching=[DISTRICT, "市北区"])
    share = write_share(draw.draw_no, DISTRICT, tmp_path / "share.zip")
    close_database()
    open_database(tmp_path / "district.sqlite3")
    try:
        update_settings({"role": DISTRICT})
        got = import_share(share.path, district=DISTRICT)
        import_district_registers()
        local = Draw.get(Draw.draw_no == got.draw_no)
        match_service.commit_match(got.draw_no, match_date=local.plan.start)
        match_service.run_match(got.draw_no, DEMO_WITNESSES)
        for key in first_keys(local, 2, DISTRICT):
            results_service.enter_result(got.draw_no, key, complete_result(local, key))
        out = write_return(got.draw_no, tmp_path / "return.zip")
    finally:
        close_database()
    open_database(db_path)
    yield Draw.get(Draw.draw_no == draw.draw_no), out.path
    close_database()


@pytest.fixture
def tab(returned, db_path, qtbot):
    from ui.context import AppContext
    from ui.screens.two_level import TwoLevelTab
    from ui.tasks import TaskRunner
    ctx = AppContext(db_path)
    ctx.tasks = TaskRunner(ctx, show_progress=False)
    ctx.set_current_plan(returned[0].plan_id)
    widget = TwoLevelTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    idle(qtbot, ctx)
    yield widget
    ctx.tasks.wait(5000)


def _rows(tab) -> dict:
    return {r.district: r for r in tab.model.rows()}


def test_share_files_are_written_from_an_unmatched_draw(tab, qtbot, tmp_path, monkeypatch):
    import ui.screens.two_level as module
    opened = []
    monkeypatch.setattr(module, "ask_folder", lambda parent, title, **kw: str(tmp_path / "out"))
    monkeypatch.setattr(module, "offer_open", lambda parent, path, text: opened.append(text))
    (tmp_path / "out").mkdir()
    assert tab.draw_no == 1 and tab.share_button.isEnabled()
    tab.district.setCurrentIndex(tab.district.findData("市北区"))
    tab.share_button.click()
    idle(qtbot, tab.ctx)
    [path] = list((tmp_path / "out").glob("*.zip"))
    assert "市北区" in path.name and verify_share(path, district="市北区").ok
    assert path.name in opened[0]
    qtbot.waitUntil(lambda: _rows(tab)["市北区"].state == "sent", timeout=5000)
    assert _rows(tab)["市北区"].match_deadline


def test_a_return_imported_through_the_tab_is_recorded_and_shown(tab, returned, qtbot, monkeypatch):
    import ui.screens.two_level as module
    draw, path = returned
    shown = []
    monkeypatch.setattr(module, "ask_open_path", lambda parent, title, filter_text, **kw: str(path))
    monkeypatch.setattr(module.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert _rows(tab)[DISTRICT].state == "sent"
    tab.import_button.click()
    idle(qtbot, tab.ctx)
    assert shown and "re-computes" in shown[0] and DISTRICT in shown[0]
    assert len(current_results(draw)) == 2
    qtbot.waitUntil(lambda: _rows(tab)[DISTRICT].state == "returned", timeout=5000)
    row = _rows(tab)[DISTRICT]
    assert row.returns == 1 and row.entered == 2 and row.teams == row.inspections
    assert row.audit_head in tab.detail.text()


def test_a_bad_return_is_refused_with_its_reason_and_nothing_recorded(tab, returned, qtbot, tmp_path, monkeypatch):
    import ui.operations as operations
    import ui.screens.two_level as module
    draw, path = returned
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(path) as zf, zipfile.ZipFile(bad, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            out.writestr(name, data.replace(b'"entered"', b'"reviewed"', 1) if name == "return.json" else data)
    errors = []
    monkeypatch.setattr(module, "ask_open_path", lambda parent, title, filter_text, **kw: str(bad))
    monkeypatch.setattr(operations, "show_error", lambda parent, exc, title: errors.append(str(exc)))
    tab.import_button.click()
    idle(qtbot, tab.ctx)
    assert errors and "未通过清单核对" in errors[0] and "bad.zip" in errors[0]
    assert not current_results(draw)
    assert not AuditEntry.select().where(AuditEntry.action == "share.return.import").exists()
