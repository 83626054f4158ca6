"""spotcheck-gui / python -m ui: start the desktop application.

    --db PATH          use this database (default: SPOTCHECK_DB or the user data folder)
    --demo-if-empty    load the bundled demo data when the database has no registers
    --empty            start without the demo data and without asking (a new database otherwise asks:
                       载入演示数据 / 从空白开始)
    --lang zh_CN|en    language (default: the "language" setting, Chinese)
    --self-test        run the installer self-test (no window) and exit with its status
    --screenshot DIR   write PNGs of the main window and the settings dialog, then exit
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_TITLE_ZH, workflow
from app.db import close_database, open_database
from app.errors import SpotcheckError
from app.paths import default_db_path
from app.settings.store import get_setting
from ui import i18n, startup
from ui.context import AppContext
from ui.dialogs.demo_data import ask_first_run
from ui.main_window import MainWindow
from ui.operations import settings as settings_ops

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="spotcheck-gui", description="双随机抽查工作台")
    parser.add_argument("--db", metavar="PATH", help="数据库文件")
    parser.add_argument("--demo-if-empty", action="store_true", help="数据库中没有名录时载入演示数据")
    parser.add_argument("--empty", action="store_true", help="新数据库不载入演示数据，也不询问")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.add_argument("--self-test", action="store_true", help="运行自检（不打开窗口）")
    parser.add_argument("--screenshot", metavar="DIR", help="保存主窗口和设置对话框的截图后退出")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _run_self_test() -> int:
    # Imported here, not at the top: the self-test pulls in every document module (reportlab), a third
    # of the window's start-up time, for a mode that opens no window.
    from app import selftest
    from ui.selftest_checks import CHECKS
    return int(selftest.run_self_test(print, extra_checks=CHECKS))


def _open_database(db_path: Path):
    """Open the database, or show why it cannot be opened. Returns True when open."""
    try:
        open_database(db_path)
        return True
    except SpotcheckError as exc:
        log.error("cannot open database %s: %s", db_path, exc)
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Cannot open the database"), str(exc))
        return False


def _language(args) -> str:
    if args.lang:
        return args.lang
    return "zh_CN"


def _saved_language() -> str | None:
    try:
        return get_setting("language")
    except Exception:  # noqa: BLE001 - a fresh or damaged database simply means the default
        return None


def _load_demo_if_empty(ctx, window) -> None:
    if workflow.has_registers():
        return
    log.info("database is empty: loading the demo data")
    settings_ops.load_demo(window, ctx).run()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse_args(argv)
    if args.self_test:
        return _run_self_test()

    log_path = startup.setup_logging()
    startup.install_excepthook()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "spotcheck-gui", *argv])
    app.setApplicationName(APP_TITLE_ZH)
    app.setOrganizationName("spotcheck")
    startup.load_bundled_fonts(app)
    translators = i18n.install_translators(app, _language(args))

    db_path = Path(args.db).expanduser().resolve() if args.db else default_db_path().resolve()
    log.info("starting; database %s, log %s", db_path, log_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = startup.acquire_instance_lock(db_path)
    if lock is None:
        QMessageBox.information(None, APP_TITLE_ZH, QCoreApplication.translate(
            "Startup", "The workbench is already running with this database:\n%1\n\nSwitch to the open window.")
            .replace("%1", str(db_path)))
        return 0
    try:
        if not _open_database(db_path):
            return 1
        saved = None if args.lang else _saved_language()
        if saved and saved != _language(args):
            # The clerk chose another language in the settings: swap the translators.
            for translator in translators:
                app.removeTranslator(translator)
            i18n.install_translators(app, saved)
        return _run_window(app, args, db_path)
    finally:
        close_database()
        lock.unlock()


def _run_window(app, args, db_path: Path) -> int:
    ctx = AppContext(db_path)
    window = MainWindow(ctx)
    window.show()
    startup.check_integrity_at_start(ctx, window)
    if args.demo_if_empty:
        _load_demo_if_empty(ctx, window)
    elif not (args.empty or args.screenshot):
        ask_first_run(window, ctx)   # a brand-new database: 载入演示数据 / 从空白开始
    if args.screenshot:
        from ui.shots import take_screenshots  # only this mode needs it (it imports the dialogs' modules)
        return take_screenshots(app, ctx, window, Path(args.screenshot))
    status = app.exec()
    deferred = getattr(window, "deferred_check", None)
    if deferred is not None:
        deferred.stop()   # the full integrity check must not read on while the database closes
    ctx.tasks.wait(10_000)
    return status
