"""Schema 6 adds the enterprise (version, district, key) index to a version-5 database, which keeps its data."""
from __future__ import annotations

from app.db import migrations
from app.db.backup import list_backups
from app.db.connection import close_database, open_database
from tests.support.old_schema import database_at_version

INDEX = "enterprise_version_id_district_key"


def _indexes(db) -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name = 'enterprise'")}


def test_version_5_database_migrates_to_6_and_browses_by_district(db_path):
    from app.integrity.checks import check_all
    from app.registers import browse
    from app.registers.models import Enterprise, RegisterVersion
    from tests.support.draws import draw_demo
    # Filled as the version that shipped schema 5 would: the demo registers and a drawn plan.
    with database_at_version(db_path, 5) as db:
        assert INDEX not in _indexes(db)
        draw_demo()
        digests = {v.id: v.digest for v in RegisterVersion.select()}
        rows = Enterprise.select().count()
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION >= 6
    assert any("before-migration-v6" in b.name for b in list_backups(db_path))
    assert _indexes(db) == {"enterprise_version_id_key", INDEX}
    assert {v.id: v.digest for v in RegisterVersion.select()} == digests and Enterprise.select().count() == rows
    assert check_all(db_path).ok
    # the district filter reads through the new index, and finds what a scan finds
    version = Enterprise.select(Enterprise.version).first().version
    districts = {d: browse.count(browse.Query("enterprise", version.id, district=d))
                 for d in browse.district_names("enterprise", version.id)}
    district = max(districts, key=lambda d: districts[d])
    query = browse.Query("enterprise", version.id, district=district)
    plan = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM enterprise WHERE " + query.where()[0] + " ORDER BY " + query.order(),
        query.where()[1]))
    assert INDEX in plan and "TEMP B-TREE" not in plan
    keys = [r["key"] for r in browse.window(query, 0, 10_000, districts[district])]
    assert keys == sorted(e.key for e in Enterprise.select().where((Enterprise.version == version.id)
                                                                   & (Enterprise.district == district)))
    close_database()
