"""Schema 8 adds the draw-list index to a version-7 database, which keeps its draws, and the draw screen's
list of draws is read from that index alone (never from the row, whose record text precedes drawn_at)."""
from __future__ import annotations

from app.db import migrations
from app.db.backup import list_backups
from app.db.connection import close_database, open_database
from tests.support.old_schema import database_at_version

INDEX = "draw_plan_list"


def _plan_of(db, sql: str, params) -> str:
    return "".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_version_7_database_migrates_to_8_and_lists_draws_from_the_index(db_path):
    from app.draw import queries
    from app.draw.models import Draw
    from app.integrity.checks import check_all
    from tests.support.draws import draw_demo
    with database_at_version(db_path, 7):
        draw = draw_demo()
        listed = queries.draw_rows(draw.plan_id)
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION >= 8
    assert any("before-migration-v8" in b.name for b in list_backups(db_path))
    assert queries.draw_rows(draw.plan_id) == listed and listed[0]["draw_no"] == draw.draw_no
    assert listed[0]["drawn_at"] and listed[0]["seed"]
    query = (Draw.select(Draw.draw_no, Draw.status, Draw.commitment, Draw.seed, Draw.committed_at,
                         Draw.drawn_at, Draw.void_reason)
             .where(Draw.plan == draw.plan_id).order_by(Draw.draw_no.desc()))
    sql, params = query.sql()
    assert f"COVERING INDEX {INDEX}" in _plan_of(db, sql, params)
    assert check_all(db_path).ok
    close_database()
