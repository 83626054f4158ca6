"""The main window: seven steps in Chinese, enabled as app.workflow says, status bar, plan selector."""
from __future__ import annotations

import pytest

from app import audit, workflow
from app.db import transaction
from app.draw.models import Draw, Plan
from app.registers.models import Register, RegisterVersion

NOW = "2020-10-23T09:00:00+08:00"
CHINESE_STEPS = ["登记名录", "制定计划", "随机抽取", "匹配人员", "打印文书", "下发与回收", "结果公示"]


@pytest.fixture
def zh(qapp):
    from ui import i18n
    translators = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, db, db_path, zh):
    from ui.context import AppContext
    from ui.main_window import MainWindow
    ctx = AppContext(db_path)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _add_enterprise_register():
    register = Register.create(name="企业名录", kind="enterprise", created_at=NOW)
    RegisterVersion.create(register=register, version=1, source_name="x.xlsx", source_sha256="0" * 64,
                           digest="1" * 64, created_at=NOW, created_by="test")


def test_seven_steps_with_chinese_labels(window):
    steps = window.steps
    # Eight steps in the list; a city copy hides the district's 接收名单 (app.workflow.DISTRICT_ONLY_STEPS).
    assert steps.count() == 8 and steps.item_for("receive").isHidden()
    texts = [steps.item(i).text() for i in range(steps.count()) if not steps.item(i).isHidden()]
    assert len(texts) == 7
    for number, (text, title) in enumerate(zip(texts, CHINESE_STEPS), start=1):
        assert text.startswith(f"{number}  {title}")
    assert window.windowTitle() == "双随机抽查工作台"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "设置(&S)", "工具(&T)", "帮助(&H)"]


def test_step_enabling_follows_workflow(window):
    enabled = {key: window.steps.is_enabled(key) for key in workflow.STEP_KEYS}
    assert enabled == {"registers": True, "receive": False, "plan": False, "draw": False, "match": False,
                       "documents": False, "packages": False, "publication": False}
    assert "可以开始" in window.steps.item_for("registers").text()
    assert "需先完成前面的步骤" in window.steps.item_for("publication").text()
    assert all("后续版本提供" not in window.steps.item_for(key).text() for key in workflow.STEP_KEYS)

    _add_enterprise_register()
    window.ctx.notify_data_changed()
    assert window.steps.is_enabled("plan") and not window.steps.is_enabled("draw")
    assert "已完成" in window.steps.item_for("registers").text()

    plan = Plan.create(title="2020年度工业产品生产许可证抽查", number="局函〔2020〕277号", start="2020-10-20",
                       due="2020-11-30", end="2020-11-30", created_at=NOW)
    window.ctx.notify_data_changed()
    assert window.ctx.current_plan_id == plan.id
    assert window.plan_combo.currentText() == "2020年度工业产品生产许可证抽查（局函〔2020〕277号）"
    assert window.steps.is_enabled("draw") and not window.steps.is_enabled("match")

    Draw.create(draw_no=1, plan=plan, status="drawn", log_head="0" * 64, commitment="c" * 64, commit_data={},
                committed_at=NOW)
    window.ctx.notify_data_changed()
    assert window.steps.is_enabled("match") and window.steps.is_enabled("documents")
    # 下发与回收 opens with the draw (a two-level city sends share files before any match); 公示 waits
    assert window.steps.is_enabled("packages") and not window.steps.is_enabled("publication")


def test_disabled_step_page_says_what_to_do_first(window):
    page = window.pages.show_step("draw", window.steps.is_enabled("draw"))
    texts = " ".join(label.text() for label in page.findChildren(type(window.db_label)))
    assert "随机抽取" in texts and "请先制定或选择抽查计划" in texts


def test_missing_screen_shows_a_placeholder(window, monkeypatch):
    import importlib
    real_import = importlib.import_module

    def fake_import(name, *args):
        if name == "ui.screens.registers":
            raise ModuleNotFoundError(name="ui.screens.registers")
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    page = window.pages._create("registers")
    texts = " ".join(label.text() for label in page.findChildren(type(window.db_label)))
    assert "本版本尚未提供此步骤的操作界面" in texts


def test_status_bar_shows_database_and_log_head(window, db_path):
    assert str(db_path) in window.db_label.text()
    assert window.head_label.toolTip() == audit.head()
    with transaction():
        audit.append("test.entry", {"n": 1})
    window.ctx.notify_data_changed()
    head = audit.head()
    assert window.head_label.toolTip() == head
    assert head[:12] in window.head_label.text() and "审计日志链头" in window.head_label.text()


def test_plan_selector_follows_a_screen_choosing_a_plan(window):
    _add_enterprise_register()
    first = Plan.create(title="甲计划", start="2020-10-20", due="2020-11-30", end="2020-11-30", created_at=NOW)
    window.ctx.notify_data_changed()
    second = Plan.create(title="乙计划", start="2020-10-20", due="2020-11-30", end="2020-11-30", created_at=NOW)
    window.ctx.set_current_plan(second.id)          # what the plan screen does after creating one
    assert window.plan_combo.currentText() == "乙计划" and window.plan_combo.count() == 2
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(first.id))
    assert window.ctx.current_plan_id == first.id
