"""Schema 7 adds the inspection (draw, active) index to a version-6 database, which keeps its data, and the
step list's count of active inspections is answered from that index alone."""
from __future__ import annotations

from app.db import migrations
from app.db.backup import list_backups
from app.db.connection import close_database, open_database
from tests.support.old_schema import database_at_version

INDEX = "inspection_draw_id_active"
COUNT = "SELECT COUNT(1) FROM inspection WHERE draw_id IN (1) AND active = 1"


def _indexes(db) -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name = 'inspection'")}


def test_version_6_database_migrates_to_7_and_counts_from_the_index(db_path):
    from app.draw.models import Inspection
    from app.integrity.checks import check_all
    from tests.support.draws import draw_demo
    with database_at_version(db_path, 6) as db:          # filled as the version that shipped schema 6 would
        assert INDEX not in _indexes(db)
        draw_demo()
        rows = [(i.key, i.district, i.active) for i in Inspection.select().order_by(Inspection.id)]
        plan = "".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + COUNT))
        assert "COVERING INDEX" not in plan
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION >= 7
    assert any("before-migration-v7" in b.name for b in list_backups(db_path))
    assert INDEX in _indexes(db)
    assert [(i.key, i.district, i.active) for i in Inspection.select().order_by(Inspection.id)] == rows
    assert check_all(db_path).ok
    plan = "".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + COUNT))
    assert f"COVERING INDEX {INDEX}" in plan
    assert db.execute_sql(COUNT).fetchone()[0] == sum(1 for r in rows if r[2]) > 0
    close_database()
