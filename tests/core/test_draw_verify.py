"""Verification of draw records: the program's checks, tampering, the standalone verifier, the CLI."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main as cli
from app.draw.verify import verify_draw_record
from tests.support.draws import draw_samples_with_files, make_register

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "docs" / "verify_draw.py"


@pytest.fixture
def drawn(db, samples_dir, tmp_path):
    return draw_samples_with_files(samples_dir, tmp_path)


def _failed(checks):
    return {c.name: c.message for c in checks if not c.ok}


def test_genuine_record_passes_every_check(drawn):
    draw, path, frames = drawn
    record = json.loads(path.read_text(encoding="utf-8"))
    checks = verify_draw_record(record, frames)
    assert [c.name for c in checks] == ["spec", "commitment", "witnesses", "seed", "quotas", "tickets",
                                        "selection", "merge", "frames"]
    assert _failed(checks) == {}
    # the file is the canonical JSON: its SHA-256 is the record's
    import hashlib
    assert hashlib.sha256(path.read_bytes()).hexdigest() == draw.record_sha256


def test_tampered_key_ticket_and_witness_digit_fail_with_the_right_message(drawn):
    draw, path, frames = drawn
    record = json.loads(path.read_text(encoding="utf-8"))
    key_changed = copy.deepcopy(record)
    original = key_changed["tasks"][0]["selected"][0]["key"]
    key_changed["tasks"][0]["selected"][0]["key"] = original[:-1] + ("0" if original[-1] != "0" else "1")
    failed = _failed(verify_draw_record(key_changed))
    assert "tickets" in failed and "签号与重新计算的结果不符" in failed["tickets"]
    assert "merge" in failed and "seed" not in failed

    ticket_changed = copy.deepcopy(record)
    t = ticket_changed["tasks"][1]["selected"][0]
    t["ticket"] = "0" + t["ticket"][1:] if t["ticket"][0] != "0" else "1" + t["ticket"][1:]
    failed = _failed(verify_draw_record(ticket_changed))
    assert "tickets" in failed and t["key"] in failed["tickets"] and "merge" not in failed

    digit_changed = copy.deepcopy(record)
    w = digit_changed["witnesses"][1]
    w["input"] = w["input"][:-1] + str((int(w["input"][-1]) + 1) % 10)
    failed = _failed(verify_draw_record(digit_changed))
    assert set(failed) == {"seed"} and "见证人数字" in failed["seed"]

    frames_changed = frames.parent / "frames2"
    frames_changed.mkdir()
    for f in frames.iterdir():
        (frames_changed / f.name).write_bytes(f.read_bytes())
    text = (frames_changed / "frame-T1.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    (frames_changed / "frame-T1.txt").write_text("".join(text[:-1]), encoding="utf-8", newline="")
    failed = _failed(verify_draw_record(record, frames_changed))
    assert set(failed) == {"frames"} and "frame-T1.txt 的摘要与记录不符" in failed["frames"]

    commit_changed = copy.deepcopy(record)
    commit_changed["tasks"][0]["ratio"] = "1/4"
    failed = _failed(verify_draw_record(commit_changed))
    assert "commitment" in failed and "quotas" in failed


def test_broken_record_reports_instead_of_crashing(drawn):
    record = {"spec": "SPOTCHECK-DRAW-1", "draw_no": 1}
    checks = verify_draw_record(record)
    assert not any(c.ok for c in checks[1:]) and "记录格式不完整" in checks[1].message
    assert not verify_draw_record({"spec": "OTHER"})[0].ok


def _run_verifier(*args):
    return subprocess.run([sys.executable, str(VERIFIER), *map(str, args)], capture_output=True, text=True)


def test_standalone_verifier_agrees_with_the_program(drawn, tmp_path):
    draw, path, frames = drawn
    assert len(VERIFIER.read_text(encoding="utf-8").splitlines()) < 100
    source = VERIFIER.read_text(encoding="utf-8")
    assert "import app" not in source and "from app" not in source
    result = _run_verifier(path, frames)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["PASS", "commitment", "PASS", "witnesses", "PASS", "seed", "PASS", "quotas",
                                     "PASS", "tickets", "PASS", "selection", "PASS", "merge", "PASS", "frames"]
    record = json.loads(path.read_text(encoding="utf-8"))
    record["witnesses"][0]["input"] = "0" + record["witnesses"][0]["input"][1:]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = _run_verifier(bad)
    assert result.returncode == 1 and "FAIL seed" in result.stdout
    assert {c.name for c in verify_draw_record(record) if not c.ok} == {"seed"}


def test_standalone_verifier_on_the_official_vectors(spec_vectors_dir, tmp_path):
    """Build a record from the vectors alone and check it with the standalone verifier."""
    v = json.loads((spec_vectors_dir / "draw-1.json").read_text(encoding="utf-8"))
    tasks = []
    for (code, ratio, _stratified), t in zip(v["input"]["tasks"], v["tasks"]):
        sizes = t["strata"]
        tasks.append({"code": code, "ratio": ratio, "frame_digest": t["frame_digest"], "items": [],
                      "frame_size": sum(s["size"] for s in sizes), "strata": sizes,
                      "selected": [s | {"ticket": t["tickets"][s["key"]]} for s in t["selected"]],
                      "alternates": [a | {"ticket": t["tickets"][a["key"]]} for a in t["alternates"]]})
        (tmp_path / f"frame-{code}.txt").write_bytes(t["frame_text"].encode("utf-8"))
    record = {"spec": "SPOTCHECK-DRAW-1", "draw_no": v["input"]["draw_no"], "log_head": v["input"]["log_head"],
              "commitment": v["commitment"], "witnesses": v["input"]["witnesses"], "seed": v["seed"],
              "tasks": tasks, "inspections": [i | {"items": []} for i in v["inspections"]], "voided": []}
    path = tmp_path / "vectors-record.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = _run_verifier(path, tmp_path)
    assert result.returncode == 0, result.stdout
    assert all(c.ok for c in verify_draw_record(record, tmp_path))


def test_cli_end_to_end(db, db_path, samples_dir, tmp_path, capsys):
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    make_register("工业产品生产许可证获证企业", expected["industrial"]["frame"])
    make_register("食品相关产品生产企业", expected["food"]["frame"])
    common = ["--db", str(db_path)]
    assert cli(["plan", "create", str(ROOT / "data" / "plan-2020.toml"), "--json", *common]) == 0
    plan_id = json.loads(capsys.readouterr().out)["id"]
    assert cli(["plan", "list", *common]) == 0
    assert "局函〔2020〕277号" in capsys.readouterr().out
    run_args = ["draw", "run", "--plan", str(plan_id), "--witness", "王建国|派驻纪检组|38104729561",
                "--witness", "李秀英|企业代表|92750183346", "--out", str(tmp_path / "run"), *common]
    assert cli(run_args) == 2
    assert "还没有提交抽取承诺" in capsys.readouterr().err
    assert cli(["draw", "commit", "--plan", str(plan_id), "--out", str(tmp_path / "commit"), "--json", *common]) == 0
    commit = json.loads(capsys.readouterr().out)
    assert (tmp_path / "commit" / "commitment.json").is_file()
    assert (tmp_path / "commit" / "frames" / "frame-T1.txt").is_file()
    assert cli(run_args + ["--json"]) == 0
    run = json.loads(capsys.readouterr().out)
    assert run["draw_no"] == commit["draw_no"] and run["inspections"] > 0
    assert cli(run_args) == 2
    assert "已经完成" in capsys.readouterr().err
    assert cli(["frames", "export", "--draw", str(run["draw_no"]), "--out", str(tmp_path / "fx"), *common]) == 0
    capsys.readouterr()
    record_path = tmp_path / "run" / "draw-record.json"
    assert cli(["verify", str(record_path), "--frames", str(tmp_path / "fx"), *common]) == 0
    assert "全部校验通过" in capsys.readouterr().out
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record["tasks"][0]["selected"][0]["ticket"] = "f" * 64
    record_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert cli(["verify", str(record_path), "--json", *common]) == 1
    out = json.loads(capsys.readouterr().out)
    assert not out["ok"] and any(c["name"] == "tickets" and not c["ok"] for c in out["checks"])
    assert cli(["draw", "void", "--draw", str(run["draw_no"]), "--reason", "测试作废", *common]) == 0
    assert "已作废" in capsys.readouterr().out
    assert cli(["verify", str(tmp_path / "nothing.json"), *common]) == 2
    assert "无法读取记录文件" in capsys.readouterr().err
