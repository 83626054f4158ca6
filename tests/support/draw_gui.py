"""Helpers for driving the draw and match GUI (the demo-plan `ctx` of tests/ui/conftest.py)."""
from __future__ import annotations

# The witness page's rows as the clerk types them (digits with spaces).
# The demo plan's title as it begins the printed records' file names (app.docs.names.plan_part).
DEMO_PLAN_FILES = "演示：工业产品生产许可证及食品相关产品生产企业双随机、一公开抽查"
GOOD = [("王建国", "派驻纪检组", "监督", "38104 72956 1"), ("李秀英", "企业代表", "企业代表", "92750183346")]


def idle(qtbot, ctx):
    """Wait until the context's task runner has nothing running, then let queued signals arrive."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=15000)
    qtbot.wait(20)


def fill(page, rows):
    """Fill a witness page with rows of (name, unit, role, digits), adding or removing boxes."""
    while len(page.boxes) < len(rows):
        page.add_witness()
    while len(page.boxes) > len(rows):
        page.remove_last()
    for box, (name, unit, role, digits) in zip(page.boxes, rows):
        box.set_value(name, unit, role, digits)


def answer_dialogs(monkeypatch, fill):
    """Replace exec() of the draw screen's modal dialogs: `fill(dialog)` fills the form, then OK when enabled."""
    from PySide6.QtWidgets import QDialogButtonBox

    import ui.screens.draw as module

    def fake_exec(dialog):
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return ok.isEnabled()
    monkeypatch.setattr(module, "exec_dialog", fake_exec)
