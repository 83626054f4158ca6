"""Registers as clerks receive them: titles, blank rows, merged cells, footers, several sheets,
full-width codes, duplicates, every date form, csv in every encoding."""
import datetime as dt

import pytest

from app.registers import service
from app.registers.models import Enterprise
from app.registers.normalize import uscc_check_char
from tests.support.registers import HEADER, K, reg_no, uscc, write_xlsx


def issues_by_row(result):
    out = {}
    for issue in result.issues:
        out.setdefault((issue.sheet, issue.row), []).append(issue)
    return out


def messy_rows():
    return [
        ["青岛市工业产品生产许可证获证企业名录"],                                      # 1 title (merged)
        [],                                                                             # 2 blank
        ["制表单位：青岛市市场监督管理局    制表日期：2020年10月19日"],                  # 3
        HEADER,                                                                         # 4
        [1, "青岛甲有限公司", K[1], "张三", "山东省青岛市市南区香港中路1号", "市南区", dt.datetime(2019, 3, 1),
         "2024.03.01", "存续（在营、开业、在册）"],
        [2, "青岛乙有限公司", " ９１" + K[2][2:10].lower() + "\u3000" + K[2][10:] + " ", "李四", "", "市南区", 43835,
         "2020年1月5日", "在营（开业）"],
        [],                                                                             # 7 blank inside data
        [3, "青岛丙有限公司", K[3], "王五", "山东省青岛市崂山区松岭路1号", "", "2020/1/5", "", "存续"],
        [4, "青岛丁有限公司", K[4], "赵六", "", "西海岸新区", "", "", "吊销，未注销"],
        [5, "青岛戊有限公司", K[5][:17] + ("0" if K[5][17] != "0" else "1"), "", "", "市北区", "", "", "存续"],
        [6, "青岛甲有限公司", K[1], "张三", "", "市南区", "", "", "存续"],                # duplicate, agrees
        [7, "青岛庚有限公司", K[6], "", "", "市南区", "", "", "存续"],
        [8, "青岛庚二有限公司", K[6], "", "", "市北区", "", "", "存续"],                  # conflict with row 11
        [9, "青岛辛有限公司", reg_no("37028120000001"), "", "", "胶州市", "", "", "开业"],
        [10, "北京壬有限公司", uscc("110105", "MA0000001"), "", "北京市朝阳区", "", "", "", "存续"],  # no district
        [11, "青岛癸有限公司", K[7], "", "", "", "", "", "存续"],                          # district from the code
        [12, "青岛子有限公司", K[8], "", "", "市南区", "明年", "", ""],                    # bad date, empty status
        ["合计：12家"],
        ["审核人：栾华"],
    ]


@pytest.fixture
def messy_xlsx(tmp_path):
    return write_xlsx(tmp_path / "名录.xlsx", {"获证企业": messy_rows()}, merges={"获证企业": ["A1:I1"]})


def test_messy_xlsx_every_quirk(db, messy_xlsx):
    result = service.validate_import(messy_xlsx, "enterprise", "工业")
    assert result.header_rows == {"获证企业": 4}
    got = {r[0]: r for r in result.records}
    by_row = issues_by_row(result)
    s = "获证企业"
    assert got[K[1]][2:6] == ("青岛甲有限公司", "市南区", "存续(在营、开业、在册)", True)
    assert got[K[1]][11:13] == ("2019-03-01", "2024-03-01")
    assert got[K[2]][11:13] == ("2020-01-05", "2020-01-05")          # Excel serial and 年月日
    assert got[K[3]][3] == "崂山区" and got[K[3]][11] == "2020-01-05"  # district from the address
    assert got[K[4]][3] == "黄岛区" and got[K[4]][5] is False         # alias; not operating, kept
    assert K[5] not in got and "校验位错误" in by_row[(s, 10)][0].reason
    assert by_row[(s, 10)][0].column == "统一社会信用代码"
    assert got[K[1]][2] == "青岛甲有限公司" and [i.severity for i in by_row[(s, 11)]] == ["flagged"]  # merged dup
    assert K[6] not in got and {i.severity for i in by_row[(s, 12)] + by_row[(s, 13)]} == {"conflict"}
    assert "所属区市" in by_row[(s, 13)][0].reason
    rn = reg_no("37028120000001")
    assert got[rn][1] == "reg_no" and got[rn][3] == "胶州市" and by_row[(s, 14)][0].severity == "flagged"
    assert "无法确定所属区市" in by_row[(s, 15)][0].reason and by_row[(s, 15)][0].severity == "rejected"
    assert got[K[7]][3] == "市南区"                                    # characters 3-8 of the code
    assert got[K[8]][5] is False and {i.column for i in by_row[(s, 17)]} == {"发证日期", "登记状态"}
    assert [i.severity for i in by_row[(s, 18)]] == ["skipped"] and [i.severity for i in by_row[(s, 19)]] == ["skipped"]
    assert result.rows_read == 12      # title, blank rows, footer lines are not data
    assert result.imported == 7
    assert result.operating == 5
    assert result.rejected == 4        # bad check char, two conflicting rows, no district
    version = service.commit_import(result)
    assert Enterprise.select().where(Enterprise.version == version).count() == 7


def test_batches_give_the_rows_one_by_one_would(db, messy_xlsx, monkeypatch):
    """Rows are checked a batch (and a column) at a time; where the batches end changes nothing: records,
    issues in row order, duplicates and conflicts across batches, figures and digest."""
    from app.registers import validate
    whole = service.validate_import(messy_xlsx, "enterprise", "工业")
    for size in (1, 2, 5):
        monkeypatch.setattr(validate, "BATCH_ROWS", size)
        split = service.validate_import(messy_xlsx, "enterprise", "工业")
        assert split.records == whole.records
        assert [i.as_list() for i in split.issues] == [i.as_list() for i in whole.issues]
        assert (split.digest, split.rows_read, split.rejected, split.flagged) == (
            whole.digest, whole.rows_read, whole.rejected, whole.flagged)
    rows = [i.row for i in whole.issues if i.row is not None]
    assert rows == sorted(rows)


def test_a_row_with_a_code_is_data_even_if_it_reads_like_a_footer(db, tmp_path):
    """First-column text such as 统计…/审核… ends the data only on a row without a code in the key column."""
    rows = [["企业名称", "统一社会信用代码", "所属区市", "登记状态"],
            ["统计印刷厂", K[1], "市南区", "存续"],
            ["审核服务有限公司", K[2], "市南区", "存续"],
            ["合计", "2", "", ""]]
    result = service.validate_import(write_xlsx(tmp_path / "a.xlsx", {"S": rows}), "enterprise", "工业")
    assert sorted(r[2] for r in result.records) == ["审核服务有限公司", "统计印刷厂"]
    assert [(i.row, i.severity) for i in result.issues] == [(4, "skipped")] and result.rejected == 0


def test_extra_columns_are_stored_and_read_back(db, tmp_path):
    rows = [["企业名称", "统一社会信用代码", "所属区市", "登记状态", "行业类别", "监管等级"],
            ["甲", K[1], "市南区", "存续", " 0532-1234 ", ""],
            ["乙", K[2], "市南区", "存续", "", ""]]
    path = write_xlsx(tmp_path / "a.xlsx", {"S": rows})
    version, result = service.import_file(path, "enterprise", "工业")
    stored = {e.key: e.extra for e in Enterprise.select().where(Enterprise.version == version)}
    assert stored == {K[1]: {"行业类别": "0532-1234"}, K[2]: {}}
    again = service.validate_import(path, "enterprise", "工业")
    assert again.digest == result.digest and again.diff.changed == [] and again.diff.added == []


def test_one_sheet_per_district_is_one_register(db, tmp_path):
    south = [["市南区获证企业"], HEADER, [1, "青岛甲有限公司", K[1], "", "", "市南区", "", "", "存续"]]
    # The other district's sheet has its columns in another order and no title.
    north = [["统一社会信用代码", "企业名称", "登记状态", "所属区市"], [K[9], "青岛乙有限公司", "存续", "市北区"],
             [K[10], "青岛丙有限公司", "注销", "市北区"]]
    path = write_xlsx(tmp_path / "分区.xlsx", {"市南区": south, "市北区": north, "说明": [["本表由各区市局报送"]]})
    result = service.validate_import(path, "enterprise", "工业")
    assert sorted(r[0] for r in result.records) == sorted([K[1], K[9], K[10]])
    assert result.header_rows == {"市南区": 2, "市北区": 1}
    assert any(i.sheet == "说明" and i.severity == "skipped" for i in result.issues)
    only = service.validate_import(path, "enterprise", "工业", sheets=["市北区"])
    assert sorted(r[0] for r in only.records) == sorted([K[9], K[10]])


def test_merged_district_cells_belong_to_each_row(db, tmp_path):
    rows = [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", "", "市北区" if n == 1 else None, "", "", "存续"]
                       for n in range(1, 5)]
    path = write_xlsx(tmp_path / "merged.xlsx", {"Sheet": rows}, merges={"Sheet": ["F2:F5"]})
    result = service.validate_import(path, "enterprise", "工业")
    assert {r[3] for r in result.records} == {"市北区"} and result.imported == 4


CSV_ROWS = [HEADER, ["1", "青岛甲有限公司", K[1], "张三", "", "市南区", "2020.01.05", "", "存续"],
            ["2", "青岛𠮷祥有限公司", K[2], "李四", "", "李沧区", "", "", "注销"]]


@pytest.mark.parametrize("encoding,expect", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030")])
def test_csv_encodings_are_detected(db, tmp_path, encoding, expect):
    path = tmp_path / "食品.csv"
    path.write_text("\r\n".join(",".join(r) for r in CSV_ROWS) + "\r\n", encoding=encoding)
    result = service.validate_import(path, "enterprise", "食品")
    assert result.encoding == expect
    assert [r[2] for r in result.records] == ["青岛甲有限公司", "青岛𠮷祥有限公司"]


def test_gbk_csv_and_tab_separated_text_named_xls(db, tmp_path):
    rows = [r for r in CSV_ROWS[:2]]
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("\n".join(",".join(r) for r in rows).encode("gbk"))
    result = service.validate_import(gbk, "enterprise", "食品")
    assert result.encoding == "gbk" and result.records[0][2] == "青岛甲有限公司"
    forced = service.validate_import(gbk, "enterprise", "食品", encoding="gb18030")
    assert forced.records[0][2] == "青岛甲有限公司"
    fake_xls = tmp_path / "导出.xls"   # systems export tab-separated text named .xls
    fake_xls.write_bytes("\n".join("\t".join(r) for r in rows).encode("gbk"))
    result = service.validate_import(fake_xls, "enterprise", "食品")
    assert result.format == "csv" and result.records[0][0] == K[1]


def test_header_row_and_mapping_can_be_given(db, tmp_path):
    rows = [["名称", "代码", "区"], ["青岛甲有限公司", K[1], "市南区"]]
    path = write_xlsx(tmp_path / "odd.xlsx", {"Sheet": rows})
    result = service.validate_import(path, "enterprise", "工业", header_row=1,
                                     mapping={"name": "名称", "key": "代码", "district": "区"})
    assert result.records[0][:4] == (K[1], "uscc", "青岛甲有限公司", "市南区")
    service.commit_import(result)
    # The confirmed mapping is remembered for files with the same header.
    preview = service.preview_file(path, "enterprise")
    assert preview.remembered and preview.sheets[0].mapping == {"name": "名称", "key": "代码", "district": "区"}
    # Without a header row, the mapping's header texts find it.
    again = service.validate_import(path, "enterprise", "工业",
                                    mapping={"name": "名称", "key": "代码", "district": "区"})
    assert again.header_rows == {"Sheet": 1} and again.imported == 1


def test_preview_is_plain_data(db, messy_xlsx):
    preview = service.preview_file(messy_xlsx, "enterprise")
    sheet = preview.sheets[0]
    assert preview.format == "xlsx" and sheet.header_row == 4 and sheet.headers == HEADER
    assert sheet.mapping["key"] == "统一社会信用代码" and sheet.row_numbers[:3] == [1, 3, 4]
    assert all(isinstance(v, str) for row in sheet.rows for v in row)


def test_inspectors_with_units_city_level_and_expiry(db, tmp_path):
    from app.registers.eligibility import eligible_on
    rows = [["姓名", "执法证号", "所属单位", "所属区市", "执法证有效期至", "是否专家", "在岗状态"],
            ["甲", "３７０１ 0001", "青岛市市场监督管理局质量监管处", "", "2030-12-31", "是", "在岗"],
            ["乙", "370100002", "青岛市崂山区市场监督管理局", "", "2020.06.30", "", "在岗"],
            ["丙", "370100003", "", "市本级", "", "", "调离"],
            ["丁", "370100004", "某某公司", "", "", "", "在岗"],
            ["戊", "", "", "市南区", "", "", "在岗"]]
    path = write_xlsx(tmp_path / "人员.xlsx", {"人员": rows})
    version, result = service.import_file(path, "inspector", today=dt.date(2020, 10, 23))
    people = {i.cert_no: i for i in version.inspectors}
    assert set(people) == {"37010001", "370100002", "370100003"}
    assert people["37010001"].district == "市本级" and people["37010001"].expert is True
    assert people["370100002"].district == "崂山区"
    assert eligible_on(people["37010001"], dt.date(2020, 11, 1)) == (True, "在岗，执法证有效")
    assert eligible_on(people["370100002"], dt.date(2020, 11, 1)) == (False, "执法证已于 2020-06-30 过期")
    assert eligible_on(people["370100002"], dt.date(2020, 6, 30))[0] is True
    assert eligible_on(people["370100003"], "2020-11-01")[0] is False
    assert result.operating == 1 and result.rejected == 2


def test_avoidance_unknown_inspector_or_enterprise_is_flagged_not_dropped(db, tmp_path):
    enterprises = {"S": [HEADER, [1, "青岛甲有限公司", K[1], "", "", "市南区", "", "", "存续"]]}
    service.import_file(write_xlsx(tmp_path / "e.xlsx", enterprises), "enterprise", "工业")
    inspectors = {"S": [["姓名", "执法证号", "所属区市"], ["甲", "370100001", "市南区"]]}
    service.import_file(write_xlsx(tmp_path / "i.xlsx", inspectors), "inspector")
    rows = [["检查人员姓名", "执法证号", "企业名称", "统一社会信用代码", "回避事由"],
            ["甲", "370100001", "青岛甲有限公司", K[1], "近亲属任职"],
            ["乙", "379999999", "青岛甲有限公司", K[1], "其他"],
            ["甲", "370100001", "青岛不存在有限公司", K[11], "其他"],
            ["甲", "370100001", "坏代码", "123", "其他"]]
    version, result = service.import_file(write_xlsx(tmp_path / "a.xlsx", {"S": rows}), "avoidance")
    assert version.pairs.count() == 3
    reasons = {(i.row, i.reason) for i in result.issues}
    assert (3, "执法证号不在最新的执法检查人员名录中") in reasons
    assert (4, "该企业不在任何检查对象名录的最新版本中") in reasons
    assert result.flagged == 2 and result.rejected == 1


def test_institutions(db, tmp_path):
    rows = [["机构名称", "统一社会信用代码", "服务项目", "资质名称", "资质有效期至", "联系人", "联系电话"],
            ["青岛甲会计师事务所", K[12], "审计、验资；评估", "执业证书", "2030-01-01", "张三", "85730602"]]
    version, result = service.import_file(write_xlsx(tmp_path / "机构.xlsx", {"S": rows}), "institution")
    inst = version.institutions.get()
    assert version.register.name == "第三方专业机构名录库"
    assert inst.services == ["审计", "验资", "评估"] and inst.qualification_expiry == "2030-01-01"


def test_digest_is_in_key_order_whatever_the_row_order(db, tmp_path):
    """The digest sorts the canonical lines as text; with a 15-digit 注册号 that begins an 18-character code,
    that is still the order of the keys (what a re-import reads back from the database and sorts by key)."""
    from app.registers.validate import content_lines, digest_of
    short = reg_no("37020220000001")
    first17 = short + "MA"
    long_ = first17 + uscc_check_char(first17)
    head = ["企业名称", "统一社会信用代码", "所属区市", "登记状态"]
    rows = [["乙", long_, "市南区", "存续"], ["甲", short, "市南区", "存续"], ["丙", K[3], "崂山区", "注销"]]
    one = service.validate_import(write_xlsx(tmp_path / "a.xlsx", {"S": [head, *rows]}), "enterprise", "工业")
    other = service.validate_import(write_xlsx(tmp_path / "b.xlsx", {"S": [head, *rows[::-1]]}), "enterprise", "工业")
    assert one.imported == 3 and one.digest == other.digest
    assert one.digest == digest_of("enterprise", content_lines("enterprise", one.records))
    version, _ = service.import_file(tmp_path / "a.xlsx", "enterprise", "工业")
    again = service.validate_import(tmp_path / "b.xlsx", "enterprise", "工业")
    assert again.diff.previous_version == 1 and not (again.diff.added or again.diff.removed or again.diff.changed)
