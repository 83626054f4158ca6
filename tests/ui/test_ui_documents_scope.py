"""Issue 17, point 2 and part of 11 on the documents screen: the chosen district stays chosen after generating
and after any refresh, the table follows it, the generate button asks first naming the scope and the count; the
screen has its title; 打开 without a program for the file says so and offers the folder."""
from __future__ import annotations

import pytest

from tests.support.draws import WITNESSES


@pytest.fixture
def drawn(db):
    """The demo plan drawn (all its districts have inspections)."""
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    load_demo()
    [plan] = plans.list_plans()
    return plan, draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, WITNESSES)


@pytest.fixture
def screen(qtbot, db_path, drawn):
    from ui.context import AppContext
    from ui.screens.documents import DocumentsScreen
    from ui.tasks import TaskRunner
    plan, _draw = drawn
    ctx = AppContext(db_path, tasks=TaskRunner(show_progress=False))
    ctx.set_current_plan(plan.id)
    widget = DocumentsScreen(ctx)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def asked(monkeypatch):
    from ui.widgets import ask
    seen: list[str] = []

    def confirm(parent, title, text):
        seen.append(text)
        return True
    monkeypatch.setattr(ask, "confirm", confirm, raising=False)
    return seen


def _visible_districts(widget) -> set[str]:
    return {widget.table.item(r, 0).text() for r in range(widget.table.rowCount()) if not widget.table.isRowHidden(r)}


def test_the_chosen_district_stays_chosen_and_the_table_follows_it(qtbot, screen, drawn, asked, tmp_path):
    from app.draw.models import Inspection
    from ui.changes import Changes
    _plan, draw = drawn
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("form"))
    assert screen.district_combo.count() > 1
    screen.scope_district.setChecked(True)
    screen.district_combo.setCurrentIndex(screen.district_combo.count() - 1)      # not the first one
    district = screen.district_combo.currentText()
    assert _visible_districts(screen) == {district}                             # the table follows the choice
    screen.out_edit.setText(str(tmp_path / "out"))
    screen.generate()
    qtbot.waitUntil(lambda: screen.generate_button.isEnabled() and screen.file_list.count() > 0, timeout=60000)
    count = Inspection.select().where(Inspection.draw == draw, Inspection.district == district,
                                      Inspection.active == True).count()  # noqa: E712
    assert asked and district in asked[0] and str(count) in asked[0]           # asked first, scope and count
    screen.ctx.notify_changes(Changes(match=True))                              # any refresh of the list
    screen.reload()
    assert screen.scope_district.isChecked() and screen.district_combo.currentText() == district
    assert screen.selection() == (None, district)
    assert _visible_districts(screen) == {district}
    screen.scope_all.setChecked(True)
    assert len(_visible_districts(screen)) == screen.district_combo.count()     # all again


def test_declining_the_confirmation_writes_nothing(qtbot, screen, monkeypatch, tmp_path):
    from ui.widgets import ask
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: False)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.out_edit.setText(str(tmp_path / "none"))
    screen.generate()
    qtbot.wait(50)
    assert not (tmp_path / "none").exists() and screen.generate_button.isEnabled()


def test_the_documents_screen_has_its_title(screen, drawn):
    plan, _draw = drawn
    assert screen.title.text() and plan.title in screen.title.text()


def test_open_without_a_program_names_the_file_and_offers_the_folder(qtbot, monkeypatch, tmp_path):
    from ui.widgets import ask
    pdf = tmp_path / "检查通知书.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    opened, questions = [], []
    monkeypatch.setattr(ask, "open_url", lambda path: opened.append(str(path)) or str(path) == str(tmp_path))
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: questions.append(text) or True)
    assert ask.open_or_explain(None, pdf) is False
    assert questions and pdf.name in questions[0] and str(tmp_path) in questions[0]
    assert opened == [str(pdf), str(tmp_path)]                                   # the folder opened instead
