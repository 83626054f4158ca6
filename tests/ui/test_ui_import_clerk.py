"""The import wizard as a new clerk meets it (issue 17, points 1 and 11): a second enterprise register does not
take the first one's name, a version replacing most of a register is confirmed, the buttons have shortcuts,
and each register kind is described in its own words."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.ui.test_ui_registers_import import (
    commit,
    enterprise_rows,
    go_to_validation,
    idle,
    open_wizard,
    versions,
    write_xlsx,
)

NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def ctx(blank_ctx):
    return blank_ctx


@pytest.fixture
def screen(ctx, qtbot):
    from ui.screens.registers import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


@pytest.fixture
def first_register(screen, ctx, tmp_path):
    """An enterprise register "工业产品生产许可证获证企业" of 40 rows, selected on the screen."""
    from app.registers import service
    service.import_file(write_xlsx(tmp_path / "工业.xlsx", enterprise_rows(40)), "enterprise",
                        "工业产品生产许可证获证企业")
    ctx.notify_data_changed()
    screen.select_version(versions()[0].id)
    return "工业产品生产许可证获证企业"


def other_rows():
    """Another register's rows: 36 of the first's 40 keys are not in it."""
    return enterprise_rows(60)[36:]


def test_second_enterprise_register_is_named_from_its_file_not_after_the_first(screen, ctx, qtbot, tmp_path,
                                                                               first_register):
    path = write_xlsx(tmp_path / "food-2020.xlsx", other_rows(), title="青岛市食品相关产品生产企业名录")
    wizard = open_wizard(screen, qtbot, "enterprise", path)
    page = wizard.file_page
    assert page.register_name() != first_register
    assert page.register_name() == "food-2020"            # the file name, until the file is read
    wizard.next()                                         # reads the file: its title row names the register
    idle(qtbot, ctx)
    assert wizard.currentPage() is page                   # the clerk sees the suggested name before going on
    assert page.register_name() == "青岛市食品相关产品生产企业名录"
    assert "suggested" in page.register_note.text() or "建议" in page.register_note.text()
    wizard.next()
    assert wizard.currentPage() is wizard.sheets_page
    wizard.next()
    wizard.next()
    idle(qtbot, ctx)
    assert not wizard.validate_page.replace_box.isVisibleTo(wizard)   # a new register: nothing to confirm
    commit(wizard, qtbot, ctx)
    names = sorted(v.register.name for v in versions())
    assert names == ["工业产品生产许可证获证企业", "青岛市食品相关产品生产企业名录"]


def test_a_title_naming_an_existing_register_is_not_chosen_for_the_clerk(screen, ctx, qtbot, tmp_path,
                                                                         first_register):
    path = write_xlsx(tmp_path / "x.xlsx", enterprise_rows(41), title=first_register)
    wizard = open_wizard(screen, qtbot, "enterprise", path)
    wizard.next()
    idle(qtbot, ctx)
    page = wizard.file_page
    assert wizard.currentPage() is page and page.register_name() == ""
    assert first_register in page.register_note.text()
    page.register_combo.setCurrentText(first_register)    # the clerk's explicit choice
    wizard.next()
    assert wizard.currentPage() is wizard.sheets_page


def test_a_version_replacing_most_of_the_register_needs_a_confirmation(screen, ctx, qtbot, tmp_path,
                                                                        first_register):
    path = write_xlsx(tmp_path / "食品.xlsx", other_rows())
    wizard = open_wizard(screen, qtbot, "enterprise", path, first_register)
    go_to_validation(wizard, qtbot, ctx)
    page = wizard.validate_page
    assert page.replace_box.isVisibleTo(wizard)
    text = page.replace_text.text()
    assert first_register in text
    for number in ("40", "24", "4", "36", "20"):        # before, in the file, the same, removed, added
        assert number in text
    assert first_register in page.replace_check.text()
    assert not wizard.button(NEXT).isEnabled()            # the import cannot be reached unconfirmed
    wizard.next()
    assert wizard.currentPage() is page
    page.replace_check.setChecked(True)
    assert wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    assert "36" in wizard.confirm_page.summary.text()
    commit(wizard, qtbot, ctx)
    assert sorted(v.version for v in versions()) == [1, 2]


def test_an_ordinary_new_version_asks_nothing(screen, ctx, qtbot, tmp_path, first_register):
    rows = enterprise_rows(42)[2:]                        # 2 removed, 2 added
    wizard = open_wizard(screen, qtbot, "enterprise", write_xlsx(tmp_path / "v2.xlsx", rows), first_register)
    go_to_validation(wizard, qtbot, ctx)
    assert not wizard.validate_page.replace_box.isVisibleTo(wizard)
    assert wizard.button(NEXT).isEnabled()


def test_wizard_buttons_have_shortcuts_in_chinese(screen, qtbot, qapp, tmp_path):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        wizard = open_wizard(screen, qtbot, "enterprise", write_xlsx(tmp_path / "a.xlsx", enterprise_rows(3)))
        assert wizard.buttonText(NEXT) == "下一步(&N) >"
        assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< 上一步(&B)"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_inspector_pages_speak_of_inspectors(screen, ctx, qtbot, samples_dir):
    wizard = open_wizard(screen, qtbot, "inspector", samples_dir / "执法检查人员名录.xlsx")
    go_to_validation(wizard, qtbot, ctx)
    hint = wizard.mapping_page.note.text()
    assert "enterprise" not in hint and "registration number" not in hint and "certificate number" in hint
    page = wizard.validate_page
    assert page.operating_caption.text().startswith("Eligible for matching")
    commit(wizard, qtbot, ctx)
    row = screen.versions_model.rows[0]
    headers = [c.header for c in screen.versions_model.columns]
    assert "Operating / eligible" not in headers
    shown = {h: screen.versions_model.index(0, i).data() for i, h in enumerate(headers)}
    assert shown["Operating"] == "" and shown["Eligible"] == f"{row['operating']}"


def test_avoidance_check_page_has_no_operating_count(screen, ctx, qtbot, samples_dir):
    for kind, name in (("inspector", "执法检查人员名录.xlsx"), ("avoidance", "回避关系名单.xlsx")):
        wizard = open_wizard(screen, qtbot, kind, samples_dir / name)
        go_to_validation(wizard, qtbot, ctx)
        if kind == "avoidance":
            assert not wizard.validate_page.operating_caption.isVisibleTo(wizard)
            assert "enterprise they must not inspect" in wizard.mapping_page.note.text()
        commit(wizard, qtbot, ctx)
