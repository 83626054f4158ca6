"""The bureau's sample files (../shared/samples) import with exactly the expected frames."""
import datetime as dt
import json
from collections import Counter

import pytest

from app.registers import queries, service
from app.registers.eligibility import eligible_on
from app.registers.models import Enterprise, Inspector

FILES = {
    "industrial": ("工业产品生产许可证获证企业名录.xlsx", "工业产品生产许可证获证企业"),
    "food": ("食品相关产品生产企业名录.csv", "食品相关产品生产企业"),
}


@pytest.fixture
def expected(samples_dir):
    return json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["industrial", "food"])
def test_enterprise_samples_give_the_expected_frame(db, samples_dir, expected, which):
    file_name, register = FILES[which]
    version, result = service.import_file(samples_dir / file_name, "enterprise", register)
    want = expected[which]
    assert result.rows_read == want["rows"]
    assert result.operating == want["operating"] == version.operating
    assert result.rejected == 0
    frame = sorted((e.key, e.district) for e in Enterprise.select().where(
        (Enterprise.version == version) & (Enterprise.operating == True)))  # noqa: E712
    assert frame == sorted(tuple(x) for x in want["frame"])
    assert sorted(k for k, _ in frame) == sorted(want["operating_keys"])
    assert Counter(d for _, d in frame) == Counter(want["by_district"])


def test_inspector_sample_eligible_list(db, samples_dir, expected):
    version, result = service.import_file(samples_dir / "执法检查人员名录.xlsx", "inspector")
    assert version.register.name == "执法检查人员名录库"
    want = expected["inspectors"]
    assert result.rows_read == want["rows"]
    assert result.operating == want["active"]
    inspectors = Inspector.select().where(Inspector.version == version)
    eligible = sorted((i.cert_no, i.district) for i in inspectors if eligible_on(i, dt.date(2020, 10, 23))[0])
    assert eligible == sorted(tuple(x) for x in want["eligible"])
    sick = next(i for i in inspectors if i.status == "病假")
    assert eligible_on(sick, "2020-10-23") == (False, "不在岗（状态：病假）")


def test_avoidance_sample_pairs_and_both_registers(db, samples_dir, expected):
    for file_name, register in FILES.values():
        service.import_file(samples_dir / file_name, "enterprise", register)
    service.import_file(samples_dir / "执法检查人员名录.xlsx", "inspector")
    version, result = service.import_file(samples_dir / "回避关系名单.xlsx", "avoidance")
    assert result.imported == expected["avoidance_pairs"] == version.imported
    pairs = sorted((p.cert_no, p.key) for p in version.pairs)
    assert pairs == sorted(tuple(x) for x in expected["avoidance"])
    assert result.flagged == 0   # every pair names a known inspector and enterprise
    industrial = queries.latest_version("工业产品生产许可证获证企业")
    food = queries.latest_version("食品相关产品生产企业")
    for key in expected["both_registers"]:
        assert Enterprise.get(version=industrial, key=key) and Enterprise.get(version=food, key=key)


def test_same_file_twice_is_a_new_version_with_the_same_digest(db, samples_dir):
    first, _ = service.import_file(samples_dir / "食品相关产品生产企业名录.csv", "enterprise", "食品")
    result = service.validate_import(samples_dir / "食品相关产品生产企业名录.csv", "enterprise", "食品")
    assert result.diff.previous_version == 1
    assert (result.diff.added, result.diff.removed, result.diff.changed) == ([], [], [])
    second = service.commit_import(result)
    assert second.version == 2 and second.digest == first.digest
    assert first.enterprises.count() == second.enterprises.count() == 425
