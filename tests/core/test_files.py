"""app.files: an output file appears complete under its final name, or not at all."""
from __future__ import annotations

import pytest

from app import files


def test_written_file_appears_whole_and_no_temporary_stays(tmp_path):
    target = tmp_path / "out" / "draw-record.json"
    files.write_text(target, "{\"a\": 1}")
    assert target.read_text(encoding="utf-8") == "{\"a\": 1}"
    assert [p.name for p in target.parent.iterdir()] == ["draw-record.json"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with files.atomic_open(target) as handle:
            handle.write(b"half of the new")
            raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_atomic_path_gives_a_writer_a_name_beside_the_target(tmp_path):
    target = tmp_path / "notice.pdf"
    with files.atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(files.TEMP_PREFIX) and tmp.suffix == ".pdf"
        assert not target.exists()
        tmp.write_bytes(b"%PDF-1.4")
    assert target.read_bytes() == b"%PDF-1.4" and not tmp.exists()


def test_stale_temporaries_are_removed_and_nothing_else(tmp_path):
    (tmp_path / ".tmp-notice-x1.pdf").write_bytes(b"half")
    (tmp_path / "backup.sqlite3.part").write_bytes(b"half")
    (tmp_path / "notice.pdf").write_bytes(b"whole")
    removed = files.remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in removed) == [".tmp-notice-x1.pdf", "backup.sqlite3.part"]
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]


def test_only_whole_file_modes_are_accepted(tmp_path):
    with pytest.raises(ValueError):
        with files.atomic_open(tmp_path / "x", "ab"):
            pass
