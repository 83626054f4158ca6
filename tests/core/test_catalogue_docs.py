"""Plans that pick their items from the catalogue: the record's items, the frozen snapshot, the notices' and
result forms' bases (read back from the PDFs), free text flagged, later catalogue versions not changing a
committed plan's documents."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.catalogue import edit, items
from app.catalogue.items import Entry
from app.docs import service as docs
from app.draw import plans
from app.draw import service as draw_service
from app.draw.verify import verify_draw_record
from tests.support.catalogue import catalogue_plan, import_catalogue, write_catalogue
from tests.support.draws import DEMO_WITNESSES, match_demo

# A notice names the laws in its opening and each item's articles after the item; where that would run
# onto a third page (as these two items with their articles do), the opening carries the articles instead.
SENTENCE_T1 = ("依据《中华人民共和国工业产品生产许可证管理条例》第四十七条、第四十八条、第四十九条和"
               "《中华人民共和国工业产品生产许可证管理条例实施办法》第四十一条的规定")


def _text(path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def _drawn(plan_data: dict):
    plan = plans.create_plan(plan_data)
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    return match_demo(draw)


@pytest.fixture
def catalogued(db, tmp_path):
    """The demo registers with the test catalogue (articles given) in place of the demo one."""
    from app import demo
    from tests.support.catalogue import demo_without_catalogue
    with demo_without_catalogue():
        from app.registers.models import Register
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(demo, "PLAN_FILE", "none.toml")
            demo.load_demo()
        assert not Register.select().where(Register.kind == "catalogue").exists()
    import_catalogue(write_catalogue(tmp_path / "清单.xlsx"))
    return tmp_path


def _notice_and_form(draw, out, task_code):
    from app.draw.models import Inspection
    insp = next(i for i in Inspection.select().where(Inspection.draw == draw, Inspection.active == True)  # noqa: E712
                if i.tasks == [task_code])
    notice = docs.generate("notice", draw.draw_no, out / "notice", keys=[insp.key])
    form = docs.generate("form", draw.draw_no, out / "form", keys=[insp.key])
    pick = lambda files: next(f for f in files if insp.key in f.name)  # noqa: E731
    return insp, _text(pick(notice)), _text(pick(form))


def test_items_by_code_print_their_bases_and_survive_a_new_catalogue_version(catalogued):
    draw = _drawn(catalogue_plan())
    record = draw.record
    assert [t["items"] for t in record["tasks"]] == [["工业产品生产许可资格检查", "获证企业条件检查"],
                                                    ["食品相关产品质量安全检查"]]
    snap = draw.commit_data["catalogue"]
    assert snap["version"] == 1 and snap["not_in_catalogue"] == []
    assert {i["code"] for i in snap["items"]} == {"SC-001", "SC-002", "SP-001"}
    assert all(c.ok for c in verify_draw_record(record)), [c.message for c in verify_draw_record(record) if not c.ok]
    insp, notice, form = _notice_and_form(draw, catalogued / "a", "T1")
    assert notice.count("—") == 4 and "—3—" not in notice          # two numbered pages, the basis included
    assert SENTENCE_T1 in notice
    assert "行政许可法" not in notice
    assert "一、检查事项：（一）工业产品生产许可资格检查；（二）获证企业条件检查。" in notice
    assert "检查依据：《中华人民共和国工业产品生产许可证管理条例》第四十七条、第四十八条" in form
    _insp2, food_notice, food_form = _notice_and_form(draw, catalogued / "b", "T2")
    assert "依据《中华人民共和国食品安全法》的规定" in food_notice
    assert "（检查依据：《中华人民共和国食品安全法》第一百一十条）" in food_notice
    assert "生产许可证管理条例" not in food_notice                   # the food task cites its own law only
    assert "检查依据：《中华人民共和国食品安全法》第一百一十条" in food_form
    # A new catalogue version changes the basis: the committed draw's documents do not change.
    edit.update_item("SC-001", Entry("SC-001", "工业产品生产许可资格检查", "一般", basis="《另一部法》第一条"), "修订")
    assert items.resolve(["SC-001"])[0].entry.basis == "《另一部法》第一条"
    _same, again, again_form = _notice_and_form(draw, catalogued / "c", "T1")
    assert SENTENCE_T1 in again and "另一部法" not in again and "另一部法" not in again_form


def test_free_text_items_are_kept_flagged_and_leave_the_sentence_to_the_others(catalogued, capsys):
    plan_data = catalogue_plan(items_t1=("SC-001", "现场抽样检验"), items_t2=("自拟检查内容",))
    plan = plans.create_plan(plan_data)
    summary = plans.plan_summary(plan)
    assert summary["not_in_catalogue"] == ["现场抽样检验", "自拟检查内容"]
    assert summary["tasks"][0]["item_labels"] == ["SC-001 工业产品生产许可资格检查",
                                                  "现场抽样检验（不在抽查事项清单中）"]
    from app.cli.cmd_plan import _describe
    assert "“现场抽样检验、自拟检查内容”不在抽查事项清单中" in _describe(summary)
    draw = match_demo(draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES))
    assert draw.commit_data["catalogue"]["not_in_catalogue"] == ["现场抽样检验", "自拟检查内容"]
    _i, notice, _f = _notice_and_form(draw, catalogued / "a", "T1")
    assert "依据《中华人民共和国工业产品生产许可证管理条例》第四十七条、第四十八条的规定" in notice
    assert "（二）现场抽样检验。" in notice                          # free text: printed, without a basis
    _i, food, _f = _notice_and_form(draw, catalogued / "b", "T2")
    assert "依据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）" in food
    assert "检查依据" not in food                                  # no item with a basis: the State Council's rule


def test_the_demo_plan_cites_the_demo_catalogue(db, tmp_path):
    from tests.support.draws import draw_demo
    draw = match_demo(draw_demo())
    assert draw.commit_data["catalogue"]["not_in_catalogue"] == []
    from app.draw.models import Inspection
    insp = next(i for i in Inspection.select().where(Inspection.draw == draw) if i.tasks == ["T2"])
    [notice] = [f for f in docs.generate("notice", draw.draw_no, tmp_path, keys=[insp.key]) if insp.key in f.name]
    text = _text(notice)
    assert "依据《中华人民共和国食品安全法》的规定" in text and "行政许可法" not in text
