"""A witnessed ceremony as a wizard: the frame both the draw and the match wizards specialise.

    choice → review (COMMIT, irreversible) → commitment shown, saved/printed →
    witnesses and digits → read-back (CONFIRM, irreversible) → result, record saved.

CeremonyWizard holds the order of the pages, the witness pages (witness_page.py)
and the guard that a running commit or run is never abandoned. Each page class
here holds what both ceremonies do on that page; a subclass adds its own
widgets, texts and the operation (ui/operations) or query it calls:

- ChoicePage: what the ceremony is for; `state` none | ready | committed | done.
  A committed ceremony skips the review and continues at its commitment.
- ReviewPage: reads what the commitment will freeze (`read()`, off the GUI
  thread), shows it (`show_result(result)`); its commit button runs `commit()` once.
- CommitmentPage: the commitment digest, large, and a button to save/print it.
- ResultPage: the seed, large, the result's tabs and a button to save the record.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from ui.operations import Operation
from ui.widgets import ask
from ui.widgets.digest import DigestCopy
from ui.widgets.labels import DigestLabel, error_label, note_label, page_heading, set_error
from ui.widgets.reads import read_in_background
from ui.wizards.witness_page import ReadBackPage, WitnessEntryPage

PAGE_CHOICE, PAGE_REVIEW, PAGE_COMMITMENT, PAGE_WITNESSES, PAGE_READBACK, PAGE_RESULT = range(6)


def save_into_folder(widget: QWidget, folder_title: str, write: Callable[[str], Operation], done_text: str,
                     names: Callable[[], list[str]] | None = None) -> None:
    """Ask for a folder, ask before replacing any of `names()` already there, run the write operation into it,
    then list the files and offer to open the folder (`done_text`'s %1 is the list of files written)."""
    folder = ask.ask_folder(widget, folder_title, kind=ask.RECORDS)
    if not folder or (names is not None and not ask.confirm_overwrite(widget, folder, names())):
        return
    write(folder).success(lambda paths: ask.offer_open(widget, folder, done_text.replace(
        "%1", "\n".join(str(p) for p in (paths or {}).values()) or folder))).run()


class ChoicePage(QWizardPage):
    """The first page: subclasses fill `layout` and set `state` (and `note`) when the choice changes."""

    def __init__(self, wizard: CeremonyWizard, title: str, subtitle: str):
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self.note = note_label()
        self.state = "none"

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.state in ("ready", "committed")

    def nextId(self) -> int:  # noqa: N802
        return PAGE_COMMITMENT if self.state == "committed" else PAGE_REVIEW


class ReviewPage(QWizardPage):
    """What the commitment freezes; its commit button commits once (subclasses: read, show_result, commit)."""

    def __init__(self, wizard: CeremonyWizard, title: str, subtitle: str, commit_text: str):
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, commit_text)
        self.layout_ = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.error = error_label()
        self.loaded = self.committing = self.committed = False

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)

    # -- what a subclass says ------------------------------------------------------
    def loading_text(self) -> str:
        raise NotImplementedError

    def read(self) -> Any:
        """Runs on the worker thread: the core query whose answer show_result() displays."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty the tables before a new read."""

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def commit(self) -> Operation:
        raise NotImplementedError

    def committed_with(self, result: Any) -> None:
        """The commit succeeded (GUI thread), before the wizard moves on."""

    # -- the frame -------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.loaded = False
        set_error(self.error, "")
        self.clear()
        self.summary.setText(self.loading_text())
        self.completeChanged.emit()
        read_in_background(self.w.ctx, self.read, title=self.loading_text(), on_done=self._loaded,
                           on_error=self._failed, cancellable=True)

    def _loaded(self, result) -> None:
        self.show_result(result)
        self.loaded = True
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.summary.setText("")
        set_error(self.error, str(exc))

    def isComplete(self) -> bool:  # noqa: N802
        return self.loaded and not self.committing

    def validatePage(self) -> bool:  # noqa: N802
        if self.committed:
            return True
        if self.committing:
            return False
        self.committing = True
        set_error(self.error, "")
        self.completeChanged.emit()
        self.commit().success(self._committed).failure(self._commit_failed).cancelled(self._commit_failed).run()
        return False

    def _committed(self, result) -> None:
        self.committing = False
        self.committed = True
        self.committed_with(result)
        self.completeChanged.emit()
        if self.w.currentPage() is self:
            self.w.next()

    def _commit_failed(self, exc) -> None:
        self.committing = False
        set_error(self.error, str(exc))
        self.completeChanged.emit()


def _button_row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class CommitmentPage(QWizardPage):
    """The commitment, large, to show the witnesses; subclasses add rows to `layout_` and fill initializePage."""

    def __init__(self, wizard: CeremonyWizard, title: str, subtitle: str, heading: str, save_text: str):
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.layout_.addWidget(self.info)
        self.layout_.addWidget(page_heading(heading))
        self.digest = DigestLabel(2.0)
        self.layout_.addWidget(self.digest)
        self.print_button = QPushButton(save_text)
        self.print_button.clicked.connect(lambda: self.save())

    def finish_layout(self) -> None:
        self.layout_.addLayout(_button_row(self.print_button))

    def save(self) -> None:
        raise NotImplementedError


class ResultPage(QWizardPage):
    """The seed, large, and the result's tabs (`tabs`); the button saves the record."""

    def __init__(self, wizard: CeremonyWizard, title: str, subtitle: str, heading: str, tabs: QWidget,
                 save_text: str):
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(page_heading(heading))
        self.seed = DigestCopy(scale=1.4)      # short with 复制: the whole seed is on the printed record
        layout.addWidget(self.seed)
        layout.addWidget(tabs, 1)
        self.print_button = QPushButton(save_text)
        self.print_button.clicked.connect(lambda: self.save())
        layout.addLayout(_button_row(self.print_button))

    def save(self) -> None:
        raise NotImplementedError


class CeremonyWizard(QWizard):
    """The six pages in order; subclasses build their pages and call add_pages, and say run_operation."""

    def __init__(self, ctx, parent=None, *, title: str):
        super().__init__(parent)
        self.ctx = ctx
        self.draw_no: int | None = None
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def add_pages(self, choice: ChoicePage, review: ReviewPage, commitment: CommitmentPage, result: ResultPage,
                  *, validate_witnesses, confirm_text: str) -> None:
        self.witness_page = WitnessEntryPage(validate_witnesses)
        self.readback_page = ReadBackPage(self.witness_page, self._run, confirm_text)
        for page_id, page in ((PAGE_CHOICE, choice), (PAGE_REVIEW, review), (PAGE_COMMITMENT, commitment),
                              (PAGE_WITNESSES, self.witness_page), (PAGE_READBACK, self.readback_page),
                              (PAGE_RESULT, result)):
            self.setPage(page_id, page)
        self.resize(1000, 680)

    def run_operation(self, witnesses: list[dict]) -> Operation:
        """The ceremony's run (draw or match) with these witnesses."""
        raise NotImplementedError

    def _run(self, witnesses, on_done, on_error) -> None:
        self.run_operation(witnesses).success(on_done).failure(on_error).cancelled(on_error).run()

    def reject(self) -> None:
        if self.ctx.tasks.busy():
            return          # a commit or a run is going on: it finishes (or is cancelled) first
        super().reject()
