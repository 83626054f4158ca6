"""The role setting in the GUI: the settings combo saves it, and the step list shows the role's steps only,
numbered as shown."""
from __future__ import annotations

import pytest

from app import workflow
from app.settings import service as settings

CITY_STEPS = ["登记名录", "制定计划", "随机抽取", "匹配人员", "打印文书", "下发与回收", "结果公示"]
DISTRICT_STEPS = ["登记名录", "接收名单", "匹配人员", "打印文书", "下发与回收", "结果公示"]


@pytest.fixture
def zh(qapp):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def ctx(db, db_path):
    from ui.context import AppContext
    return AppContext(db_path)


@pytest.fixture
def window(qtbot, ctx, zh):
    from ui.main_window import MainWindow
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _shown(window) -> list[str]:
    steps = window.steps
    return [steps.item(i).text().split("\n")[0] for i in range(steps.count()) if not steps.item(i).isHidden()]


def test_city_copy_lists_every_step(window):
    assert _shown(window) == [f"{n}  {title}" for n, title in enumerate(CITY_STEPS, start=1)]
    assert "第 1 步" in window.steps.item_for("plan").toolTip()
    assert "第 4 步" in window.steps.item_for("packages").toolTip()


def test_district_copy_lists_its_steps_numbered_as_shown(window, ctx, qtbot):
    window.steps.select("plan")
    settings.update_settings({"role": "市南区"})
    ctx.notify_data_changed()
    assert _shown(window) == [f"{n}  {title}" for n, title in enumerate(DISTRICT_STEPS, start=1)]
    assert window.steps.item_for("plan").isHidden() and window.steps.item_for("draw").isHidden()
    assert not window.steps.item_for("receive").isHidden() and window.steps.is_enabled("receive")
    assert window.steps.current_key() == "registers"      # the open step was the city's: back to the first
    # A blocked step names what the district receives and the step numbers it shows.
    assert "共享文件" in window.steps.item_for("match").toolTip()
    assert "第 2 步" in window.steps.item_for("match").toolTip()          # receiving is step 2 here
    assert "共享文件" in window.steps.item_for("documents").toolTip()
    assert "第 3 步" in window.steps.item_for("packages").toolTip()        # matching is step 3 here
    page = window.pages.show_step("match", False, window.steps.visible)
    assert "共享文件" in page.findChild(type(page.note_label), "pageText").text()
    settings.update_settings({"role": "city"})
    ctx.notify_data_changed()
    assert _shown(window)[1] == "2  制定计划" and window.steps.item_for("receive").isHidden()


def test_settings_combo_saves_the_role(qtbot, ctx, zh, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.settings_dialog import SettingsDialog
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.bureau.role
    assert combo.currentData() == "city" and combo.currentText() == "市局"
    assert [combo.itemData(i) for i in range(combo.count())] == ["city", *settings.district_names()]
    assert combo.itemText(1) == "区市局：市南区"
    combo.setCurrentIndex(combo.findData("崂山区"))
    assert dialog.changes() == {"role": "崂山区"}
    with qtbot.waitSignal(ctx.data_changed, timeout=1000):
        assert dialog.save() is True
    assert settings.get_setting("role") == "崂山区" and shown == []
    assert workflow.visible_keys(workflow.step_states(None))[1:3] == ["receive", "match"]


def test_settings_combo_offers_a_district_added_in_the_dialog(qtbot, ctx, zh):
    from ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.districts.add_row()
    dialog.districts.table.item(dialog.districts.table.rowCount() - 1, 0).setText("测试区")
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.bureau)
    combo = dialog.bureau.role
    combo.setCurrentIndex(combo.findData("测试区"))
    assert combo.currentData() == "测试区"
    assert dialog.save() is True
    assert settings.get_setting("role") == "测试区"
