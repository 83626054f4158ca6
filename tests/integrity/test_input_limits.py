"""Limits on what a row may hold (cell lengths, invisible characters, separators in certificate numbers): the
row is refused or flagged with the sheet, row and column named, and nothing stored can break a later step."""
from __future__ import annotations

import pytest

from app.registers import service
from app.registers.models import AvoidancePair, Enterprise, ImportIssue, Inspector
from app.registers.normalize import MAX_CODE_CHARS, MAX_EXTRA_CHARS, MAX_NAME_CHARS, MAX_TEXT_CHARS
from tests.support.registers import HEADER, K, write_xlsx


def enterprise_rows(count: int = 6) -> list[list]:
    return [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", f"市南区路{n}号", "市南区", "", "", "存续"]
                       for n in range(1, count + 1)]


def issues_of(result, severity: str) -> list[tuple]:
    return [(i.sheet, i.row, i.column, i.reason) for i in result.issues if i.severity == severity]


def test_over_long_cells_reject_their_rows(db, tmp_path):
    rows = enterprise_rows()
    rows[1][1] = "名" * (MAX_NAME_CHARS + 1)            # row 2: name one character too long
    rows[2][1] = "名" * MAX_NAME_CHARS                  # row 3: name at the limit, kept
    rows[5][4] = "址" * MAX_TEXT_CHARS                  # row 6: address at the limit, kept
    rows[3][4] = "址" * 40000   # row 4: an address openpyxl cuts to 32,767 (10 MB cells: test_malformed_files)
    path = write_xlsx(tmp_path / "超长.xlsx", {"名录": rows})
    version, result = service.import_file(path, "enterprise", "工业")
    rejected = issues_of(result, "rejected")
    assert [(s, r, c) for s, r, c, _ in rejected] == [("名录", 2, "企业名称"), ("名录", 4, "住所")]
    assert f"{MAX_NAME_CHARS + 1} 个字符，上限 {MAX_NAME_CHARS} 个" in rejected[0][3]
    assert result.imported == 4 and result.rejected == 2
    stored = list(Enterprise.select().where(Enterprise.version == version))
    assert max(len(e.name) for e in stored) == MAX_NAME_CHARS
    assert max(len(e.address) for e in stored) == MAX_TEXT_CHARS
    # The issue keeps a short excerpt of the cell, not 10 MB.
    assert max(len(i.value or "") for i in ImportIssue.select()) < 300


def test_an_unmapped_column_past_excels_cell_limit_rejects_the_row(db, tmp_path):
    """A csv may hold what Excel cannot: a 40,000-character cell in a column kept as is (备注)."""
    path = tmp_path / "备注.csv"
    lines = ["企业名称,统一社会信用代码,所属区市,备注", f"青岛1有限公司,{K[1]},市南区,无",
             f"青岛2有限公司,{K[2]},市南区," + "备" * (MAX_EXTRA_CHARS + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = service.validate_import(path, "enterprise", "工业")
    assert [(s, r, c) for s, r, c, _ in issues_of(result, "rejected")] == [("备注", 3, "备注")]
    assert [r[0] for r in result.records] == [K[1]]


def test_over_long_code_rejects_the_row(db, tmp_path):
    rows = [["执法证号", "姓名", "所属区市", "在岗状态"],
            ["37020001", "张三", "市南区", "在岗"],
            ["3" * (MAX_CODE_CHARS + 1), "李四", "市南区", "在岗"]]
    path = write_xlsx(tmp_path / "人员.xlsx", {"人员": rows})
    result = service.validate_import(path, "inspector")
    assert [(s, r, c) for s, r, c, _ in issues_of(result, "rejected")] == [("人员", 3, "执法证号")]
    assert [r[0] for r in result.records] == ["37020001"]


def test_invisible_characters_are_removed_from_codes_and_names_and_flagged(db, tmp_path):
    rows = enterprise_rows(4)
    rows[1][2] = K[1][:6] + "\u200b" + K[1][6:] + "\ufeff"     # zero-width space and BOM inside the code
    rows[2][1] = "青岛\u202e司公限有2"                           # right-to-left override in the name
    rows[3][1] = "青岛3有限\u2066公司\u2069"                      # a bidi isolate and its end
    rows[4][5] = "市南\u200d区"                                   # a district (a repeated value): removed, kept
    path = write_xlsx(tmp_path / "隐藏字符.xlsx", {"名录": rows})
    version, result = service.import_file(path, "enterprise", "工业")
    flagged = [(r, c, v) for s, r, c, v, _reason, sev in (i.as_list() for i in result.issues) if sev == "flagged"]
    assert flagged == [(2, "统一社会信用代码", K[1][:6] + "<U+200B>" + K[1][6:] + "<U+FEFF>"),
                       (3, "企业名称", "青岛<U+202E>司公限有2"),
                       (4, "企业名称", "青岛3有限<U+2066>公司<U+2069>")]
    names = {e.key: e.name for e in Enterprise.select().where(Enterprise.version == version)}
    assert names == {K[1]: "青岛1有限公司", K[2]: "青岛司公限有2", K[3]: "青岛3有限公司", K[4]: "青岛4有限公司"}
    assert result.imported == 4 and result.flagged == 3


def test_nul_in_a_csv_is_removed_and_flagged(db, tmp_path):
    """XML cannot hold NUL, so it comes in text exports: past the first 4 KB (which would mark the file binary)."""
    path = tmp_path / "导出.csv"
    filler = [f"青岛{n}有限公司,{K[n]},市南区" for n in range(1, 18)] * 8
    lines = ["企业名称,统一社会信用代码,所属区市", *filler, f"青岛18\x00有限公司,{K[18][:4]}\x00{K[18][4:]},市南区"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.read_bytes().index(b"\x00") > 4096
    result = service.validate_import(path, "enterprise", "工业")
    flagged = [(i.row, i.column, i.value) for i in result.issues if i.reason.startswith("含有看不见的字符")]
    assert flagged == [(len(lines), "统一社会信用代码", f"{K[18][:4]}<U+0000>{K[18][4:]}"),
                       (len(lines), "企业名称", "青岛18<U+0000>有限公司")]
    assert ("青岛18有限公司", K[18]) in {(r[2], r[0]) for r in result.records}


@pytest.mark.parametrize("cert", ["3702|0001", "3702｜0001"], ids=["ascii-bar", "fullwidth-bar"])
def test_a_bar_in_a_certificate_number_is_refused(db, tmp_path, cert):
    """'|' separates certificate number and district in the match record: such a number would silently drop
    the inspector from matching. (The full-width bar becomes '|' under NFKC.)"""
    rows = [["执法证号", "姓名", "所属区市", "在岗状态"], ["37020001", "张三", "市南区", "在岗"],
            [cert, "李四", "市南区", "在岗"]]
    path = write_xlsx(tmp_path / "人员.xlsx", {"人员": rows})
    version, result = service.import_file(path, "inspector")
    rejected = issues_of(result, "rejected")
    assert [(s, r, c) for s, r, c, _ in rejected] == [("人员", 3, "执法证号")]
    assert "“|”" in rejected[0][3]
    assert [i.cert_no for i in Inspector.select().where(Inspector.version == version)] == ["37020001"]


def test_a_bar_in_an_avoidance_certificate_number_is_refused(db, tmp_path):
    rows = [["执法证号", "统一社会信用代码", "回避事由"], ["37020001", K[1], "亲属"], ["3702|0002", K[2], "曾任职"]]
    path = write_xlsx(tmp_path / "回避.xlsx", {"回避": rows})
    version, result = service.import_file(path, "avoidance")
    assert [(s, r, c) for s, r, c, _ in issues_of(result, "rejected")] == [("回避", 3, "执法证号")]
    assert AvoidancePair.select().where(AvoidancePair.version == version).count() == 1


def test_texts_at_the_limits_print_in_every_document(db, tmp_path, monkeypatch):
    """What the limits let through must not break a later step (a 10 MB cell once crashed `draw run` with a
    LayoutError and hung `docs notice`): names at MAX_NAME_CHARS and the other printed texts at MAX_TEXT_CHARS
    (codes at MAX_CODE_CHARS) go through every document. (At 500 characters the task list fails.)"""
    from app.docs import service as docs
    from app.draw.models import Inspection
    from tests.support import documents
    documents.trust_synthetic_draws(monkeypatch)   # rows edited below on purpose: no tamper check here
    long_name = "名" * MAX_NAME_CHARS
    monkeypatch.setattr(documents, "LONG_NAME", long_name)
    documents.make_sample_draw(long_name=True)
    assert Inspection.select().where(Inspection.name == long_name).count() == 1
    text = "长" * MAX_TEXT_CHARS
    assert Enterprise.update(address=text, legal_rep=text, product=text, phone="9" * MAX_CODE_CHARS,
                             licence_no="L" * MAX_CODE_CHARS).execute()
    assert Inspector.update(name="检" * MAX_NAME_CHARS, unit=text, phone="8" * MAX_CODE_CHARS).execute()
    for kind in docs.KINDS:
        assert docs.generate(kind, 1, tmp_path / kind), kind
