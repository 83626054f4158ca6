"""The integrity warnings, and the deferred full check run as a child process (`spotcheck db check --json`).

The full check parses every draw and match record (~900 MB and a minute on a provincial database). In
the GUI process that parsing held the interpreter lock and froze the window for seconds at a time; in a
child process the GUI only waits for the answer through the event loop (QProcess), and its memory stays
the window's. A child that cannot start, crashes or answers with an error is reported to the clerk.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.integrity.external import CheckNotRun, check_command, report_from_output
from app.integrity.findings import Report

log = logging.getLogger(__name__)

CHILD_NICENESS = 10   # POSIX: the child yields the CPU to the clerk's work (2-core bureau PCs)


def warn(window: QWidget, report: Report, when: str) -> None:
    log.warning("integrity check (%s) failed:\n%s", when, report.message())
    window.integrity_warning = integrity_warning(window, report)   # kept alive while it shows
    window.integrity_warning.open()


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


def not_run_warning(parent: QWidget | None, reason: str) -> QMessageBox:
    """The box saying the background check gave no answer (the reason is already Chinese)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Data integrity warning"),
                      reason, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate(
        "Startup", "The data has not been checked in full. Run “spotcheck db check” to check it, or start "
        "the program again."))
    return box


class DeferredCheck(QObject):
    """The full integrity check, later and apart: `spotcheck db check --json` in a child process at a low
    priority, its findings shown in the same warning as the start-up check's. stop() (the program is
    closing) kills the child; `report` holds the answer once there is one, `error` the reason there
    is none."""

    finished = Signal(object)   # the Report, or the CheckNotRun

    def __init__(self, db_path, window: QWidget, command: tuple[str, list[str]] | None = None):
        super().__init__(window)
        self.db_path = Path(db_path)
        self.window = window
        self.command = command or check_command(self.db_path)
        self.process: QProcess | None = None
        self.report: Report | None = None
        self.error: CheckNotRun | None = None
        self.running = False
        self.stopped = False

    def start_after(self, delay_ms: int) -> None:
        QTimer.singleShot(max(0, delay_ms), self, self.start)

    @Slot()
    def start(self) -> None:
        if self.running or self.stopped:
            return
        self.running = True
        program, args = self.command
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(args)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        log.info("full integrity check started in a child process: %s %s", program, " ".join(args))
        process.start()
        if process.waitForStarted(5000) and hasattr(os, "setpriority"):
            try:
                os.setpriority(os.PRIO_PROCESS, int(process.processId()), CHILD_NICENESS)
            except OSError as exc:   # an unprivileged renice can fail; the check runs all the same
                log.info("could not lower the check's priority: %s", exc)

    def stop(self, wait_ms: int = 3000) -> None:
        """The program is closing: kill the child (it only reads), so the database can close."""
        self.stopped = True
        process = self.process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(wait_ms)
            log.info("full integrity check stopped (the program is closing)")
        self.running = False

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.stopped:
            program = self.command[0]
            self._done(CheckNotRun(f"后台完整性检查程序无法启动（{program}：{self.process.errorString()}）。"
                                   if self.process else f"后台完整性检查程序无法启动（{program}）。"))

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        if self.stopped or self.process is None:
            return
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        if err.strip():
            log.info("full integrity check, its messages:\n%s", err.strip()[-4000:])
        if status == QProcess.ExitStatus.CrashExit:
            self._done(CheckNotRun(f"后台完整性检查程序意外退出（{self.process.errorString()}）。"))
            return
        try:
            self._done(report_from_output(exit_code, out, err))
        except CheckNotRun as exc:
            self._done(exc)

    def _done(self, result: Report | CheckNotRun) -> None:
        if not self.running:
            return   # one answer per run (a failed start also reports an error)
        self.running = False
        if isinstance(result, CheckNotRun):
            self.error = result
            log.warning("full integrity check could not run: %s", result)
            self.window.integrity_warning = not_run_warning(self.window, str(result))
            self.window.integrity_warning.open()
        else:
            self.report = result
            if result.ok:
                log.info("full integrity check: %s", result.message())
            else:
                warn(self.window, result, "full, in a child process")
        self.finished.emit(result)
