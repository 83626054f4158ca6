"""--screenshot DIR: grab the main window and the dialogs to PNG (for scripts/screenshot.py and reviews)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs.about import AboutDialog
from ui.dialogs.audit_log import AuditLogDialog
from ui.dialogs.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


def _settle(app: QApplication, ctx, msecs: int = 400) -> None:
    """Let layouts, pending tasks (e.g. the demo load) and repaints finish."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < msecs or (ctx.tasks.busy() and timer.elapsed() < 120_000):
        app.processEvents()
        ctx.tasks.wait(20)


def take_screenshots(app: QApplication, ctx, window, out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    # No window manager under Xvfb, so "maximized" is done by hand: fill the screen.
    window.setGeometry(window.screen().availableGeometry())
    _settle(app, ctx, 800)
    written = []

    def save(widget, name: str) -> None:
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    save(window, "main-window")
    for key in ("plan", "draw", "packages"):
        window.steps.select(key)
        _settle(app, ctx)
        save(window, f"main-window-{key}")
    window.steps.select("registers")

    dialog = SettingsDialog(ctx, window)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _settle(app, ctx)
        save(dialog, f"settings-{index + 1}")
    dialog.reject()

    for name, cls in (("audit-log", AuditLogDialog), ("about", AboutDialog)):
        other = cls(ctx, window)
        other.show()
        _settle(app, ctx)
        save(other, name)
        other.reject()
    for path in written:
        print(path)
    return 0
