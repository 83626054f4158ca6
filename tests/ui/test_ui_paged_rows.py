"""Issue 18: the draw and match screens' tables (ui.models.paged_rows) show 200,000 rows a page at a time,
filter and sort every row in the model, and find a kept row wherever it is."""
from __future__ import annotations

import gc

from PySide6.QtCore import Qt

from ui.models.paged_rows import PagedRecordModel, collector_paused, make_paged_table
from ui.widgets.tables import Column, source_row


def _model(n: int, page: int = 100) -> PagedRecordModel:
    rows = [{"key": f"K{i:05d}", "district": "市南区" if i % 3 == 0 else "市北区", "n": n - i} for i in range(n)]
    return PagedRecordModel([Column("Key", lambda r: r["key"]), Column("N", lambda r: r["n"], numeric=True)],
                            rows, page=page)


def test_the_view_sees_a_page_at_a_time_and_rows_holds_every_row(qtbot):
    model = _model(250)
    view = make_paged_table(model)
    qtbot.addWidget(view)
    assert model.rowCount() == 100 and len(model.rows()) == 250 and model.total() == 250
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert model.row(249)["key"] == "K00249" and model.row(250) is None


def test_sorting_orders_every_row_not_only_the_fetched_ones(qtbot):
    model = _model(250)
    view = make_paged_table(model)
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)          # N: 250 … 1, sorted as numbers
    assert [model.row(i)["n"] for i in range(3)] == [1, 2, 3] and model.rowCount() == 100
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.row(0)["key"] == "K00249"
    assert view.model().index(0, 0).data() == "K00249"         # the proxy shows the model's order


def test_a_large_sort_runs_on_a_thread_and_ends_in_the_same_order(qtbot, monkeypatch):
    """From BACKGROUND_SORT rows the sort runs off the GUI thread (busy meanwhile, the rows as they were);
    the order it gives is the one the GUI thread gives a smaller table; a stale sort is dropped."""
    from ui.models import paged_rows
    model = _model(250)
    view = make_paged_table(model)
    qtbot.addWidget(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    expected = list(model.shown())
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    monkeypatch.setattr(paged_rows, "BACKGROUND_SORT", 100)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)          # soon overtaken by the next one: dropped
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.sorting() and model.total() == 250
    qtbot.waitUntil(lambda: not model.sorting(), timeout=5000)
    assert model.shown() == expected and [model.row(i)["n"] for i in range(3)] == [1, 2, 3]
    qtbot.wait(50)                                               # the dropped sort's late answer changes nothing
    assert model.shown() == expected and not model.sorting()
    model.set_equal("district", "市南区")                          # a filter keeps the sort, off the thread too
    qtbot.waitUntil(lambda: not model.sorting(), timeout=5000)
    assert [r["n"] for r in model.shown()] == sorted(r["n"] for r in expected if r["district"] == "市南区")


def test_a_filter_picks_from_every_row_and_the_kept_row_is_found(qtbot):
    model = _model(250)
    model.rows()[240]["district"] = "崂山区"                     # only beyond the first page
    view = make_paged_table(model)
    qtbot.addWidget(view)
    proxy = view.model()
    proxy.set_equal("district", "崂山区")
    assert proxy.rowCount() == 1 and source_row(view) is None
    assert model.row(0)["key"] == "K00240" and len(model.rows()) == 250
    proxy.set_equal("district", "市南区")
    assert model.total() == sum(1 for r in model.rows() if r["district"] == "市南区") == 83
    assert all(model.row(r)["district"] == "市南区" for r in range(model.rowCount()))
    proxy.set_equal("district", None)
    assert model.total() == 250
    at = model.position(lambda r: r["key"] == "K00230")       # beyond the first page: fetched up to it
    assert at == 230 and model.rowCount() >= 231
    view.setCurrentIndex(proxy.mapFromSource(model.index(at, 0)))
    assert source_row(view)["key"] == "K00230"
    assert model.position(lambda r: r["key"] == "nope") is None


def test_set_rows_starts_again_at_the_first_page(qtbot):
    model = _model(250)
    model.fetch_to(249)
    model.set_rows([{"key": "A", "n": 1}])
    assert model.rowCount() == 1 and model.rows() == [{"key": "A", "n": 1}]


def test_the_collector_is_paused_during_a_read_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()                               # a caller's own choice is kept
    finally:
        gc.enable()
