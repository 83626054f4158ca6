"""The synthetic demo set: committed files match the generator, and `spotcheck demo` loads them."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import StateError
from app.registers import queries

ROOT = Path(__file__).resolve().parents[2]


def test_demo_loads_and_refuses_a_second_time(db):
    from app.demo import load_demo
    steps = []
    summary = load_demo(progress=lambda d, t, m: steps.append(m))
    by_name = {r["register"]: r for r in summary["registers"]}
    assert set(by_name) == {"工业产品生产许可证获证企业", "食品相关产品生产企业", "执法检查人员名录库", "回避关系名单",
                            "第三方专业机构名录库", "抽查事项清单"}
    assert by_name["抽查事项清单"]["imported"] == 4
    assert all(r["rejected"] == 0 and r["flagged"] == 0 for r in summary["registers"])
    industrial = queries.latest_version("工业产品生产许可证获证企业")
    food = queries.latest_version("食品相关产品生产企业")
    assert 150 <= industrial.operating < industrial.imported
    districts = {e.district for e in industrial.enterprises}
    assert len(districts) == 10
    assert set(e.key for e in industrial.enterprises) & set(e.key for e in food.enterprises)
    inspectors = queries.latest_version("执法检查人员名录库")
    assert inspectors.imported == 60 and inspectors.operating < 60
    assert {i.district for i in inspectors.inspectors} >= {"市本级", "市南区", "莱西市"}
    assert steps
    with pytest.raises(StateError, match="已经有名录"):
        load_demo()


def test_cli_demo(db_path, capsys):
    from app.cli.main import main
    assert main(["demo", "--db", str(db_path)]) == 0
    assert "演示数据已导入" in capsys.readouterr().out
    assert main(["demo", "--db", str(db_path)]) != 0
    assert "已经有名录" in capsys.readouterr().err


def test_generator_reproduces_the_committed_files(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "app", work / "app")
    (work / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "make_demo_data.py", work / "scripts")
    subprocess.run([sys.executable, str(work / "scripts" / "make_demo_data.py")], check=True, capture_output=True)
    for path in (ROOT / "data" / "demo").iterdir():
        if path.name == "plan.toml":
            continue
        assert (work / "data" / "demo" / path.name).read_bytes() == path.read_bytes(), path.name
