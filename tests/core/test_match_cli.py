"""`spotcheck match ...` and `spotcheck verify match-record.json` end to end."""
from __future__ import annotations

import json

from app.cli.main import main
from app.match import spec
from tests.support.matches import DATE, make_vector_draw

WIT = ["--witness", "赵敏|区纪检组|55012983746", "--witness", "钱伟|企业代表|20485713690"]


def _json(capsys, argv) -> tuple[int, dict]:
    code = main(argv + ["--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_cli_commit_run_replace_show_verify(db, db_path, tmp_path, capsys):
    n = make_vector_draw()
    db_arg = ["--db", str(db_path)]
    code, data = _json(capsys, ["match", "preview", "--draw", str(n), "--date", DATE] + db_arg)
    assert code == 0 and data["eligible"] == 8
    code, data = _json(capsys, ["match", "commit", "--draw", str(n), "--date", DATE] + db_arg)
    assert code == 0 and data["status"] == "committed" and data["match_commitment"]
    code, data = _json(capsys, ["match", "run", "--draw", str(n), "--out", str(tmp_path / "out")] + WIT + db_arg)
    assert code == 0 and data["status"] == "matched"
    assert [s["key"] for s in data["short"]] == ["370212593026050", "9137020341FG6NM27C"]
    record_file = tmp_path / "out" / "match-record.json"
    assert spec.H(record_file.read_text(encoding="utf-8")) == data["record_sha256"]
    key = "91370202NYRU9U324C"
    leader = data["teams"][key][0][0]
    code, change = _json(capsys, ["match", "replace", "--draw", str(n), "--key", key, "--out", leader,
                                  "--reason", "岗位调整", "--approver", "张局长"] + db_arg)
    assert code == 0 and change["out"] == leader and change["in"] != leader
    code, change = _json(capsys, ["match", "resolve", "--draw", str(n), "--key", "9137020341FG6NM27C",
                                  "--cert", "371000000008", "--reason", "本区人员回避", "--approver", "张局长"]
                         + db_arg)
    assert code == 0 and change["kind"] == "short-resolution"
    assert main(["match", "show", "--draw", str(n)] + db_arg) == 0
    text = capsys.readouterr().out
    assert "组长" in text and "岗位调整" in text
    code, files = _json(capsys, ["match", "export-inputs", "--draw", str(n), "--out", str(tmp_path / "inputs")]
                        + db_arg)
    assert code == 0
    assert files["avoid"].endswith("avoid.txt")
    code, data = _json(capsys, ["match", "record", "--draw", str(n), "--out", str(tmp_path / "inputs")] + db_arg)
    assert code == 0 and data["revision"] == 2
    code, result = _json(capsys, ["verify", str(tmp_path / "inputs" / "match-record.json"),
                                  "--frames", str(tmp_path / "inputs")])
    assert code == 0 and result["ok"], result
    record = json.loads(record_file.read_text(encoding="utf-8"))
    next(a for a in record["assignments"] if len(a["inspectors"]) == 2)["inspectors"].reverse()
    record_file.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, result = _json(capsys, ["verify", str(record_file), "--frames", str(tmp_path / "out")])
    assert code == 1 and not result["ok"]
    assert any(c["name"] == "teams" and not c["ok"] for c in result["checks"])


def test_cli_errors_are_chinese_and_write_nothing(db, db_path, capsys):
    n = make_vector_draw()
    db_arg = ["--db", str(db_path)]
    assert main(["match", "run", "--draw", str(n), "--out", "x"] + WIT + db_arg) == 2
    assert "尚未提交匹配承诺" in capsys.readouterr().err
    assert main(["match", "commit", "--draw", str(n), "--team-size", "1"] + db_arg) == 2
    assert "不得少于 2 人" in capsys.readouterr().err
    assert main(["match", "run", "--draw", str(n), "--out", "x", "--witness", "赵敏|区纪检组"] + db_arg) == 2
    assert "格式不正确" in capsys.readouterr().err
