"""app.files: an output file appears complete under its final name, or not at all."""
from __future__ import annotations

import os
import time

import pytest

from app import files
from tests.support.processes import ended_pid, living_pid


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


def test_only_temporaries_whose_writer_ended_are_removed(tmp_path):
    dead = tmp_path / f".tmp-{ended_pid()}-notice-x1.pdf"
    running = tmp_path / f".tmp-{living_pid()}-notice-x2.pdf"
    own = tmp_path / f".tmp-{os.getpid()}-notice-x3.pdf"
    unnamed_old = tmp_path / ".tmp-notice-x4.pdf"          # an older version's name, two days old
    unnamed_new = tmp_path / ".tmp-notice-x5.pdf"
    others = [tmp_path / "backup.sqlite3.part", tmp_path / "notice.pdf"]
    for path in (dead, running, own, unnamed_old, unnamed_new, *others):
        path.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(unnamed_old, (two_days_ago, two_days_ago))
    removed = files.remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in removed) == sorted([dead.name, unnamed_old.name])
    assert all(p.exists() for p in (running, own, unnamed_new, *others))


def test_a_temporary_names_its_writer(tmp_path):
    with files.atomic_path(tmp_path / "record.json") as tmp:
        assert tmp.name.startswith(f"{files.TEMP_PREFIX}{os.getpid()}-record-")
        assert files.remove_stale_temporaries(tmp_path) == []     # our own write in progress stays
        tmp.write_text("{}")


def test_only_whole_file_modes_are_accepted(tmp_path):
    with pytest.raises(ValueError):
        with files.atomic_open(tmp_path / "x", "ab"):
            pass


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_written_files_are_readable_as_the_umask_allows(tmp_path, umask, expected):
    """A PDF the clerk prints from another account of the same group must be readable: the final file takes
    the mode an ordinary open() would give (0o666 less the umask), not mkstemp's private 0o600."""
    import stat
    old = os.umask(umask)
    try:
        written = files.write_text(tmp_path / "抽取记录.json", "{}")
        with files.atomic_path(tmp_path / "抽取记录.pdf") as tmp:
            tmp.write_bytes(b"%PDF-1.4")
    finally:
        os.umask(old)
    for path in (written, tmp_path / "抽取记录.pdf"):
        assert stat.S_IMODE(path.stat().st_mode) == expected, path.name
