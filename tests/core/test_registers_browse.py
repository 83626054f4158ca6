"""The browser's reads (app.registers.browse): counts and windows at any position, from either end."""
from __future__ import annotations

from app.registers import browse
from tests.support.browse_rows import add_version


def test_windows_from_either_end_are_the_rows_in_order(db):
    version_id, rows = add_version(3_000)
    query = browse.Query("enterprise", version_id)
    total = browse.count(query)
    assert total == 3_000 == browse.known_count(query, 3_000)
    keys = [r[0] for r in rows]
    for start in (0, 1_000, 1_499, 1_500, 2_800, 2_990):
        assert [r["key"] for r in browse.window(query, start, 200, total)] == keys[start:start + 200]
    assert browse.window(query, 3_000, 200, total) == [] and browse.window(query, -5, 10, total) == []
    last = browse.window(query, total - 1, 200, total)
    assert [r["key"] for r in last] == [keys[-1]] and last[0]["extra"] == {}


def test_district_search_and_state_filters(db):
    version_id, rows = add_version(2_000)
    assert browse.district_names("enterprise", version_id) == sorted({r[3] for r in rows})
    query = browse.Query("enterprise", version_id, district="崂山区", descending=True)
    assert browse.known_count(query, 2_000) is None                 # a district is counted, off the GUI thread
    total = browse.count(query)
    assert total == len(browse.matching_ids(query)) == 400
    expected = sorted((r[0] for r in rows if r[3] == "崂山区"), reverse=True)
    assert [r["key"] for r in browse.window(query, 300, 200, total)] == expected[300:]
    search = browse.Query("enterprise", version_id, search=rows[1234][2][2:])
    assert browse.known_count(search, 2_000) is None
    assert [r["key"] for r in browse.window(search, 0, 200, browse.count(search))] == [rows[1234][0]]
    assert browse.count(browse.Query("enterprise", version_id, search="100%")) == 0   # LIKE's % is literal
    closed = browse.Query("enterprise", version_id, state="no")
    assert browse.count(closed) == sum(1 for r in rows if not r[5])
    assert browse.district_names("avoidance", version_id) == []


def test_matching_ids_and_instr_find_what_like_finds(db):
    version_id, rows = add_version(1_000)
    for term, expected in (("鼎盛恒达", [r[0] for r in rows if "鼎盛恒达" in r[2]]),
                           ("xk000123", [r[0] for r in rows if "XK000123" in r[9]]),     # ASCII: either case
                           ("长江路12号", [r[0] for r in rows if "长江路12号" in r[7]]),
                           ("_", []), ("%", [])):
        query = browse.Query("enterprise", version_id, search=term)
        ids = browse.matching_ids(query)
        assert [r["key"] for r in browse.rows_by_id("enterprise", list(ids))] == expected, term
        assert len(ids) == browse.count(query)


def test_name_index_finds_the_rows_the_search_finds_by_name(db):
    version_id, rows = add_version(1_500)
    index = browse.NameIndex.load("enterprise", version_id)
    assert index is not None and list(index.ids) == list(browse.matching_ids(browse.Query("enterprise", version_id)))
    by_key = dict(zip((r[0] for r in rows), index.ids))                     # both in key order
    for term in ("鼎盛恒达", rows[777][2][2:], "测试0001", "有限公司", "没有"):
        query = browse.Query("enterprise", version_id, search=term)
        assert index.answers(query)
        assert list(index.find(term)) == [by_key[r[0]] for r in rows if term in r[2]], term
        assert set(index.find(term)) <= set(browse.matching_ids(query))     # always among the full search's
    assert not index.answers(browse.Query("enterprise", version_id, search="XK"))          # letters: LIKE folds
    assert not index.answers(browse.Query("enterprise", version_id, search="鼎盛", district="崂山区"))
    assert not index.answers(browse.Query("enterprise", version_id, search="鼎盛", order_by="name"))
    assert not index.answers(browse.Query("enterprise", version_id + 1, search="鼎盛"))
    assert browse.NameIndex.load("avoidance", version_id) is None
