"""The verify dialog offers this database's records (issue 17 point 6): the clerk picks 第 N 号抽取的抽取记录 /
匹配记录 from a list and verifies it without any file dialog; a record file received from elsewhere is still
chosen by file, and the frames folder written beside it is found without asking."""
from __future__ import annotations

import pytest

from tests.support.draw_gui import idle


@pytest.fixture
def zh(qapp):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def no_file_dialogs(monkeypatch):
    from ui.widgets import ask

    def refuse(*_a, **_k):
        raise AssertionError("a file dialog was opened")
    for name in ("ask_open_path", "ask_folder", "ask_save_path"):
        if hasattr(ask, name):
            monkeypatch.setattr(ask, name, refuse)


def _run(dialog, qtbot, ctx) -> list[dict]:
    dialog.run_button.click()
    idle(qtbot, ctx)
    return dialog.model.rows()


def test_lists_and_verifies_this_databases_records(matched_ctx, qtbot, no_file_dialogs, zh):
    from ui.wizards.verify_dialog import VerifyDialog
    dialog = VerifyDialog(matched_ctx)
    qtbot.addWidget(dialog)
    labels = [dialog.records.item(i).text() for i in range(dialog.records.count())]
    assert labels[:2] == ["第 1 号抽取的抽取记录", "第 1 号抽取的匹配记录"], labels
    assert dialog.run_button.isEnabled()                # the newest record is chosen already

    dialog.records.setCurrentRow(0)
    rows = _run(dialog, qtbot, matched_ctx)
    assert rows and all(r["ok"] for r in rows), rows
    assert "frames" in [r["name"] for r in rows]        # the frames came from the database

    dialog.records.setCurrentRow(1)
    rows = _run(dialog, qtbot, matched_ctx)
    assert rows and all(r["ok"] for r in rows), rows
    names = [r["name"] for r in rows]
    assert {"roster", "draw_record"} <= set(names)


def test_a_received_file_finds_its_frames_beside_it(matched_ctx, matched_draw, qtbot, tmp_path, no_file_dialogs):
    from app.campaign import outputs
    from ui.wizards.verify_dialog import VerifyDialog
    outputs.write_commit_outputs(matched_draw.draw_no, tmp_path)       # commitment.json and frames/
    outputs.write_draw_outputs(matched_draw.draw_no, tmp_path)         # draw-record.json beside them
    dialog = VerifyDialog(matched_ctx)
    qtbot.addWidget(dialog)
    dialog.record.edit.setText(str(tmp_path / "draw-record.json"))
    assert dialog.frames.text() == str(tmp_path / "frames")
    assert dialog.records.currentRow() == -1                 # the file, not a listed record, is checked
    rows = _run(dialog, qtbot, matched_ctx)
    frames = [r for r in rows if r["name"] == "frames"]
    assert frames and frames[0]["ok"], rows
    dialog.records.setCurrentRow(0)
    assert dialog.record.text() == ""                        # picking from the list leaves the file


def test_an_empty_database_says_there_is_nothing_to_list(blank_ctx, qtbot, zh):
    from ui.wizards.verify_dialog import VerifyDialog
    dialog = VerifyDialog(blank_ctx)
    qtbot.addWidget(dialog)
    assert dialog.records.count() == 0
    assert not dialog.run_button.isEnabled()
    assert "还没有" in dialog.records_note.text()
