"""The streamed import (issue 18) keeps the digests, counts and issues of the in-memory import, and its
memory does not grow with the register."""
from __future__ import annotations

import tracemalloc

import pytest

from app.registers import service
from app.registers.normalize import uscc_check_char
from tests.support.streamed_register import SAMPLES, write_generated

# Computed by the in-memory import (main before issue 18) on the same files.
BEFORE = {
    "generated.xlsx": ("138b00d86c8ab4fc98501e6279aa5c6dfbe6e8f1c077e804f1b579396052b852", 12, 27, 262, 350),
    "工业产品生产许可证获证企业名录.xlsx": ("3d9485da715cc60b9c2bacb773213cb2a3a94d4ad5101572a97908228792ff74",
                                 1200, 0, 0, 126),
    "食品相关产品生产企业名录.csv": ("4b024705534b3c1e44946fd12eebe14dc45d38fb49d9bcbebc8007e28ec1a102", 425, 0, 0, 32),
    "执法检查人员名录.xlsx": ("ba8114ee7d5a1dd14608d50dfd1e01bafc80d80fff84b365c3dbfb40b3220504", 112, 0, 0, 9),
    "回避关系名单.xlsx": ("01b0fb10ad20d342cfe67281c2bcb410de8938fab9dac281d49bb5d2ad01f442", 30, 0, 30, 60),
}


def figures(result):
    return result.digest, result.imported, result.rejected, result.flagged, len(result.issues)


def test_generated_register_keeps_its_digest_counts_and_issues(db, tmp_path):
    path = write_generated(tmp_path / "generated.xlsx")
    version, result = service.import_file(path, "enterprise", "名录")
    assert figures(result) == BEFORE["generated.xlsx"]
    assert version.digest == result.digest
    conflicts = [i for i in result.issues if i.severity == "conflict"]
    assert conflicts and all("两行都未导入" in i.reason or "冲突" in i.reason for i in conflicts)
    again = service.validate_import(path, "enterprise", "名录")
    assert again.digest == result.digest and again.diff.previous_version == 1
    assert (list(again.diff.added), again.diff.removed, again.diff.changed) == ([], [], [])
    assert again.diff.previous_count == result.imported == len(list(result.records))


@pytest.mark.parametrize(("name", "kind"), SAMPLES)
def test_sample_registers_keep_their_digests(db, samples_dir, name, kind):
    _version, result = service.import_file(samples_dir / name, kind, "名录" if kind == "enterprise" else None)
    assert figures(result) == BEFORE[name]


def _register_csv(path, rows):
    with path.open("w", encoding="utf-8") as fh:
        fh.write("企业名称,统一社会信用代码,住所,所属区市,登记状态\n")
        for n in range(rows):
            first17 = f"91370202MA{n:07d}"
            fh.write(f"青岛测试{n}号有限公司,{first17}{uscc_check_char(first17)},青岛市市南区香港中路{n}号,市南区,存续\n")
    return path


def test_python_memory_of_a_csv_import_does_not_grow_with_the_register(db, tmp_path):
    """tracemalloc's peak (Python's own allocations) while validating 30,000 and 90,000 rows: the records
    stay on disk, so three times the rows must not take three times the memory."""
    peaks = []
    for rows in (30000, 90000):
        path = _register_csv(tmp_path / f"企业{rows}.csv", rows)
        tracemalloc.start()
        result = service.validate_import(path, "enterprise", "名录")
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert (result.imported, result.issues) == (rows, [])
    assert peaks[1] < 1.3 * peaks[0], peaks
    assert peaks[1] < 60 * 2**20, peaks


@pytest.mark.slow
def test_python_memory_bound_holds_at_200000_rows(db, tmp_path):
    """Issue 18 point 5: a generated 200,000-row register (the whole import: check, then commit) peaks,
    in Python's own allocations, at about what 30,000 rows take. Nothing here is timed."""
    peaks = []
    for rows in (30000, 200000):
        path = _register_csv(tmp_path / f"企业{rows}.csv", rows)
        tracemalloc.start()
        _version, result = service.import_file(path, "enterprise", f"名录{rows}")
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert (result.imported, result.issues) == (rows, [])
    assert peaks[1] < 1.3 * peaks[0], peaks
    assert peaks[1] < 60 * 2**20, peaks
