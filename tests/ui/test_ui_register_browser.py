"""The register browser on a 20,000-row version: scroll to the end, district filter, search by name.

The version is read as a large one (SYNC_ROWS lowered), so counts and windows come from the model's
background thread as they do on 1,000,000 rows; speed is measured by bench/bench_register_browser.py.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from tests.support.browse_rows import add_version


@pytest.fixture
def ctx(blank_ctx):
    return blank_ctx


@pytest.fixture
def big(ctx, qtbot, monkeypatch):
    from ui.models import register_rows
    from ui.screens.registers import create_screen
    monkeypatch.setattr(register_rows, "SYNC_ROWS", 1_000)
    _version_id, rows = add_version(20_000)
    screen = create_screen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitUntil(lambda: not screen.rows_model.loading and screen.rows_model.total == 20_000)
    yield screen, rows
    screen.rows_model.wait()


def _shown(screen, row: int, column: int = 0):
    model = screen.rows_model
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_scroll_to_end_shows_the_last_row(big, qtbot):
    screen, rows = big
    model = screen.rows_model
    assert model.rowCount() == 20_000 and screen.count_label.text().startswith("20,000")
    screen.rows_view.scrollToBottom()
    qtbot.waitUntil(lambda: _shown(screen, 19_999) == rows[-1][0])        # fetched in the background
    assert screen.rows_view.rowAt(screen.rows_view.viewport().height() - 2) in (19_999, 19_998)
    screen.rows_view.scrollTo(model.index(10_000, 0))                       # a jump to the middle
    qtbot.waitUntil(lambda: _shown(screen, 10_000) == rows[10_000][0])


def test_district_filter_counts_and_shows_only_that_district(big, qtbot):
    screen, rows = big
    model = screen.rows_model
    screen.district_combo.setCurrentIndex(screen.district_combo.findData("黄岛区"))
    expected = [r[0] for r in rows if r[3] == "黄岛区"]
    qtbot.waitUntil(lambda: not model.loading and model.total == len(expected))
    assert [model.row_object(i)["key"] for i in range(50)] == expected[:50]
    screen.rows_view.scrollToBottom()
    qtbot.waitUntil(lambda: _shown(screen, len(expected) - 1) == expected[-1])
    assert "4,000" in screen.count_label.text() and "20,000" in screen.count_label.text()


def test_search_by_name_off_the_gui_thread(big, qtbot):
    screen, rows = big
    model = screen.rows_model
    screen.search_edit.setText(rows[7_777][2][2:])      # a full name, less the city
    screen._search_timer.stop()
    screen.reload_rows()
    assert model.loading                               # the count runs in the background
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == 1 and model.row_object(0)["key"] == rows[7_777][0]
    screen.search_edit.setText("鼎盛恒达")               # two words: many rows
    screen._search_timer.stop()
    screen.reload_rows()
    qtbot.waitUntil(lambda: not model.loading)
    expected = [r[0] for r in rows if "鼎盛恒达" in r[2]]
    assert model.total == len(expected)
    screen.rows_view.scrollToBottom()                  # the search's windows are read by id, at once
    assert _shown(screen, len(expected) - 1) == expected[-1]
    screen.search_edit.setText("")
    screen._search_timer.stop()
    screen.reload_rows()
    qtbot.waitUntil(lambda: not model.loading and model.total == 20_000)


def test_search_by_name_shows_the_names_first_then_every_column(big, qtbot):
    screen, rows = big
    model = screen.rows_model
    screen.rows_model.wait()
    assert model.name_index is None                           # not read while the clerk only browses
    QApplication.sendEvent(screen.search_edit, QFocusEvent(QEvent.Type.FocusIn))
    qtbot.waitUntil(lambda: model.name_index is not None)      # read when the clerk goes to the search box
    seen = []
    model.ready.connect(lambda: seen.append((model.total, model.loading)))
    screen.search_edit.setText("长江路1234")                   # in an address, in no name
    screen._search_timer.stop()
    screen.reload_rows()
    qtbot.waitUntil(lambda: not model.loading)
    expected = [r[0] for r in rows if "长江路1234" in r[7]]
    assert seen[0] == (0, True)                                # by name: none yet, still searching
    assert model.total == len(expected) > 0 and model.row_object(0)["key"] == expected[0]
    screen.search_edit.setText(rows[4_321][2][2:])
    screen._search_timer.stop()
    screen.reload_rows()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == 1 and model.row_object(0)["key"] == rows[4_321][0]


def test_columns_fit_the_first_rows_read_in_the_background(big):
    """The columns are sized when the first window arrives, not while the view holds empty placeholders."""
    screen, rows = big
    view = screen.rows_view
    name = next(i for i, c in enumerate(screen.rows_model.columns) if c.field == "name")
    longest = max(view.fontMetrics().horizontalAdvance(r[2]) for r in rows[:40])
    assert view.columnWidth(name) >= longest
