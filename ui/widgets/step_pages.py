"""The right-hand area: one page per step, created the first time it is shown.

A step's page comes from ui/screens/<key>.py (create_screen(ctx) -> QWidget),
imported lazily so a slow or missing screen never delays the start. While a
screen module does not exist yet, a page says what the step will do. Once the
window is up, warm_up() imports the given screens' modules one per event-loop
turn while the clerk reads the first screen, so a first click on those steps does
not pay for them (the draw screen's import took 64 ms of a 143 ms stall; issue 18).
"""
from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.steps import requirement_text, step_description, step_title
from ui.widgets.labels import page_title

log = logging.getLogger(__name__)


class InfoPage(QWidget):
    """A tidy page with a title, a description and an optional note."""

    def __init__(self, title: str, text: str, note: str = "", parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(page_title(title, 1.6))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        body = QLabel(text)
        body.setObjectName("pageText")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        self.note_label = QLabel(note)
        self.note_label.setObjectName("pageNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #8d6e00;")
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def set_note(self, note: str) -> None:
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))


def _screen_missing(exc: ModuleNotFoundError, key: str) -> bool:
    return exc.name in ("ui.screens", f"ui.screens.{key}")


class StepPages(QStackedWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._pages: dict[str, QWidget] = {}
        self._blocked: dict[tuple[str, tuple[str, ...]], InfoPage] = {}

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def warm_up(self, keys: list[str], delay_ms: int = 1000, then: Callable[[], object] | None = None) -> None:
        """Import the screens of `keys` ahead of their first showing, one module per event-loop turn, then
        call `then` (ui.preload.start). An import that fails here is left for _create, which shows the
        clerk why when the step is opened."""
        pending = [k for k in keys if k not in self._pages]

        def next_one() -> None:
            if not pending:
                if then is not None:
                    then()
                return
            key = pending.pop(0)
            try:
                importlib.import_module(f"ui.screens.{key}")
            except Exception:  # noqa: BLE001 - reported when the step is opened, not while warming up
                log.info("screen %s not preloaded:\n%s", key, traceback.format_exc())
            QTimer.singleShot(0, next_one)
        QTimer.singleShot(delay_ms, next_one)

    def show_step(self, key: str, enabled: bool, visible: list[str] | None = None) -> QWidget:
        """Show the step's page, or, when its inputs are missing, what the clerk must do first
        (`visible`: the steps the step list shows, whose numbers the note names)."""
        if not enabled:
            cache_key = (key, tuple(visible or ()))
            page = self._blocked.get(cache_key)
            if page is None:
                page = InfoPage(step_title(key), step_description(key, visible), requirement_text(key, visible))
                self._blocked[cache_key] = page
                self.addWidget(page)
        else:
            page = self._pages.get(key) or self._create(key)
        self.setCurrentWidget(page)
        return page

    def _create(self, key: str) -> QWidget:
        try:
            module = importlib.import_module(f"ui.screens.{key}")
            page = module.create_screen(self.ctx)
        except Exception as exc:  # noqa: BLE001 - a broken screen must not take the window down
            if isinstance(exc, ModuleNotFoundError) and _screen_missing(exc, key):
                note = self.tr("This step's screen is not part of this version yet.")
            else:
                log.error("screen %s failed to load:\n%s", key, traceback.format_exc())
                note = self.tr("This screen could not be opened: %1").replace("%1", str(exc))
            page = InfoPage(step_title(key), step_description(key), note)
        page.setObjectName(f"step_{key}")
        self._pages[key] = page
        self.addWidget(page)
        return page
