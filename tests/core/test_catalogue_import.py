"""The check-item catalogue as a register kind: messy files, Chinese messages, versions with a reason,
edits in settings as new versions, the digest checked by db check, the CLI."""
from __future__ import annotations

import json

import pytest

from app.catalogue import edit, items, queries
from app.catalogue.items import Entry
from app.errors import NotFoundError, ValidationError
from app.integrity.checks import check_all
from app.registers import service
from tests.support.catalogue import import_catalogue, write_catalogue, write_messy_catalogue


def test_messy_catalogue_imports_with_row_and_column_messages(db, tmp_path):
    path = write_messy_catalogue(tmp_path / "清单.xlsx")
    result = service.validate_import(path, "catalogue")
    by_row = {(i.row, i.severity): i for i in result.issues}
    # row 6 and row 8 share the code SC-002 with different bases: both out, each naming the other row
    dup = by_row[(8, "conflict")]
    assert dup.sheet == "事项清单" and dup.column == "事项编码" and dup.value == "SC-002"
    assert "第 6 行" in dup.reason and "两行都未导入" in dup.reason
    assert "第 8 行" in by_row[(6, "conflict")].reason
    no_basis = by_row[(7, "flagged")]
    assert no_basis.column == "检查依据" and "检查依据为空" in no_basis.reason
    assert by_row[(10, "skipped")].reason.startswith("表尾说明行")
    codes = [r[0] for r in result.records]
    assert codes == ["GS-001", "SC-001", "SP-001"]            # full-width folded, key order; SC-002 out
    sc1 = next(r for r in result.records if r[0] == "SC-001")
    assert sc1[1] == "工业产品生产许可资格检查" and sc1[2] == "一般"   # 一般检查事项 -> 一般, spaces trimmed
    version = service.commit_import(result)
    assert version.version == 1 and version.imported == 3
    # the error report names file, sheet, row and column in Chinese
    report = tmp_path / "report.xlsx"
    service.write_error_report(result, report)
    assert report.exists()


def test_a_file_without_the_code_column_is_refused_in_chinese(db, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["事项名称", "检查依据"])
    book.active.append(["某检查", "《某法》第一条"])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError) as exc:
        service.validate_import(tmp_path / "x.xlsx", "catalogue")
    assert "事项编码" in str(exc.value) and exc.value.location.file == "x.xlsx"


def test_a_new_version_needs_a_reason_and_keeps_the_old_one(db, tmp_path):
    first, _ = import_catalogue(write_catalogue(tmp_path / "a.xlsx"))
    changed = write_catalogue(tmp_path / "b.xlsx", [("SC-001", "工业产品生产许可资格检查（修订）", "一般", "现场检查",
                                                    "质量监管处", "获证企业", "《某条例》第一条")])
    with pytest.raises(ValidationError, match="修订原因"):
        import_catalogue(changed)
    second, _ = import_catalogue(changed, reason="依据新条例修订")
    assert second.version == 2 and second.note.startswith("修订原因：依据新条例修订")
    assert [e.code for e in items.entries(first)] == ["GS-001", "SC-001", "SC-002", "SP-001"]
    assert [e.name for e in items.entries()] == ["工业产品生产许可资格检查（修订）"]
    from app.audit.models import AuditEntry
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "registers.import" and last.payload["reason"] == "依据新条例修订"
    assert check_all().ok


def test_edits_in_settings_make_new_versions(db, tmp_path):
    import_catalogue(write_catalogue(tmp_path / "a.xlsx"))
    with pytest.raises(ValidationError, match="原因"):
        edit.add_item(Entry("XX-1", "新事项"), "")
    v2 = edit.add_item(Entry("ｘｘ-1", "新事项", "一般", basis="《某法》第二条"), "新增事项")
    assert v2.version == 2 and "XX-1" in [e.code for e in items.entries()]
    with pytest.raises(ValidationError, match="已在抽查事项清单中"):
        edit.add_item(Entry("XX-1", "又一个"), "重复")
    v3 = edit.update_item("XX-1", Entry("XX-1", "新事项（改）", "重点", basis="《某法》第三条"), "改依据")
    assert v3.version == 3 and items.resolve(["XX-1"])[0].entry.basis == "《某法》第三条"
    v4 = edit.remove_item("XX-1", "不再检查")
    assert v4.version == 4 and "XX-1" not in [e.code for e in items.entries()]
    with pytest.raises(NotFoundError):
        edit.remove_item("XX-1", "再删")
    with pytest.raises(ValidationError, match="没有变化"):
        edit.save_items(items.entries(), "同样的内容")
    assert [v["version"] for v in queries.versions()] == [4, 3, 2, 1]
    assert check_all().ok


def test_resolve_codes_names_and_free_text(db, tmp_path):
    import_catalogue(write_catalogue(tmp_path / "a.xlsx"))
    found = items.resolve(["sc-001", "获证企业条件检查", "现场抽样"])
    assert [r.entry.code if r.entry else None for r in found] == ["SC-001", "SC-002", None]
    assert found[2].label == "现场抽样（不在抽查事项清单中）"
    assert items.item_names(["SC-001", "工业产品生产许可资格检查"]) == ["工业产品生产许可资格检查"]


def test_cli_import_and_show(db_path, tmp_path, capsys):
    from app.cli.main import main
    path = write_catalogue(tmp_path / "a.xlsx")
    assert main(["import", "catalogue", str(path), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["catalogue", "show", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "抽查事项清单 第 1 版" in out and "SC-002 获证企业条件检查〔重点〕" in out
    assert "第四十九条；《中华人民共和国工业产品生产许可证管理条例实施办法》第四十一条" in out
    assert main(["catalogue", "show", "--json", "--db", str(db_path)]) == 0
    assert len(json.loads(capsys.readouterr().out)["items"]) == 4
    assert main(["import", "catalogue", str(path), "--reason", "再导入", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["catalogue", "versions", "--db", str(db_path)]) == 0
    assert "修订原因：再导入" in capsys.readouterr().out
