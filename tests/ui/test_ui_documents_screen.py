"""The documents screen: choose kind and scope, generate off the GUI thread, preview, print."""
from __future__ import annotations

import pytest

WITNESSES = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
             {"name": "李监督", "unit": "驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]


@pytest.fixture
def drawn(db):
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    load_demo()
    [plan] = plans.list_plans()
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, WITNESSES)
    return plan, draw


@pytest.fixture(autouse=True)
def _confirmed(monkeypatch):
    """The generate button asks first (scope and count: test_ui_documents_scope); here the clerk says yes."""
    from ui.widgets import ask
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)


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


def _wait_files(qtbot, screen):
    qtbot.waitUntil(lambda: screen.generate_button.isEnabled() and screen.file_list.count() > 0, timeout=60000)


def test_notices_for_one_district_are_generated_and_previewed(qtbot, screen, drawn, tmp_path):
    from app.draw.models import Inspection
    _plan, draw = drawn
    assert screen.draw_combo.currentData() == draw.draw_no
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.scope_district.setChecked(True)
    district = screen.district_combo.itemText(0)
    screen.district_combo.setCurrentIndex(0)
    screen.out_edit.setText(str(tmp_path / "out"))
    screen.generate()
    _wait_files(qtbot, screen)
    in_district = Inspection.select().where(Inspection.draw == draw, Inspection.district == district).count()
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == in_district + 1          # one per enterprise and the combined file
    assert screen.file_list.count() == len(pdfs)
    qtbot.waitUntil(lambda: screen.pdf.pageCount() > 0, timeout=10000)
    assert screen.print_button.isEnabled()


def test_selected_inspections_only(qtbot, screen, tmp_path):
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("form"))
    screen.table.selectRow(0)
    assert screen.scope_selected.isChecked()
    key = screen.table.item(0, 1).text()
    assert screen.selection() == ([key], None)
    screen.out_edit.setText(str(tmp_path / "forms"))
    screen.generate()
    _wait_files(qtbot, screen)
    names = [p.name for p in (tmp_path / "forms").glob("*.pdf")]
    assert any(key in n for n in names)


def test_a_selection_scope_with_nothing_selected_writes_nothing(qtbot, screen, tmp_path):
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.scope_selected.setChecked(True)
    screen.table.clearSelection()
    screen.out_edit.setText(str(tmp_path / "none"))
    screen.generate()
    assert not (tmp_path / "none").exists()
    assert screen.status.text()


def test_print_renders_every_page_to_the_printer(qtbot, screen, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.screens.documents import print_pdf
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("draw-record"))
    screen.out_edit.setText(str(tmp_path / "rec"))
    screen.generate()
    _wait_files(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pdf.pageCount() > 0, timeout=10000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(screen.pdf, printer) == screen.pdf.pageCount()
    assert target.stat().st_size > 1000


def _clear_office(*keys):
    from app.settings.service import update_settings
    update_settings({key: "" for key in keys})


def test_the_first_notice_asks_for_the_missing_bureau_details_and_saves_them(qtbot, screen, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.docs.office import missing_office_settings
    from app.settings.store import get_setting
    from ui.dialogs import office_prompt
    _clear_office("contact_person", "contact_phone")
    asked = []

    def fill(dialog):
        asked.append(sorted(dialog.edits))
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert not save.isEnabled()                       # every asked field is needed
        dialog.edits["contact_person"].setText("王科长")
        dialog.edits["contact_phone"].setText("0532-12345678")
        assert save.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(office_prompt.OfficePrompt, "exec", fill)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.table.selectRow(0)
    screen.out_edit.setText(str(tmp_path / "out"))
    screen.generate()
    _wait_files(qtbot, screen)
    assert asked == [["contact_person", "contact_phone"]]      # only what is missing
    assert get_setting("contact_person") == "王科长" and not missing_office_settings("notice")
    screen.generate()                                         # set now: not asked again
    _wait_files(qtbot, screen)
    assert len(asked) == 1


def test_cancelling_the_bureau_details_writes_nothing(qtbot, screen, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.dialogs import office_prompt
    _clear_office("seal_name")
    monkeypatch.setattr(office_prompt.OfficePrompt, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.table.selectRow(0)
    screen.out_edit.setText(str(tmp_path / "out"))
    screen.generate()
    qtbot.wait(100)
    assert not (tmp_path / "out").exists() and screen.generate_button.isEnabled()
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("form"))   # a form prints none of them
    screen.generate()
    _wait_files(qtbot, screen)
    assert list((tmp_path / "out").glob("*.pdf"))
