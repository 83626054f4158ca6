"""The result form (检查结果记录表) prints the result model in the work package's column order."""
from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from app.docs import form, service
from app.docs import layout as L
from app.docs.data import InspectionSheet, TaskDraw
from app.draw.models import Inspection
from app.packages.layout import BY_FIELD, ENTERPRISE, FILL_COLUMNS, ITEM
from app.results.lists import DEFAULT_LISTS
from app.settings.service import update_settings
from app.settings.store import get_setting, result_lists
from tests.support.documents import (
    DECLARATION,
    SIGNATURE_LABELS,
    declaration_pages_without_signatures,
    make_sample_draw,
    page_texts,
)

pytestmark = pytest.mark.usefixtures("db")



def squash(text: str) -> str:
    return "".join(text.split())


def _two_task_key(draw) -> str:
    """An inspection drawn for both tasks (the first in ticket order of each district)."""
    return next(i.key for i in Inspection.select().where(Inspection.draw == draw) if len(i.tasks) == 2)


def _form(tmp_path, key):
    files = service.generate("form", 1, tmp_path, keys=[key])
    return next(f for f in files if "合并打印" not in f.name)


def test_form_prints_every_list_the_tasks_and_the_fields_in_package_order(tmp_path):
    draw = make_sample_draw()
    text = "".join(page_texts(_form(tmp_path, _two_task_key(draw))))
    lists = result_lists()
    for entry in lists.check_methods + lists.item_results + lists.enterprise_outcomes + lists.followup_measures:
        assert squash(entry) in text, entry
    assert "T1工业产品生产许可证获证企业" in text and "T2食品相关产品企业" in text      # code and name
    # No publicity item here: no publicity results.
    assert BY_FIELD["publicity"].label not in text
    assert not any(squash(entry) in text for entry in lists.publicity_results)
    # The fill-in fields follow the work package's columns: a district copies paper into the file line by line.
    # Per item: the table's head in column order, the reason written under 是否检查.
    item_labels = [c.label for c in FILL_COLUMNS if c.scope == ITEM and c.field != "reason"]
    position = text.index(BY_FIELD["item"].label + "".join(item_labels))
    assert text.index("□是□否" + BY_FIELD["reason"].label, position) > position
    # Per enterprise, once, below the items, in column order.
    for column in FILL_COLUMNS:
        if column.scope == ENTERPRISE and column.field != "publicity":
            position = text.index(squash(column.label), position)
    for entry in lists.enterprise_outcomes + lists.followup_measures:
        assert text.count("□" + squash(entry)) == 1, entry
    assert DECLARATION in text[position:]
    for label in SIGNATURE_LABELS:
        assert label in text[position:]
    assert "检查员" in text and "检查对象代表" in text


def test_form_prints_the_lists_as_the_clerk_set_them(tmp_path):
    """A bureau's own wording, however long, and with a character outside GB 2312, is printed in full."""
    draw = make_sample_draw()
    long_outcome = "经营场所已拆迁且无法通过登记的联系方式联系到法定代表人或者负责人的情形"
    value = dict(get_setting("result_lists"))
    value["enterprise_outcomes"] = value["enterprise_outcomes"] + [{"name": long_outcome, "problem": True}]
    value["check_methods"] = value["check_methods"] + ["喆玥专项核查"]
    update_settings({"result_lists": value})
    text = "".join(page_texts(_form(tmp_path, _two_task_key(draw))))
    assert squash(long_outcome) in text and "喆玥专项核查" in text


def test_every_item_named_in_full_and_signatures_stay_with_the_declaration_over_two_pages(tmp_path):
    items = [f"第{i}项：产品质量安全与获证条件核查（含原辅材料进货查验、出厂检验记录）" for i in range(1, 9)]
    draw = make_sample_draw(items_t1=items)
    single = _form(tmp_path, _two_task_key(draw))
    pages = page_texts(single)
    assert len(pages) >= 2
    text = "".join(pages)
    for item in items:
        assert squash(item) in text, item
    assert text.count("未检查原因：") == len(items) + 1          # one row per item (+ the T2 item)
    assert declaration_pages_without_signatures(single) == []
    assert sum(DECLARATION in page for page in pages) == 1


def _sheet(n_items: int, team: int = 2) -> InspectionSheet:
    return InspectionSheet(
        key="91370200MA0000009X", name="青岛测试精密机械有限公司", district="市南区",
        address="山东省青岛市市南区香港中路9号", legal_rep="张三", phone="0532-80000000", licence_no="鲁XK16-204-00009",
        items=[f"第{i}项检查事项：获证资格及条件检查" for i in range(1, n_items + 1)] + ["年度报告公示信息检查"],
        tasks=[TaskDraw("T1", "工业产品生产许可证获证企业", "ab" * 32, 1, 3, "市南区")],
        team=[(f"3702000000{i}", f"检查员{i}", "组长" if i == 0 else "组员") for i in range(team)])


@pytest.mark.parametrize("n_items", range(0, 11))
def test_declaration_never_apart_from_the_signatures_wherever_the_page_breaks(tmp_path, n_items):
    """However many items push the end of the form down the page, the declaration and the signature
    lines share a page (KeepTogether): never signatures alone on a page, never a declaration unsigned."""
    common = {"plan_title": "测试方案", "plan_number": "局函〔2020〕1号", "draw_no": "1"}
    path = tmp_path / "form.pdf"
    L.make_doc(str(path), title="form").build(form.form_story(_sheet(n_items, team=1 + n_items % 3), common,
                                                             DEFAULT_LISTS))
    assert declaration_pages_without_signatures(path) == []
    text = "".join(page_texts(path))
    for entry in DEFAULT_LISTS.publicity_results:          # the sheet has a publicity item
        assert squash(entry) in text


def test_tick_boxes_fit_short_lists_on_one_line_and_wrap_long_entries_under_the_text():
    L.styles()
    font, width = L.fonts.BODY, 120 * mm
    cells, lines, _ = form._tick_layout(tuple(DEFAULT_LISTS.followup_measures), width, font, 10.5, 6, 5)
    assert lines == 1 and len(cells) == len(DEFAULT_LISTS.followup_measures)
    long = ("甲" * 60, "乙")
    cells, lines, _ = form._tick_layout(long, width, font, 10.5, 6, 2)
    assert lines > 1
    assert "".join(text for _x, _row, text in cells).replace("□ ", "") == "".join(long)
    continued = [x for x, _row, text in cells if not text.startswith("□")]
    assert continued and all(x > 0 for x in continued)     # continuation lines hang after the box
