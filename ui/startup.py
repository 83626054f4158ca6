"""Start-up plumbing: the log file, the last-resort exception dialog, one instance per database, fonts."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.db.base import database
from app.errors import CancelledError
from app.integrity import check_all, check_at_start, check_file
from app.integrity.findings import Report
from app.paths import resource_path, user_log_dir
from ui.context import AppContext
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
# does not wait for it or share the interpreter with it.
FULL_CHECK_DELAY_MS = 30_000


def check_integrity_at_start(ctx: AppContext, window: QWidget, *,
                             full_after_ms: int | None = FULL_CHECK_DELAY_MS) -> Task:
    """The cheap check (app.integrity.check_at_start: the audit log and its anchor, row counts and the
    stored digests against the log; the same time for any register size) off the GUI thread once the
    window shows; then, `full_after_ms` later, the full check (app.integrity.check_all) on its own
    low-priority thread (window.deferred_check), which does not hold up the clerk's tasks. When anything
    differs, a warning names the objects. The clerk can go on working (the documents refuse the
    tampered draw by themselves); the warning says to check and restore a backup."""
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


def warn(window: QWidget, report: Report, when: str) -> None:
    log.warning("integrity check (%s) failed:\n%s", when, report.message())
    window.integrity_warning = integrity_warning(window, report)   # kept alive while it shows
    window.integrity_warning.open()


class _CheckJob(QRunnable):
    def __init__(self, owner: DeferredCheck):
        super().__init__()
        self.setAutoDelete(False)
        self.owner = owner

    def run(self) -> None:
        try:
            report = check_file()   # every page: a large file is not page-checked at open
            if report.ok:           # a damaged file would only fail the digests' reads
                report.extend(check_all(self.owner.db_path, cancel=self.owner.cancel_event.is_set))
            result: object = report
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never raised in the pool
            result = exc
        finally:
            if database.obj is not None and not database.obj.is_closed():
                database.obj.close()   # peewee's connection of this pool thread (one per thread)
        self.owner.finished.emit(result)


class DeferredCheck(QObject):
    """The full integrity check, later and apart: its own one-thread pool at the lowest priority (the
    task runner stays free for the clerk's work, and no progress dialog shows), cancelled when the
    program quits (stop())."""

    finished = Signal(object)   # the Report, or the exception

    def __init__(self, db_path, window: QWidget):
        super().__init__(window)
        self.db_path = db_path
        self.window = window
        self.cancel_event = threading.Event()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setThreadPriority(QThread.Priority.LowestPriority)
        self.report: Report | None = None
        self.running = False
        self._job = _CheckJob(self)
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    def start_after(self, delay_ms: int) -> None:
        QTimer.singleShot(max(0, delay_ms), self, self.start)

    @Slot()
    def start(self) -> None:
        if self.running or self.cancel_event.is_set():
            return
        self.running = True
        log.info("full integrity check started in the background")
        self.pool.start(self._job)

    def stop(self, wait_ms: int = 10_000) -> None:
        """Ask the check to stop and wait for its thread (the database is closed after this)."""
        self.cancel_event.set()
        self.pool.waitForDone(wait_ms)

    @Slot(object)
    def _done(self, result: object) -> None:
        self.running = False
        if isinstance(result, CancelledError):
            log.info("full integrity check stopped (the program is closing)")
        elif isinstance(result, BaseException):
            log.warning("full integrity check could not run: %s", result)
        elif isinstance(result, Report):
            self.report = result
            if result.ok:
                log.info("full integrity check: %s", result.message())
            else:
                warn(self.window, result, "full, in the background")


def integrity_warning(parent: QWidget | None, report: Report) -> QMessageBox:
    """The warning box (not yet shown): the first differences in the text, all of them in the details."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Data integrity warning"),
                      QCoreApplication.translate(
                          "Startup", "The database differs from its audit log in %1 place(s): it may have been "
                          "edited outside this program, or copied without its -wal file.").replace(
                          "%1", str(len(report.findings))), QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(report.lines(5)) + "\n\n" + QCoreApplication.translate(
        "Startup", "Documents of the affected draws will not be generated. Run “spotcheck db check” for "
        "the full list and restore a backup (File → Restore backup)."))
    box.setDetailedText("\n".join(report.lines()))
    return box
