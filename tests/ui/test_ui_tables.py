"""The shared read-only tables (ui.widgets.tables) on many rows: filtering and column sizing.

The proxy computes its filter verdicts once per change (not one Python call per row and per pass);
these tests check it still shows exactly the matching rows through every change, and that the columns
are sized from the first rows only.
"""
from __future__ import annotations

from ui.widgets.tables import FIT_SAMPLE_ROWS, Column, RecordTableModel, fit_columns, make_table

DISTRICTS = ["市南区", "市北区", "崂山区"]


def _rows(n: int, prefix: str = "企业") -> list[dict]:
    return [{"key": f"K{i:06d}", "name": f"{prefix}{i}", "district": DISTRICTS[i % 3], "tasks": ["T1"] if i % 2
             else ["T1", "T2"]} for i in range(n)]


def _table(qtbot, rows):
    model = RecordTableModel([Column("编号", lambda r: r["key"], mono=True), Column("名称", lambda r: r["name"]),
                              Column("区市", lambda r: r["district"])], rows)
    view = make_table(model)
    qtbot.addWidget(view)
    return model, view, view.model()


def _shown(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_filters_show_exactly_the_matching_rows_through_every_change(qtbot):
    model, _view, proxy = _table(qtbot, _rows(3000))
    assert proxy.rowCount() == 3000
    proxy.set_equal("district", "崂山区")
    assert _shown(proxy) == [r["key"] for r in _rows(3000) if r["district"] == "崂山区"]
    proxy.set_equal("tasks", "T2")                 # a list field: the value is one of its items
    assert _shown(proxy) == [r["key"] for r in _rows(3000) if r["district"] == "崂山区" and "T2" in r["tasks"]]
    # new rows under the same filters: the verdicts are those of the new rows, not the old ones
    fresh = _rows(90, "新企业")
    model.set_rows(fresh)
    kept = [r for r in fresh if r["district"] == "崂山区" and "T2" in r["tasks"]]
    assert _shown(proxy) == [r["key"] for r in kept]
    proxy.set_text("新企业3")
    assert _shown(proxy) == [r["key"] for r in kept if "新企业3" in r["name"]] != []
    proxy.set_text("")
    proxy.set_equal("tasks", None)
    proxy.set_equal("district", "")
    assert proxy.rowCount() == 90 and model.rowCount() == 90


def test_setting_the_same_filter_again_keeps_the_rows(qtbot):
    _model, _view, proxy = _table(qtbot, _rows(600))
    proxy.set_equal("district", "市北区")
    first = _shown(proxy)
    proxy.set_equal("district", "市北区")
    proxy.set_equal("missing", None)               # clearing a filter that is not set
    assert _shown(proxy) == first and len(first) == 200


def test_sorting_still_sorts_every_row(qtbot):
    _model, view, proxy = _table(qtbot, _rows(500))
    view.sortByColumn(1, view.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert names == sorted((r["name"] for r in _rows(500)), reverse=True)


def test_columns_are_sized_from_the_first_rows_only(qtbot):
    """A very long name far below the sample does not widen its column; the same name at the top does."""
    rows = _rows(FIT_SAMPLE_ROWS * 20)
    rows[-1] = dict(rows[-1], name="很长的企业名称" * 8)
    _model, view, _proxy = _table(qtbot, rows)
    fit_columns(view, max_width=2000)
    narrow = view.columnWidth(1)
    top = [dict(rows[-1])] + rows[:-1]
    _model2, view2, _proxy2 = _table(qtbot, top)
    fit_columns(view2, max_width=2000)
    assert view2.columnWidth(1) > narrow
    assert view.horizontalHeader().resizeContentsPrecision() == FIT_SAMPLE_ROWS
