"""Item 3 of issue 12: every output file appears complete under its final name, or not at all.

A failure injected in the middle of writing (half the bytes written, then "disk full"; a PDF
renderer that dies after its first bytes; a failing fsync) must leave the previous file as it
was (or no file) and no temporary. `spotcheck draw record` rewrites draw-record.json from the
database byte for byte; stale temporaries of a killed run are cleared by the next writer, and
files that are not ours (a browser's `.part` download) are left alone. Kills of real processes
are tests/integrity/test_kills*.py.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest
from openpyxl.workbook.workbook import Workbook

import app.files
from app.campaign.outputs import (
    write_commit_outputs,
    write_draw_outputs,
    write_match_commit_outputs,
    write_match_outputs,
)
from app.cli.main import main
from app.docs import layout
from app.docs.names import record_pdf_name
from app.draw.models import Draw
from app.draw.plans import create_plan
from app.draw.records import export_frames
from app.draw.service import commit_draw
from app.files import TEMP_PREFIX
from app.match import service as match_service
from app.match.queries import current_match
from app.registers import service as register_service
from app.registers.rows import Issue
from tests.support.matches import DATE, INSPECTIONS, WITNESSES, make_enterprises, make_vector_draw
from tests.support.processes import ended_pid, living_pid

DRAW_WITNESS_ARGS = ["--witness", "王建国|派驻纪检组|38104729561", "--witness", "李秀英|企业代表|92750183346"]


class HalfWriter:
    """A file handle that writes half of what it is given, then fails as a full disk does."""

    def __init__(self, handle):
        self.handle = handle

    def write(self, data):
        self.handle.write(data[: max(1, len(data) // 2)])
        self.handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device (injected)")

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def fail_writing(monkeypatch, stem: str) -> None:
    """app.files writes the temporary of the file named `stem` (e.g. "draw-record") half, then fails."""
    real_open = open

    def opening(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if "w" in mode and Path(path).name.startswith(f"{TEMP_PREFIX}{os.getpid()}-{stem}-"):
            return HalfWriter(handle)
        return handle

    monkeypatch.setattr(app.files, "open", opening, raising=False)


def fail_rendering(monkeypatch) -> None:
    """Every PDF build writes its first bytes, then dies (as reportlab's LayoutError would)."""
    class DyingDoc:
        def __init__(self, target):
            self.target = target

        def build(self, story):
            Path(self.target).write_bytes(b"%PDF-1.4\n% half a page")
            raise RuntimeError("renderer died (injected)")

    monkeypatch.setattr(layout, "make_doc", lambda target, **kw: DyingDoc(target))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob(TEMP_PREFIX + "*"))


@pytest.fixture
def drawn(db) -> int:
    return make_vector_draw()


@pytest.fixture
def matched(drawn) -> int:
    match_service.commit_match(drawn, match_date=DATE)
    match_service.run_match(drawn, WITNESSES)
    return drawn


# (name of the case, writer(draw_no, folder), stem of the file that fails, its file name, how it fails)
CASES = [
    ("draw-record.json", lambda n, d: write_draw_outputs(n, d), "draw-record", "draw-record.json", "write"),
    ("draw-record.pdf", lambda n, d: write_draw_outputs(n, d), "draw-record", "pdf:draw-record", "render"),
    ("commitment.json", lambda n, d: write_commit_outputs(n, d), "commitment", "commitment.json", "write"),
    ("commitment-sheet.pdf", lambda n, d: write_commit_outputs(n, d), "commitment-sheet", "pdf:commitment",
     "render"),
    ("frame file", lambda n, d: export_frames(n, d), "frame-T1", "frame-T1.txt", "write"),
    ("match-record.json", lambda n, d: write_match_outputs(current_match(n), d), "match-record",
     "match-record.json", "write"),
    ("match-record.pdf", lambda n, d: write_match_outputs(current_match(n), d), "match-record",
     "pdf:match-record", "render"),
    ("roster.txt", lambda n, d: write_match_commit_outputs(current_match(n), d), "roster", "roster.txt", "write"),
    ("avoid.txt", lambda n, d: write_match_outputs(current_match(n), d), "avoid", "avoid.txt", "write"),
]


def _file_name(name: str, draw_no: int) -> str:
    """A case's file name; "pdf:<kind>" is the printed record's Chinese name (app.docs.names)."""
    if not name.startswith("pdf:"):
        return name
    draw = Draw.get(Draw.draw_no == draw_no)
    return record_pdf_name(name[len("pdf:"):], draw.plan.title, draw_no)


def _inject(monkeypatch, stem: str, how: str) -> None:
    if how == "write":
        fail_writing(monkeypatch, stem)
    else:
        fail_rendering(monkeypatch)


@pytest.mark.parametrize(("case", "writer", "stem", "name", "how"), CASES, ids=[c[0] for c in CASES])
def test_a_failure_while_rewriting_leaves_the_previous_file(matched, tmp_path, monkeypatch, case, writer, stem,
                                                            name, how):
    folder = tmp_path / "out"
    name = _file_name(name, matched)
    writer(matched, folder)
    before = snapshot(folder)
    assert name in before and before[name]
    with monkeypatch.context() as patch:
        _inject(patch, stem, how)
        with pytest.raises((OSError, RuntimeError), match="injected"):
            writer(matched, folder)
    assert snapshot(folder)[name] == before[name]
    assert temporaries(folder) == []


@pytest.mark.parametrize(("case", "writer", "stem", "name", "how"), CASES, ids=[c[0] for c in CASES])
def test_a_failure_on_the_first_write_leaves_no_file(matched, tmp_path, monkeypatch, case, writer, stem, name,
                                                     how):
    folder = tmp_path / "fresh"
    name = _file_name(name, matched)
    with monkeypatch.context() as patch:
        _inject(patch, stem, how)
        with pytest.raises((OSError, RuntimeError), match="injected"):
            writer(matched, folder)
    assert not (folder / name).exists()
    assert temporaries(folder) == []


def test_a_failing_fsync_renames_nothing(drawn, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    write_draw_outputs(drawn, folder)
    before = snapshot(folder)

    def failing_fsync(fd):
        raise OSError(errno.EIO, "fsync failed (injected)")

    monkeypatch.setattr(app.files.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="injected"):
        write_draw_outputs(drawn, folder)
    assert snapshot(folder) == before and temporaries(folder) == []


def _report_source():
    return type("Source", (), {"source_name": "名录.xlsx",
                               "issues": [Issue("S", 2, "名称", "值", "原因", "rejected")]})()


def test_a_failure_while_saving_the_error_report_leaves_the_previous_report(db, tmp_path, monkeypatch):
    path = tmp_path / "错误报告.xlsx"
    register_service.write_error_report(_report_source(), path)
    before = path.read_bytes()

    def half_save(book, filename):
        Path(filename).write_bytes(before[: len(before) // 2])
        raise OSError(errno.ENOSPC, "No space left on device (injected)")

    monkeypatch.setattr(Workbook, "save", half_save)
    with pytest.raises(OSError, match="injected"):
        register_service.write_error_report(_report_source(), path)
    assert path.read_bytes() == before and temporaries(tmp_path) == []
    with pytest.raises(OSError, match="injected"):
        register_service.write_error_report(_report_source(), tmp_path / "new.xlsx")
    assert not (tmp_path / "new.xlsx").exists() and temporaries(tmp_path) == []


def _plan_for_cli() -> int:
    make_enterprises("工业产品生产许可证获证企业", sorted(INSPECTIONS.items()))
    task = {"code": "T1", "name": "工业产品生产许可证获证企业", "register": "工业产品生产许可证获证企业",
            "ratio": "100%", "stratify": "district", "items": ["获证资格及条件检查"]}
    return create_plan({"title": "测试计划", "number": "局函〔2020〕277号", "start": "2020-10-20",
                        "due": "2020-11-15", "end": "2020-11-30", "task": [task]}).id


def _cli(capsys, argv) -> tuple[int, dict]:
    code = main(argv + ["--json"])
    return code, json.loads(capsys.readouterr().out)


def test_draw_record_rewrites_the_first_record_byte_for_byte(db, db_path, tmp_path, capsys):
    common = ["--db", str(db_path)]
    plan_id = _plan_for_cli()
    code, _ = _cli(capsys, ["draw", "commit", "--plan", str(plan_id), "--out", str(tmp_path / "commit"), *common])
    assert code == 0
    code, run = _cli(capsys, ["draw", "run", "--plan", str(plan_id), *DRAW_WITNESS_ARGS,
                              "--out", str(tmp_path / "first"), *common])
    assert code == 0
    first = (tmp_path / "first" / "draw-record.json").read_bytes()
    code, again = _cli(capsys, ["draw", "record", "--draw", str(run["draw_no"]), "--out", str(tmp_path / "again"),
                                *common])
    assert code == 0 and again["record_sha256"] == run["record_sha256"]
    rewritten = (tmp_path / "again" / "draw-record.json").read_bytes()
    assert rewritten == first
    assert hashlib.sha256(rewritten).hexdigest() == Draw.get(Draw.draw_no == run["draw_no"]).record_sha256
    pdf = record_pdf_name("draw-record", Draw.get(Draw.draw_no == run["draw_no"]).plan.title, run["draw_no"])
    assert pdf.endswith("_随机抽取记录_第1次抽取.pdf")
    assert (tmp_path / "again" / pdf).read_bytes().startswith(b"%PDF")
    assert set(again["files"]) == {"record", "listing", "draw-record"}
    # Over the first one, in the same folder: same bytes again.
    assert main(["draw", "record", "--draw", str(run["draw_no"]), "--out", str(tmp_path / "first"), *common]) == 0
    assert (tmp_path / "first" / "draw-record.json").read_bytes() == first


def test_draw_record_refuses_a_draw_not_yet_run_or_unknown(db, db_path, tmp_path, capsys):
    common = ["--db", str(db_path)]
    draw = commit_draw(_plan_for_cli())
    assert main(["draw", "record", "--draw", str(draw.draw_no), "--out", str(tmp_path / "out"), *common]) == 2
    assert "尚未完成" in capsys.readouterr().err
    assert main(["draw", "record", "--draw", "99", "--out", str(tmp_path / "out"), *common]) == 2
    assert "99" in capsys.readouterr().err
    assert not (tmp_path / "out" / "draw-record.json").exists()


def _leave_debris(folder: Path) -> tuple[list[Path], list[Path]]:
    """A killed run's temporaries (ours, their writer gone) and files that must stay: other programs'
    files and a running writer's temporary; returns (stale, kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    dead, alive = ended_pid(), living_pid()
    stale = [folder / f".tmp-{dead}-x.pdf", folder / f".tmp-{dead}-draw-record-k1ll3d.json",
             folder / f".tmp-{dead}-错误报告-abc.xlsx"]
    foreign = [folder / "download.part", folder / "notes.txt", folder / "tmp-not-ours.pdf",
               folder / f".tmp-{alive}-notice-in-progress.pdf"]
    for path in stale + foreign:
        path.write_bytes(b"half")
    return stale, foreign


@pytest.mark.parametrize("command", ["draw record", "frames export", "match record", "match export-inputs"])
def test_the_next_run_clears_stale_temporaries_and_nothing_else(matched, db_path, tmp_path, capsys, command):
    folder = tmp_path / "out"
    stale, foreign = _leave_debris(folder)
    argv = command.split() + ["--draw", str(matched), "--out", str(folder), "--db", str(db_path)]
    assert main(argv) == 0
    capsys.readouterr()
    assert [p for p in stale if p.exists()] == []
    assert all(p.read_bytes() == b"half" for p in foreign)
    assert [p.name for p in temporaries(folder)] == [p.name for p in foreign if p.name.startswith(TEMP_PREFIX)]


def test_the_error_report_clears_stale_temporaries_beside_it(db, tmp_path):
    stale, foreign = _leave_debris(tmp_path / "reports")
    register_service.write_error_report(_report_source(), tmp_path / "reports" / "错误报告.xlsx")
    assert [p for p in stale if p.exists()] == []
    assert all(p.read_bytes() == b"half" for p in foreign)
