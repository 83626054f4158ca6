"""The Qt-free modules behind the document, package and publication screens, imported on a background
thread once the window is idle.

Their first click used to import reportlab, openpyxl and about sixty app modules on the GUI thread:
measured on the 2-core reference machine, ui.screens.documents took 270 ms, packages 566 ms and
publication 244 ms, each one import that cannot be split across event-loop turns (issue 18: the GUI
thread is never blocked more than 100 ms). A thread can do that work instead: Python hands the
interpreter to the GUI thread every few milliseconds, so the window stays live. Only app/ and the
libraries are imported here - app/ never imports Qt (tests/core/test_import_structure.py), so nothing
on this thread touches a widget. The screens themselves are still imported on the GUI thread when
first shown, which then costs only their own Qt code. A click during the preload waits at most for the
module being imported at that moment (Python's per-module import locks).

The cost, measured: while the preload runs (about 0.35 s, a second after the window is shown), a screen
the clerk opens paints slowly - the GUI thread needs the interpreter lock for every cell it paints and
waits behind the import: worst stalls of 190-250 ms against 30-40 ms otherwise. Without the preload the
first click on each of the three screens stalled 244-566 ms, every session.
"""
from __future__ import annotations

import logging
import threading
from importlib import import_module  # bound here: a test replacing importlib.import_module is not seen

log = logging.getLogger(__name__)

# The roots: together they import every app module, reportlab and openpyxl the heavy screens need.
# tests/ui/test_ui_preload.py checks that importing the screens after these adds no app or library module.
MODULES = (
    "app.docs.service",
    "app.docs.office",
    "app.docs.charts",
    "app.docs.summary",
    "app.packages.writer",
    "app.packages.returns",
    "app.publish.archive",
    "app.publish.archive_extras",
    "app.publish.export",
    "app.publish.followup",
    "app.publish.stats_export",
    "app.results.progress",
    "app.share.importer",
    "app.share.progress",
    "app.share.queries",
    "app.share.returns_writer",
    "app.share.writer",
    "app.share.returns_import",
    "app.share.verify",
)


def preload(names: tuple[str, ...] = MODULES) -> None:
    """Import `names` in order. A module that fails is left for its screen, which shows the clerk why."""
    for name in names:
        try:
            import_module(name)
        except Exception:  # noqa: BLE001 - reported when the screen is opened, not while preloading
            log.info("module %s not preloaded", name, exc_info=True)


_thread: threading.Thread | None = None     # the last preload started


def start(names: tuple[str, ...] = MODULES) -> threading.Thread:
    """preload(names) on a daemon thread (closing the window never waits for it)."""
    global _thread
    _thread = threading.Thread(target=preload, args=(names,), name="spotcheck-preload", daemon=True)
    _thread.start()
    return _thread


def finished() -> bool:
    """A preload was started and has ended (bench/gui_screens.py waits for it, as a clerk's session is past it)."""
    return _thread is not None and not _thread.is_alive()
