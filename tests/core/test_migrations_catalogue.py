"""Schema 5 adds the catalogue's rows to a version-4 database, which keeps its registers, draws and results."""
from __future__ import annotations

from app.db import migrations
from app.db.backup import list_backups
from app.db.connection import close_database, open_database
from tests.support.old_schema import database_at_version


def test_version_4_database_migrates_to_5_and_takes_a_catalogue(db_path, tmp_path):
    from app.catalogue import items
    from app.integrity.checks import check_all
    from app.registers.models import CatalogueItem, RegisterVersion
    from tests.support.catalogue import demo_without_catalogue, import_catalogue, write_catalogue
    from tests.support.draws import draw_demo
    # Filled as the version that shipped schema 4 would: the demo registers and a drawn plan, no catalogue.
    with database_at_version(db_path, 4):
        with demo_without_catalogue():
            draw = draw_demo()
        versions_before = RegisterVersion.select().count()
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST_VERSION >= 5
    assert any("before-migration-v5" in b.name for b in list_backups(db_path))
    assert RegisterVersion.select().count() == versions_before and CatalogueItem.select().count() == 0
    assert check_all(db_path).ok
    # the draw committed before the catalogue existed: its items are the plan's texts, no snapshot
    assert draw.record["tasks"][0]["items"] == ["SC-001", "SC-002"]
    import_catalogue(write_catalogue(tmp_path / "c.xlsx"))
    assert len(items.entries()) == 4 and check_all(db_path).ok
    close_database()
