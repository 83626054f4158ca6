"""The read-only questions the registers screen and the import wizard ask (no Qt)."""
from __future__ import annotations

import datetime as dt

from app.registers import headers as hdr
from app.registers import queries, service
from tests.support.registers import HEADER, K, register_file, row


def _two_registers(tmp_path):
    v1, _ = service.import_file(register_file(tmp_path, "a.xlsx", [row(1), row(2, district="市北区")]),
                                "enterprise", "乙名录")
    v2, _ = service.import_file(register_file(tmp_path, "b.xlsx", [row(1), row(3, status="注销")]),
                                "enterprise", "乙名录")
    v3, _ = service.import_file(register_file(tmp_path, "c.xlsx", [row(4)]), "enterprise", "甲名录")
    return v1, v2, v3


def test_version_rows_register_names_and_version_by_id(db, tmp_path):
    assert queries.version_rows() == [] and queries.register_names() == []
    _, v2, v3 = _two_registers(tmp_path)
    rows = queries.version_rows()
    assert [(r["register"], r["version"]) for r in rows] == [("乙名录", 2), ("乙名录", 1), ("甲名录", 1)]
    first = next(r for r in rows if r["id"] == v2.id)
    assert (first["kind"], first["imported"], first["operating"], first["source"]) == ("enterprise", 2, 1, "b.xlsx")
    assert set(first) >= {"sha256", "rows_read", "rejected", "flagged", "by", "at", "digest", "sheets", "note"}
    assert queries.register_names("enterprise") == sorted(["乙名录", "甲名录"])
    assert queries.register_names("inspector") == []
    assert queries.version_by_id(v3.id).version == 1
    assert queries.version_by_id(10_000) is None


def test_districts_and_the_browser_window(db, tmp_path):
    v1, v2, _ = _two_registers(tmp_path)
    assert queries.version_districts("enterprise", v1.id) == sorted(["市南区", "市北区"])
    assert queries.version_districts("avoidance", v1.id) == []
    source = queries.browser_source("enterprise", v2.id)
    rows, total = source(0, 10)
    assert total == 2 and {r["key"] for r in rows} == {K[1], K[3]}
    rows, total = queries.browser_source("enterprise", v2.id, state="no")(0, 10)
    assert total == 1 and rows[0]["key"] == K[3]
    rows, total = queries.browser_source("enterprise", v1.id, district="市北区")(0, 10)
    assert [r["key"] for r in rows] == [K[2]]
    rows, _ = queries.browser_source("enterprise", v2.id, order_by="key", descending=True)(0, 10)
    assert [r["key"] for r in rows] == sorted([K[1], K[3]], reverse=True)
    rows, total = queries.browser_source("enterprise", v2.id)(1, 10)
    assert total == 2 and len(rows) == 1


def test_inspectors_get_their_eligibility(db, tmp_path):
    from tests.support.registers import write_xlsx
    people = write_xlsx(tmp_path / "p.xlsx", {"S": [["姓名", "执法证号", "所属区市", "执法证有效期"],
                                                     ["甲", "A1", "市南区", "2030-01-01"],
                                                     ["乙", "A2", "市南区", "2001-01-01"]]})
    version, _ = service.import_file(people, "inspector", "人员")
    rows, total = queries.browser_source("inspector", version.id, today=dt.date(2020, 1, 1))(0, 10)
    assert total == 2
    by_cert = {r["cert_no"]: r for r in rows}
    assert by_cert["A1"]["eligible"] is True
    assert by_cert["A2"]["eligible"] is False and by_cert["A2"]["eligibility_reason"]


def test_issues_source_filters_by_severity_and_text(db, tmp_path):
    bad = [1, "青岛坏有限公司", K[1][:17] + ("0" if K[1][17] != "0" else "1"), "", "", "市南区", "", "", "存续"]
    version, _ = service.import_file(register_file(tmp_path, "a.xlsx", [bad, row(2, status="注销")]),
                                     "enterprise", "工业")
    rows, total = queries.issues_source(version.id)(0, 10)
    assert total == 2 and [r["row"] for r in rows] == sorted(r["row"] for r in rows)
    rows, total = queries.issues_source(version.id, severity="rejected,conflict")(0, 10)
    assert total == 1 and rows[0]["severity"] == "rejected"
    rows, total = queries.issues_source(version.id, search="校验位")(0, 10)
    assert total == 1 and "校验位" in rows[0]["reason"]
    assert queries.issues_source(version.id, search="没有这样的原因")(0, 10) == ([], 0)


def test_remembered_mapping_is_the_confirmed_one(db, tmp_path):
    header = list(HEADER)
    assert queries.remembered_mapping("enterprise", header) is None
    result = service.validate_import(register_file(tmp_path, "a.xlsx", [row(1)]), "enterprise", "工业",
                                     mapping=hdr.suggest_mapping("enterprise", header))
    service.commit_import(result)
    expected = service.remembered_mappings("enterprise").get(hdr.header_signature("enterprise", header))
    assert queries.remembered_mapping("enterprise", header) == expected
    assert queries.remembered_mapping("inspector", header) is None
