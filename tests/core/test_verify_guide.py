"""docs/验证指南.md (issue 17 point 14): the worked example followed step by step.

The numbers quoted in the guide (commitment, seed, one enterprise's ticket, its rank) are re-computed
here with hashlib only, from the guide's own inputs and the draw's frame file; and they must be the
program's: the demo drawn with the fixed witnesses at a fixed time (tests.support.stable_demo) gives
the same record. When the demo data or the draw change, `python tools/verify_guide_example.py --write`
refreshes the example (this test says so).
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import re
from pathlib import Path

import pytest

from tests.support import verify_example

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "验证指南.md"
REFRESH = "python tools/verify_guide_example.py --write"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def quoted() -> dict[str, str]:
    """The example block's `label（field）：`value`` lines."""
    text = GUIDE.read_text(encoding="utf-8")
    block = text.split(verify_example.START, 1)[1].split(verify_example.END, 1)[0]
    values = dict(re.findall(r"（([a-z_0-9]+)）：`([^`]*)`", block))
    assert set(values) == {field for field, _label in verify_example.FIELDS}
    return values


@pytest.fixture(scope="module")
def guide() -> dict[str, str]:
    return quoted()


@pytest.fixture
def program(db, tmp_path):
    """The program's draw of the example: its record, and its record and frame files written."""
    from app.draw import records
    from tests.support.stable_demo import stable_demo_draw
    draw = stable_demo_draw(matched=False)
    record_path = records.write_record_file(draw, tmp_path)
    records.export_frames(draw, tmp_path / "frames")
    return records.load_draw(draw.draw_no).record, record_path, tmp_path / "frames"


def test_step1_the_commitment_is_the_hash_of_the_commit_text(guide):
    parts = guide["commit_text"].split("|")
    assert parts[:3] == ["SPOTCHECK-COMMIT-1", guide["draw_no"], guide["log_head"]]
    assert sha256(guide["commit_text"]) == guide["commitment"]


def test_step2_the_seed_is_the_hash_of_the_commitment_and_the_witnesses_digits(guide):
    assert guide["seed_text"] == "|".join(["SPOTCHECK-SEED-1", guide["commitment"], guide["witness_1"],
                                          guide["witness_2"]])
    assert sha256(guide["seed_text"]) == guide["seed"]
    assert len(guide["witness_1"] + guide["witness_2"]) >= 20


def test_step3_the_ticket_and_the_command_the_guide_prints(guide):
    assert guide["ticket_text"] == f"{guide['seed']}|{guide['task']}|{guide['key']}"
    assert sha256(guide["ticket_text"]) == guide["ticket"]
    text = GUIDE.read_text(encoding="utf-8")
    # the guide's sha256sum line for the ticket is the full text, with no line end (printf '%s')
    assert f"printf '%s' '{guide['ticket_text']}' | sha256sum" in text
    assert guide["ticket"][:8] in text.split(verify_example.END, 1)[1]


def test_the_guide_is_the_programs_draw_and_step4_the_rank(guide, program):
    record, _path, frames = program
    assert verify_example.example(record) == guide, f"验证指南的例子与程序不一致：请运行 {REFRESH}"
    # the task's frame file is the one committed to: its digest stands after the task in the commit text
    frame_text = (frames / f"frame-{guide['task']}.txt").read_text(encoding="utf-8")
    parts = guide["commit_text"].split("|")
    at = parts.index(guide["task"], 3)
    assert parts[at + 1] == guide["ratio"] and parts[at + 2] == sha256(frame_text)
    # every ticket of the stratum, smallest first: the enterprise's place is the quoted rank, within k
    keys = [line.split("|")[0] for line in frame_text.split("\n")[1:-1] if line.split("|")[1] == guide["stratum"]]
    ranked = sorted(keys, key=lambda key: sha256(f"{guide['seed']}|{guide['task']}|{key}"))
    p, q = map(int, guide["ratio"].split("/"))
    size, quota = len(keys), -(-len(keys) * p // q)
    assert str(size) == guide["size"] and str(quota) == guide["quota"]
    assert str(min(size - quota, max(1, -(-quota // 10)))) == guide["alternates"]
    assert str(ranked.index(guide["key"]) + 1) == guide["rank"] and int(guide["rank"]) <= quota


def test_the_standalone_verifier_passes_every_line_the_guide_explains(program):
    _record, record_path, frames = program
    spec = importlib.util.spec_from_file_location("verify_draw", ROOT / "docs" / "verify_draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = module.main(str(record_path), str(frames))
    lines = out.getvalue().split("\n")[:-1]
    assert status == 0 and all(line.startswith("PASS ") for line in lines)
    text = GUIDE.read_text(encoding="utf-8")
    for line in lines:
        assert f"`{line}`" in text, f"the guide does not explain {line}"


def test_a_changed_digit_is_caught(guide):
    digits = guide["witness_1"]
    changed = ("1" if digits[0] != "1" else "2") + digits[1:]
    seed_text = "|".join(["SPOTCHECK-SEED-1", guide["commitment"], changed, guide["witness_2"]])
    assert sha256(seed_text) != guide["seed"]


def test_the_shortened_numbers_quoted_in_the_text_are_the_examples(guide):
    """The guide's commands and the user manual quote the example's digests shortened: they follow it."""
    text = GUIDE.read_text(encoding="utf-8").split(verify_example.END, 1)[1]
    parts = guide["commit_text"].split("|")
    for digest in (guide["log_head"], parts[5], parts[8], guide["commitment"]):
        assert f"{digest[:4]}…{digest[-4:]}" in text, digest
    manual = (ROOT / "docs" / "用户手册.md").read_text(encoding="utf-8")
    for digest in (guide["commitment"], guide["seed"], guide["ticket"]):
        assert f"{digest[:8]}…{digest[-4:]}" in manual, f"用户手册引用的例子数字已过时：{digest}"
    assert f"{guide['name']}在 T1 中签号" in manual
    assert f"在{guide['stratum']} {guide['size']} 家中排第 {guide['rank']} 位" in manual


def test_the_manuals_counts_are_the_programs(program):
    record, _path, _frames = program
    manual = (ROOT / "docs" / "用户手册.md").read_text(encoding="utf-8")
    t1 = next(t for t in record["tasks"] if t["code"] == "T1")
    assert f"抽中 {len(record['inspections'])} 户检查对象" in manual, "用户手册中的抽中户数已过时"
    assert f"T1 共 {t1['frame_size']} 家" in manual, "用户手册中 T1 的范围户数已过时"
