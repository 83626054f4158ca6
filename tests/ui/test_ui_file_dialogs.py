"""Qt's own file dialog speaks Chinese, and each kind of file remembers its last folder (issue 17 point 8)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from ui import i18n


@pytest.fixture
def chinese(qapp):
    translators = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_labels_read_chinese(chinese, qtbot, mode):
    """Qt's own qtbase_zh_CN lacks Qt 6's "&Look in:" and "Files of &type:": our supplement fills them."""
    dialog = QFileDialog(None, "t")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
    english = [text for text in labels + buttons if re.search("[A-Za-z]", re.sub(r"\(&[A-Z]\)", "", text))]
    assert english == [], english


def test_each_kind_of_file_opens_where_it_was_last_taken(blank_ctx, qtbot, monkeypatch, tmp_path):
    """The plan screen's "from a file" opens in the folder of the last plan file; a register file still opens
    in its own folder (here: never chosen yet, so the home folder)."""
    from ui.screens.plan import create_screen
    from ui.widgets import ask
    plans = tmp_path / "共享盘" / "计划"
    plans.mkdir(parents=True)
    plan_file = plans / "plan-2020.toml"
    plan_file.write_bytes((Path(__file__).resolve().parents[2] / "data" / "plan-2020.toml").read_bytes())
    started_in = []

    def choose(parent, title, folder, filter_text):
        started_in.append(folder)
        return str(plan_file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    screen = create_screen(blank_ctx)
    qtbot.addWidget(screen)
    screen.file_button.click()
    qtbot.waitUntil(lambda: not blank_ctx.tasks.busy(), timeout=10000)
    screen.file_button.click()
    qtbot.waitUntil(lambda: not blank_ctx.tasks.busy(), timeout=10000)
    assert started_in == [str(Path.home()), str(plans)]
    assert ask.last_folder(ask.PLANS) == str(plans)
    assert ask.last_folder(ask.REGISTERS) == str(Path.home())


def test_a_remembered_folder_that_is_gone_falls_back_to_home(tmp_path, qapp):
    from ui.widgets import ask
    folder = tmp_path / "removable"
    folder.mkdir()
    ask.remember_folder(ask.RECORDS, folder / "抽取记录.pdf")      # a file: its folder is remembered
    assert ask.last_folder(ask.RECORDS) == str(folder)
    folder.rmdir()
    assert ask.last_folder(ask.RECORDS) == str(Path.home())


def test_save_and_folder_questions_remember_and_start_in_their_kinds_folder(tmp_path, qapp, monkeypatch):
    from ui.widgets import ask
    out = tmp_path / "文书"
    out.mkdir()
    calls = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda parent, title, folder: calls.append(folder) or str(out)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, suggested, flt: calls.append(suggested) or (str(out / "汇总.pdf"), "")))
    assert ask.ask_folder(None, "t", kind=ask.DOCUMENTS) == str(out)
    assert ask.ask_save_path(None, "t", "汇总.pdf", "PDF (*.pdf)", kind=ask.DOCUMENTS) == str(out / "汇总.pdf")
    assert calls == [str(Path.home()), str(out / "汇总.pdf")]


def test_the_file_list_calls_a_folder_a_folder_in_chinese(chinese, qtbot, tmp_path):
    """The type column ("Folder") comes from QAbstractFileIconProvider, which qtbase_zh_CN lacks entirely."""
    from PySide6.QtWidgets import QFileSystemModel
    (tmp_path / "抽取记录").mkdir()
    dialog = QFileDialog(None, "t", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    model = dialog.findChild(QFileSystemModel)
    index = model.index(str(tmp_path / "抽取记录"))
    qtbot.waitUntil(lambda: model.type(model.index(str(tmp_path / "抽取记录"))) != "", timeout=5000)
    assert model.type(model.index(str(tmp_path / "抽取记录"))) == "文件夹", model.type(index)
