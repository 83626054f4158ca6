"""Start-up plumbing: the log file, the last-resort exception dialog, one instance per database, fonts."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.integrity import check_at_start
from app.integrity.findings import Report
from app.paths import resource_path, user_log_dir
from ui.context import AppContext
from ui.integrity_check import DeferredCheck, warn
from ui.tasks import Task
from ui.widgets.reads import read_in_background

log = logging.getLogger(__name__)

LOG_FILE_NAME = "spotcheck-gui.log"
_log_file: Path | None = None


def setup_logging(log_dir: Path | None = None) -> Path:
    """A rotating log in the user's log folder (5 files of 2 MB): enough to send to support."""
    global _log_file
    folder = Path(log_dir) if log_dir else user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = path
    return path


def log_file() -> Path | None:
    return _log_file


def install_excepthook() -> None:
    """An unexpected exception is logged and shown with the log path; the program keeps running."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_unexpected_error(exc)
    sys.excepthook = hook


def show_unexpected_error(exc: BaseException, parent=None) -> None:
    text = QCoreApplication.translate(
        "Startup", "An unexpected error occurred. Your data has not been changed by the failed operation.")
    details = QCoreApplication.translate("Startup", "Details were written to the log file:\n%1").replace(
        "%1", str(_log_file or user_log_dir()))
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Unexpected error"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(details)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """Lock `<database>.lock`; None when another running program holds it.

    The caller keeps the returned QLockFile alive for the life of the program.
    A lock left by a crashed program (its process is gone) is taken over.
    """
    lock = QLockFile(str(Path(db_path).with_name(Path(db_path).name + ".lock")))
    lock.setStaleLockTime(0)   # never treat a long-running instance's lock as stale by age
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("lock file error %s; continuing without the single-instance lock", lock.error())
    return lock


_GENERIC_FAMILIES = {"sans serif", "sans-serif", "sans", "helvetica"}


def _by_preference(families: list[str]) -> list[str]:
    """Sans-serif (黑体) faces read best on screen; monospaced ones are left out, serif ones go last."""
    usable = [f for f in families if "mono" not in f.lower()]
    return sorted(usable, key=lambda f: 0 if ("hei" in f.lower() or "sans" in f.lower()) else 1)


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Add resources/fonts/* and put them behind the system font, so Chinese renders everywhere.

    The system font stays first (it looks native); Qt falls back glyph by glyph
    to the bundled families on machines without a CJK font.
    """
    families: list[str] = []
    folder = resource_path("fonts")
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in (".ttf", ".ttc", ".otf"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load font %s", path)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    if families:
        font = QFont(app.font())
        # A generic "Sans Serif" (Linux without desktop settings) may resolve to a
        # monospaced face; a named system font (Windows: Microsoft YaHei UI) stays first.
        current = [f for f in (font.families() or [font.family()]) if f.lower() not in _GENERIC_FAMILIES]
        font.setFamilies([*current, *[f for f in _by_preference(families) if f not in current]])
        app.setFont(font)
        log.info("application fonts: %s", ", ".join(font.families()))
    else:
        log.info("no bundled fonts in %s; using system fonts", folder)
    return families


# ---- the tamper check at start -----------------------------------------------------

# The full check re-derives every digest: half a minute and the draw's whole record on a provincial
# database. It starts this long after the window shows, so the start-up (and the clerk's first clicks)
# does not share the disk and the two cores with it.
FULL_CHECK_DELAY_MS = 30_000


def check_integrity_at_start(ctx: AppContext, window: QWidget, *,
                             full_after_ms: int | None = FULL_CHECK_DELAY_MS) -> Task:
    """The cheap check (app.integrity.check_at_start: the audit log and its anchor, row counts and the
    stored digests against the log; the same time for any register size) off the GUI thread once the
    window shows; then, `full_after_ms` later, the full check (`spotcheck db check`) in a low-priority
    child process (window.deferred_check, ui.integrity_check), which neither holds up the clerk's tasks
    nor shares the GUI's interpreter. When anything differs, a warning names the objects. The clerk can
    go on working (the documents refuse the tampered draw by themselves); the warning says to check and
    restore a backup."""
    def done(report: Report) -> None:
        if not report.ok:
            warn(window, report, "at start")
            return
        log.info("integrity check at start: %s", report.message())
        if full_after_ms is not None:
            window.deferred_check = DeferredCheck(ctx.db_path, window)
            window.deferred_check.start_after(full_after_ms)

    def failed(exc: BaseException) -> None:
        log.warning("integrity check at start could not run: %s", exc)

    return read_in_background(ctx, lambda: check_at_start(ctx.db_path), title=QCoreApplication.translate(
        "Startup", "Checking the data's integrity…"), on_done=done, on_error=failed)
