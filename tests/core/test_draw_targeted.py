"""Risk-class ratios and targeted filters (issue 16): frames and quotas re-computed here in plain Python
from the register rows, the draw verified from its record and frame files, bad filters refused."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest

from app.cli.main import main
from app.draw import plans, records, service
from app.draw.models import Draw
from app.errors import ValidationError
from tests.support import targeted as tg
from tests.support.registers import write_xlsx

RATIOS = {"A": "1%", "B": "2%", "C": "10%", "D": "30%"}


@pytest.fixture
def data(db, tmp_path):
    rows = tg.rows()
    tg.import_register(tmp_path, rows)
    return rows


def _quota(n: int, ratio: str) -> int:
    """ceil(N × r), written from the issue's wording."""
    r = Fraction(ratio.rstrip("%")) / 100
    return -(-n * r.numerator // r.denominator)


def _expected_strata(rows, ratio: str) -> list[dict]:
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["district"]] = sizes.get(r["district"], 0) + 1
    return [{"stratum": d, "size": sizes[d], "quota": _quota(sizes[d], ratio)} for d in sorted(sizes)]


def _strata(task: dict) -> list[dict]:
    return [{k: s[k] for k in ("stratum", "size", "quota")} for s in task["strata"]]


def _draw_and_verify(tmp_path, capsys, plan_id: int) -> dict:
    out = tmp_path / "out"
    service.commit_draw(plan_id)
    draw = service.run_draw(Draw.select().order_by(Draw.id.desc()).first().draw_no,
                            [{"name": "王建国", "unit": "派驻纪检组", "input": "38104729561"},
                             {"name": "李秀英", "unit": "企业代表", "input": "92750183346"}])
    records.write_record_file(draw, out)
    records.export_frames(draw, out / "frames")
    assert main(["verify", str(out / "draw-record.json"), "--frames", str(out / "frames")]) == 0
    assert "抽取范围文件摘要一致" in capsys.readouterr().out
    return json.loads((out / "draw-record.json").read_text(encoding="utf-8"))


def test_risk_ratios_give_ceil_of_class_size_per_district_and_verify_passes(data, tmp_path, capsys):
    risk = {"column": "信用风险分类", "ratios": {"A": "1%", "一般": "2%", "较高风险": "10%", "D类": "30%"},
            "districts": {"崂山区": {"D": "50%"}}}
    plan = plans.create_plan(tg.plan_with(tg.task(risk=risk)))
    record = _draw_and_verify(tmp_path, capsys, plan.id)
    tasks = {t["code"]: t for t in record["tasks"]}
    assert list(tasks) == ["T1-A", "T1-B", "T1-C", "T1-D", "T1-D4"]     # 崂山区 is the 4th district in settings
    live = tg.operating(data)
    for cls, ratio in RATIOS.items():
        rows = [r for r in live if r["class"] == cls and not (cls == "D" and r["district"] == "崂山区")]
        assert _strata(tasks[f"T1-{cls}"]) == _expected_strata(rows, ratio), cls
        assert tasks[f"T1-{cls}"]["risk_class"] == cls and tasks[f"T1-{cls}"]["risk_task"] == "T1"
        assert tasks[f"T1-{cls}"]["ratio"] == str(Fraction(ratio.rstrip("%")) / 100)
    laoshan_d = [r for r in live if r["class"] == "D" and r["district"] == "崂山区"]
    assert _strata(tasks["T1-D4"]) == _expected_strata(laoshan_d, "50%")
    # unclassified enterprises are in no sub-task (no ratio was given for 未分类)
    drawn = {s["key"] for t in record["tasks"] for s in t["selected"]}
    assert not drawn & {r["key"] for r in live if r["class"] == "U"}
    assert "A类（低风险）" in tasks["T1-A"]["filter_text"] and "“信用风险分类”" in tasks["T1-A"]["filter_text"]


def test_risk_class_from_a_separate_list_with_both_spellings(data, tmp_path, capsys):
    listed = data[:300]   # the rest are not in the list: 未分类
    spelled = {"A": "低风险", "B": "B类", "C": "较高", "D": "D", "U": "未分类"}
    path = write_xlsx(tmp_path / "分类名单.xlsx", {"名单": [["序号", "统一社会信用代码", "信用风险分类"]]
                                                + [[i, r["key"], spelled[r["class"]]] for i, r in enumerate(listed)]})
    toml = f"""
title = "按名单的信用风险分类抽查"
start = 2021-05-10
due = 2021-06-15
end = 2021-06-30
[[task]]
code = "R"
name = "分类抽查"
register = "{tg.NAME}"
items = ["产品质量安全监督检查"]
[task.risk]
list = "{path.name}"
ratios = {{ A = "5%", B = "10%", C = "20%", D = "50%", "未分类" = "3%" }}
"""
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(toml, encoding="utf-8")
    plan = plans.create_plan_from_toml(plan_file)
    record = _draw_and_verify(tmp_path, capsys, plan.id)
    tasks = {t["code"]: t for t in record["tasks"]}
    live = tg.operating(data)
    in_list = {r["key"] for r in listed}
    for cls, ratio in {"A": "5%", "B": "10%", "C": "20%", "D": "50%", "U": "3%"}.items():
        rows = [r for r in live if (r["class"] if r["key"] in in_list else "U") == cls]
        assert _strata(tasks[f"R-{cls}"]) == _expected_strata(rows, ratio), cls
    assert tasks["R-A"]["filter"]["risk"]["list"]["file"] == "分类名单.xlsx"
    assert len(tasks["R-A"]["filter"]["risk"]["list"]["sha256"]) == 64


WHERE = {"all": [{"column": "行业代码", "starts": "C33"},
                 {"column": "成立日期", "between": ["2015-01-01", "2019-12-31"]},
                 {"not": {"column": "企业类型", "eq": "个体工商户"}}]}


@pytest.mark.parametrize(("where", "test"), [
    (WHERE, lambda r: r["industry"].startswith("C33") and "2015-01-01" <= r["founded"] <= "2019-12-31"
     and r["type"] != "个体工商户"),
    ({"any": [{"column": "行业代码", "eq": ["C2231", "C2927"]}, {"column": "产品名称", "contains": "包装"}]},
     lambda r: r["industry"] in ("C2231", "C2927") or "包装" in r["product"]),
    ({"not": {"any": [{"column": "企业类型", "eq": "个体工商户"},
                      {"column": "成立日期", "between": ["", "2012-12-31"]}]}},
     lambda r: not (r["type"] == "个体工商户" or r["founded"] <= "2012-12-31")),
    ([{"column": "所属区市", "eq": "崂山区"}, {"column": "成立日期", "between": ["2020-01-01", ""]}],
     lambda r: r["district"] == "崂山区" and r["founded"] >= "2020-01-01"),
])
def test_targeted_frame_equals_the_set_computed_from_the_rows(data, tmp_path, capsys, where, test):
    plan = plans.create_plan(tg.plan_with(tg.task(ratio="20%", filter={"where": where})))
    record = _draw_and_verify(tmp_path, capsys, plan.id)
    frame = (tmp_path / "out" / "frames" / "frame-T1.txt").read_text(encoding="utf-8").splitlines()[1:]
    expected = sorted(f"{r['key']}|{r['district']}" for r in tg.operating(data) if test(r))
    assert frame == expected and expected
    [task] = record["tasks"]
    assert task["filter"]["where"] and task["filter_text"]


def test_filter_sentence_in_chinese():
    from app.draw.filters import normalize_where, where_text
    assert where_text(normalize_where(WHERE, "t")) == (
        "行业代码以 C33 开头，且成立日期在 2015-01-01 至 2019-12-31 之间，且企业类型不属于 个体工商户")
    nested = normalize_where({"any": [{"column": "许可证类型", "eq": ["生产许可", "经营许可"]},
                                      {"all": [{"column": "监管等级", "empty": True},
                                               {"column": "成立日期", "between": ["2015-01-01", ""]}]}]}, "t")
    assert where_text(nested) == ("许可证类型属于 生产许可、经营许可 之一，"
                                  "或（监管等级为空，且成立日期不早于 2015-01-01）")


def test_plans_without_the_new_filters_record_as_before(drawn):
    for task in drawn.record["tasks"]:
        assert not {"filter", "filter_text", "risk_class", "risk_task"} & set(task)


@pytest.mark.parametrize(("flt", "message"), [
    ({"where": {"column": "成立日期", "between": ["2015-13-01", ""]}}, "列“成立日期”的日期“2015-13-01”无法识别"),
    ({"where": {"column": "行业代码", "like": "C33"}}, "列“行业代码”的条件应写且只写一个运算"),
    ({"where": {"column": "", "eq": "x"}}, "没有写列名"),
    ({"where": {"column": "成立日期", "between": ["2019-01-01", "2015-01-01"]}}, "起始 2019-01-01 晚于截止 2015-01-01"),
    ({"where": {"all": []}}, "“all”应为至少一个条件的列表"),
])
def test_bad_filters_refused_when_the_plan_is_written(db, flt, message):
    with pytest.raises(ValidationError) as err:
        plans.normalize_plan(tg.plan_with(tg.task(ratio="20%", filter=flt)))
    assert message in str(err.value)


def test_unknown_column_and_empty_result_refused_naming_them(data):
    plan = plans.create_plan(tg.plan_with(tg.task(ratio="20%", filter={"where": {"column": "监管等级", "eq": "A"}})))
    with pytest.raises(ValidationError) as err:
        service.preview_frames(plan.id)
    assert "筛选条件中的列“监管等级”在名录库“定向抽查名录”第 1 版中不存在" in str(err.value)
    assert "行业代码" in str(err.value)          # the columns that do exist are listed
    nobody = {"where": {"column": "行业代码", "starts": "Z9"}}
    plan = plans.create_plan(tg.plan_with(tg.task(ratio="20%", filter=nobody)))
    with pytest.raises(ValidationError) as err:
        service.commit_draw(plan.id)
    assert "筛选条件“行业代码以 Z9 开头”" in str(err.value) and "没有选中任何企业" in str(err.value)
    assert not Draw.select().exists()


@pytest.mark.parametrize(("risk", "extra", "message"), [
    ({"ratios": RATIOS}, {}, "须说明信用风险分类从哪里来"),
    ({"column": "信用风险分类", "ratios": {"E": "1%"}}, {}, "信用风险分类“E”无法识别"),
    ({"column": "信用风险分类", "ratios": RATIOS}, {"ratio": "20%"}, "不再写总的“ratio”"),
    ({"column": "信用风险分类", "ratios": RATIOS, "districts": {"崂山区": {"D": "50%"}}}, {"stratify": "none"},
     "须按区市分层"),
    ({"column": "信用风险分类", "ratios": RATIOS, "districts": {"东区": {"D": "50%"}}}, {},
     "区市“东区”不在设置的区市列表中"),
    ({"column": "信用风险分类", "ratios": {"A": "150%"}}, {}, "应大于 0 且不超过 100%"),
    ({"column": "信用风险分类", "ratios": RATIOS}, {"code": "T1234567890ABCDE"},
     "子任务编号“T1234567890ABCDE-A”超过 16 位"),
])
def test_bad_risk_tables_refused(db, risk, extra, message):
    with pytest.raises(ValidationError) as err:
        plans.normalize_plan(tg.plan_with(tg.task(risk=risk) | extra))
    assert message in str(err.value)


def test_unreadable_class_in_the_register_refused_naming_row_and_value(db, tmp_path):
    rows = tg.rows(40)
    rows[7] |= {"status": "存续", "class_text": "很高"}
    tg.import_register(tmp_path, rows)
    plan = plans.create_plan(tg.plan_with(tg.task(risk={"column": "信用风险分类", "ratios": RATIOS})))
    with pytest.raises(ValidationError) as err:
        service.preview_frames(plan.id)
    assert f"第 {rows[7]['row']} 行" in str(err.value) and "“很高”无法识别" in str(err.value)
    plan = plans.create_plan(tg.plan_with(tg.task(code="T9", risk={"column": "风险类别", "ratios": RATIOS})))
    with pytest.raises(ValidationError) as err:
        plans.update_plan(plan.id, tg.plan_with(tg.task(code="T9", risk={"column": "风险类别", "ratios": RATIOS})))
        service.preview_frames(plan.id)
    assert "信用风险分类列“风险类别”" in str(err.value)


def test_fold_gives_back_the_task_the_clerk_wrote(data):
    from app.draw.subtasks import fold_tasks
    risk = {"column": "信用风险分类", "ratios": RATIOS, "districts": {"崂山区": {"D": "50%"}}}
    written = tg.plan_with(tg.task(risk=risk, filter={"where": WHERE}), tg.task(code="T2", ratio="5%"))
    plan = plans.create_plan(written)
    stored = [{"code": t["code"], "name": t["name"], "register": t["register"], "ratio": t["ratio"],
               "stratify": "district", "items": t["items"], "filter": t["filter"]}
              for t in plans.plan_summary(plan)["tasks"]]
    folded = fold_tasks(stored)
    assert [t["code"] for t in folded] == ["T1", "T2"]
    assert folded[0]["name"] == "定向抽查" and folded[0]["filter"] == {"where": plans.normalize_plan(written)
                                                                       ["tasks"][0]["filter"]["where"]}
    again = plans.normalize_plan(tg.plan_with(*folded))
    assert again["tasks"] == plans.normalize_plan(written)["tasks"]


@pytest.mark.parametrize(("text", "cls"), [
    ("A", "A"), ("a类", "A"), ("低风险", "A"), ("低", "A"), ("Ｂ", "B"), ("一般风险", "B"), ("C级", "C"),
    ("较高风险", "C"), ("高风险", "D"), ("D类企业", "D"), ("", "U"), ("未分类", "U"), ("很高", None), ("E", None),
])
def test_both_spellings_normalised_to_one_class(text, cls):
    from app.draw.risk import normalize_class
    assert normalize_class(text) == cls


def test_cli_plan_preview_and_show_say_class_ratio_and_filter(data, db_path, tmp_path, capsys):
    toml = f"""
title = "定向与分类抽查"
start = 2021-05-10
due = 2021-06-15
end = 2021-06-30
[[task]]
code = "T1"
name = "分类抽查"
register = "{tg.NAME}"
items = ["产品质量安全监督检查"]
[task.risk]
column = "信用风险分类"
ratios = {{ A = "1%", B = "2%", C = "10%", D = "30%" }}
[task.filter]
[[task.filter.where.all]]
column = "行业代码"
starts = "C33"
[[task.filter.where.all]]
not = {{ column = "企业类型", eq = "个体工商户" }}
"""
    (tmp_path / "p.toml").write_text(toml, encoding="utf-8")
    db_arg = ["--db", str(db_path)]
    assert main(["plan", "create", str(tmp_path / "p.toml")] + db_arg) == 0
    shown = capsys.readouterr().out
    assert "T1-D 分类抽查（D类 高风险）" in shown
    assert ("抽取范围：信用风险分类为D类（高风险）（依据名录列“信用风险分类”），"
            "且行业代码以 C33 开头，且企业类型不属于 个体工商户") in shown
    assert main(["plan", "preview", "1"] + db_arg) == 0
    out = capsys.readouterr().out
    live = [r for r in tg.operating(data) if r["industry"].startswith("C33") and r["type"] != "个体工商户"]
    n_c = len([r for r in live if r["class"] == "C"])
    assert f"T1-C 分类抽查（C类 较高风险）：比例 10%，抽取范围 {n_c} 家" in out


def test_commitment_sheet_and_record_print_one_line_per_class_and_the_filter(data, tmp_path):
    from pypdf import PdfReader

    from app.campaign import outputs
    from app.docs.filter_lines import notice_risk_line
    risk = {"column": "信用风险分类", "ratios": RATIOS, "districts": {"崂山区": {"D": "50%"}}}
    plan = plans.create_plan(tg.plan_with(tg.task(risk=risk), tg.task(code="T2", ratio="50%",
                                                                      filter={"where": WHERE})))
    draw = service.commit_draw(plan.id)
    sheet = outputs.write_commit_outputs(draw, tmp_path / "c")["commitment-sheet"]
    draw = service.run_draw(draw.draw_no, [{"name": "王建国", "unit": "派驻纪检组", "input": "38104729561"},
                                           {"name": "李秀英", "unit": "企业代表", "input": "92750183346"}])
    record = outputs.write_draw_outputs(draw, tmp_path / "d")["draw-record"]
    sizes = {t["code"]: t["frame_size"] for t in draw.record["tasks"]}
    for pdf in (sheet, record):
        text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())   # lines wrap
        assert f"T1-AA类（低风险）比例1%：抽取范围{sizes['T1-A']}户" in text
        assert f"T1-D4D类（高风险）（崂山区）比例50%：抽取范围{sizes['T1-D4']}户" in text
        assert "T2：行业代码以C33开头，且成立日期在2015-01-01至2019-12-31之间，且企业类型不属于个体工商户" in text
    line = notice_risk_line(["T1-C", "T2"], draw.record["tasks"])
    assert line == "本次按信用风险分类抽取：C类（较高风险），抽查比例 10%。"
    assert notice_risk_line(["T2"], draw.record["tasks"]) == ""
    from app.docs.service import generate  # reportlab: loaded only by the test that prints
    from app.draw.models import Inspection
    drawn_c = next(i for i in Inspection.select().where(Inspection.draw == draw) if "T1-C" in (i.tasks or []))
    files = generate("notice", draw.draw_no, tmp_path / "n", keys=[drawn_c.key])
    [notice] = [f for f in files if drawn_c.key in f.name]
    text = "".join("".join(page.extract_text() for page in PdfReader(notice).pages).split())
    assert "。本次按信用风险分类抽取：C类（较高风险），抽查比例10%。现将有关事项通知如下" in text
