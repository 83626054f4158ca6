"""A shipped migration never changes: version N must mean the same schema in every copy of the program."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.db import migrations, schema

SQL_DIR = Path(migrations.__file__).with_name("sql")

# SHA-256 of each migration's text (line ends as "\n") as shipped. Add a line for a new migration;
# never change one.
SHIPPED = {
    "0001_initial.sql": "d39eb51accbca0d747a5486765102df6c875f9e0a4655e6bbcf0228604082b06",
    "0002_enterprise_indexes.sql": "900477d87a668a2ac2f7a6f6b26e7e3448f64c9e042b455533e5eb745b62a4c9",
    "0003_results.sql": "dabbb4eec14f4e08772292ad96b347b9bed52952dd3f2f0a76062a5fbd38437d",
    "0004_publication.sql": "629af74c8c5305c78ac25e0ba3371bc7ba6fc1387d95f0c0251d53b0005c79f0",
    "0005_catalogue.sql": "7b9b417bfbd6fbe6a34df4d1a4f41ce29cd74f0529b482078ef8fc01094681be",
    "0006_enterprise_district_index.sql": "a79ab72596939ee21153d6bbd014ecad1c01f0699b3421dc3bbf010e02329627",
    "0007_inspection_active_index.sql": "a7d6b26c222c67a8484940f1dd1821912bd058899e85dded01e2c74a354d2e58",
    "0008_draw_list_index.sql": "79055f1063d86e8f4778579356add5cfe68e1e844c84854f630d5e8c08303d41",
}


def _digest(path: Path) -> str:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_a_shipped_migration_is_unchanged(name):
    assert _digest(SQL_DIR / name) == SHIPPED[name], f"{name} was shipped and must not change"


def test_every_migration_file_is_listed_and_run():
    files = sorted(p.name for p in SQL_DIR.glob("*.sql"))
    assert set(SHIPPED) <= set(files)
    assert [m[0] for m in migrations.MIGRATIONS] == list(range(1, len(migrations.MIGRATIONS) + 1))
    assert len(files) == len(migrations.MIGRATIONS)


def test_the_schema_tool_never_rewrites_a_migration(tmp_path):
    shipped = SQL_DIR / "0001_initial.sql"
    before = shipped.read_bytes()
    with pytest.raises(FileExistsError):
        schema.write_draft(shipped)
    assert shipped.read_bytes() == before
    assert not hasattr(schema, "freeze")
    draft = schema.write_draft(tmp_path / "0003_draft.sql")
    assert "CREATE TABLE" in draft.read_text(encoding="utf-8")
