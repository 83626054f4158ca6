"""Qt's own file dialog speaks Chinese, and each kind of file remembers its last folder (issue 17 point 8)."""
from __future__ import annotations

import re

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
