"""Document numbers under a kill: a number printed on one document is never given to another.

A child process generates the notices of a draw and is killed (os._exit) after rendering and before
the batch's last commit; the parent then generates again. Across every PDF written and the database,
each number belongs to one document only, and the numbers reserved but not printed (the gap) are
named by the audit log.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import audit
from app.docs import service
from app.docs.models import DocumentNumber
from app.docs.numbers import GENERATE_ACTION, RESERVE_ACTION, unprinted_numbers
from tests.support.documents import DISTRICTS, TRUST_SYNTHETIC_DRAWS, make_sample_draw, trust_synthetic_draws

ROOT = Path(__file__).resolve().parents[2]
NUMBER = re.compile(r"青市监质〔2020〕(\d+)号")
KEY_IN_NAME = re.compile(r"检查通知书_([0-9A-Z]{18})_")

# Runs in the child: generate all notices of draw 1, dying at the chosen point with exit code 9.
CHILD = TRUST_SYNTHETIC_DRAWS + """
import os, sys
from app.db import open_database
from app.docs import service
open_database(sys.argv[1])
if sys.argv[3] == "before-rename":      # every file rendered under its temporary name, none renamed
    service.StagedFiles.commit = lambda self: os._exit(9)
else:                                   # files renamed, the batch's record not yet committed
    service.record_printed = lambda *args, **kw: os._exit(9)
service.generate("notice", 1, sys.argv[2])
os._exit(0)
"""


def _numbers_in(pdf: Path) -> list[int]:
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(pdf)).pages)
    return [int(n) for n in NUMBER.findall(text)]


def _kill_child(db_path: Path, out: Path, point: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(db_path), str(out), point], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr


def _printed(folders) -> dict[int, set[str]]:
    """number -> the keys of the single-notice PDFs that carry it, across all folders."""
    carriers: dict[int, set[str]] = {}
    for folder in folders:
        for pdf in folder.glob("检查通知书_*.pdf"):
            found = KEY_IN_NAME.match(pdf.name)
            if found is None:        # the combined file: each number in it must be a known one
                continue
            numbers = _numbers_in(pdf)
            assert len(set(numbers)) == 1, (pdf.name, numbers)
            carriers.setdefault(numbers[0], set()).add(found.group(1))
    return carriers


@pytest.mark.parametrize("point", ["before-rename", "before-record"])
def test_kill_after_rendering_then_generate_again_never_gives_a_number_twice(db, db_path, tmp_path, point):
    draw = make_sample_draw()
    killed = tmp_path / "killed"
    _kill_child(db_path, killed, point)

    left = sorted(p.name for p in killed.iterdir())
    if point == "before-rename":
        assert left and all(name.startswith(".tmp-") for name in left), left
    else:
        assert len(left) == 10 and not any(name.startswith(".tmp-") for name in left)
    # The reservation was committed before rendering and nothing recorded it as printed.
    [reserve] = audit.entries(action=RESERVE_ACTION)
    assert reserve.payload["seqs"] == [1, 9] and reserve.payload["count"] == 9
    assert audit.entries(action=GENERATE_ACTION) == []

    # Again, only one district, into the folder the kill left: stale temporaries go, numbers are kept.
    files = service.generate("notice", 1, killed, district=DISTRICTS[0])
    assert not list(killed.glob(".tmp-*"))
    assert len(files) == 4
    # A new kind takes the next numbers, after the reserved ones.
    service.generate("tasklist", 1, tmp_path / "tasklists")

    rows = list(DocumentNumber.select())
    in_db = {row.seq: row for row in rows}
    assert len(in_db) == len(rows) == 12, "every number once in the database"
    assert sorted(in_db) == list(range(1, 13))
    carriers = _printed([killed])
    assert carriers, "notices were printed"
    for seq, keys in carriers.items():
        assert len(keys) == 1, f"number {seq} printed on {keys}"
        [key] = keys
        assert in_db[seq].kind == "notice" and in_db[seq].key == key, "printed as the database gives it"
    district_keys = {f.name.split("_")[1] for f in files if KEY_IN_NAME.match(f.name)}
    district_seqs = {seq for seq, row in in_db.items() if row.key in district_keys}
    assert len(district_seqs) == 3 and district_seqs <= set(carriers)
    combined = next(killed.glob(f"检查通知书_第1次抽取_{DISTRICTS[0]}_合并打印.pdf"))
    assert sorted(_numbers_in(combined)) == sorted(district_seqs)
    # Before the rename nothing else was printed; after it the child's files stand too (same numbers).
    assert len(carriers) == (3 if point == "before-rename" else 9)

    # The gap: the other districts' six numbers, reserved and logged, but no finished batch records them.
    gap = [in_db[seq].number for seq in sorted(set(range(1, 10)) - district_seqs)]
    assert unprinted_numbers(draw.plan) == gap and len(gap) == 6
    [generated_notices] = [e for e in audit.entries(action=GENERATE_ACTION) if e.payload["kind"] == "notice"]
    assert generated_notices.payload["count"] == 3
    assert audit.verify().ok


def test_numbers_are_reserved_before_the_first_file_is_rendered(db, tmp_path, monkeypatch):
    """The order that makes duplicates impossible: committed first, then printed."""
    make_sample_draw()
    seen = []
    real = service._build_story

    def spy(target, story, title):
        if not seen:
            seen.append(DocumentNumber.select().count())
            assert not db.in_transaction(), "rendering runs with no transaction open"
        return real(target, story, title)
    monkeypatch.setattr(service, "_build_story", spy)
    service.generate("notice", 1, tmp_path)
    assert seen == [9]


def test_a_failure_after_reserving_leaves_no_files_and_the_numbers_kept(db, tmp_path, monkeypatch):
    draw = make_sample_draw()
    real = service._build_story
    calls = []

    def broken(target, story, title):
        calls.append(title)
        if len(calls) == 4:
            raise OSError("disk full")
        return real(target, story, title)
    monkeypatch.setattr(service, "_build_story", broken)
    with pytest.raises(OSError):
        service.generate("notice", 1, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []
    assert len(unprinted_numbers(draw.plan)) == 9
    monkeypatch.setattr(service, "_build_story", real)
    service.generate("notice", 1, tmp_path / "out")
    assert unprinted_numbers(draw.plan) == []
    assert DocumentNumber.select().count() == 9


@pytest.fixture(autouse=True)
def _synthetic_draws(monkeypatch):
    """This module prints draws from tests.support.documents (placeholder digests)."""
    trust_synthetic_draws(monkeypatch)
