"""Every document kind for a sample draw: text extractable, fonts embedded, long/empty data laid out."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.docs import service
from app.errors import CancelledError, NotFoundError, StateError, ValidationError
from tests.support.documents import LONG_NAME, make_sample_draw

pytestmark = pytest.mark.usefixtures("db")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    """Extracted text breaks lines where the layout did; compare without whitespace."""
    return "".join(text.split())


def embedded_fonts(path) -> set[str]:
    found = set()
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for d in descendants:
                desc = d.get_object().get("/FontDescriptor")
                if desc is not None and "/FontFile2" in desc.get_object():
                    found.add(str(d.get_object()["/BaseFont"]))
    return found


@pytest.fixture
def draw():
    return make_sample_draw()


@pytest.mark.parametrize("kind", service.KINDS)
def test_every_kind_is_generated_with_embedded_fonts(draw, tmp_path, kind):
    files = service.generate(kind, 1, tmp_path)
    assert files and all(f.exists() and f.stat().st_size > 1000 for f in files)
    assert not list(tmp_path.glob(".tmp-*")), "no temporary files left behind"
    for f in files:
        assert embedded_fonts(f), f"{f.name} embeds no TrueType font"
        assert pdf_text(f).strip()


def test_notice_names_keys_items_team_and_how_chosen(draw, tmp_path):
    files = service.generate("notice", 1, tmp_path)
    singles = [f for f in files if "合并打印" not in f.name]
    assert len(singles) == 9
    from app.draw.models import Inspection
    first = Inspection.get((Inspection.draw == draw) & (Inspection.key == "91370200MA0000002X"))
    text = squash(pdf_text(next(f for f in singles if first.key in f.name)))
    assert first.name in text and first.key in text
    for item in first.items:
        assert item in text
    assert "检查员" in text and "执法证号" in text
    assert "青市监质〔2020〕" in text and "号" in text
    assert draw.commitment in text                 # the commitment, in full
    assert first.tickets["T1"] in text             # its own ticket
    assert "排第" in text and "市南区抽中的3户中" in text
    assert "—1—" in text                           # page number


def test_combined_file_in_district_then_ticket_order_and_numbers_kept(draw, tmp_path):
    files = service.generate("notice", 1, tmp_path / "a")
    combined = next(f for f in files if "合并打印" in f.name)
    text = squash(pdf_text(combined))
    from app.draw.models import Inspection
    rows = list(Inspection.select().where(Inspection.draw == draw))
    order = {"市南区": 0, "市北区": 1, "黄岛区": 2}
    expected = sorted(rows, key=lambda i: (order[i.district], min(i.tickets.values())))
    positions = [text.index(i.key) for i in expected]
    assert positions == sorted(positions)
    numbers_first = [text.count(f"〔2020〕{n}号") for n in range(1, 10)]
    assert all(numbers_first)
    # Re-printing keeps every number: no new ones, none changed.
    from app.docs.models import DocumentNumber
    before = {(r.key, r.number) for r in DocumentNumber.select()}
    service.generate("notice", 1, tmp_path / "b")
    assert {(r.key, r.number) for r in DocumentNumber.select()} == before


def test_form_has_every_result_list_the_task_and_signature_lines(draw, tmp_path):
    from app.settings.store import result_lists
    files = service.generate("form", 1, tmp_path, keys=["91370200MA0000001X"])
    single = next(f for f in files if "合并打印" not in f.name)
    text = squash(pdf_text(single))
    lists = result_lists()
    for entry in lists.check_methods + lists.item_results + lists.enterprise_outcomes + lists.followup_measures:
        assert squash(entry) in text, entry
    assert "T1工业产品生产许可证获证企业" in text
    for label in ("是否检查", "未检查原因", "核查方式", "发现的问题", "后续处置措施", "处置说明", "是否办结",
                  "办结日期", "检查日期", "实际检查人员", "检查实施单位", "录入人", "检查组组长", "检查对象代表",
                  "签字", "以上检查情况属实"):
        assert label in text, label


def test_tasklist_and_labels(draw, tmp_path):
    files = service.generate("tasklist", 1, tmp_path, district="黄岛区")
    assert len(files) == 1 and "黄岛区" in files[0].name
    text = squash(pdf_text(files[0]))
    assert "2020年11月15日" in text and "检查员" in text
    labels = service.generate("labels", 1, tmp_path)
    text = squash(pdf_text(labels[0]))
    assert "山东省青岛市市南区香港中路1号" in text and "青岛市南区第1精密机械有限公司" in text


def test_records_print_digests_and_recompute_paragraph(draw, tmp_path):
    text = squash(pdf_text(service.generate("draw-record", 1, tmp_path)[0]))
    assert draw.seed in text and draw.record_sha256 in text
    assert "如何自行验算签号" in text and "SHA-256" in text
    for t in draw.record["tasks"]:
        for s in t["selected"]:
            assert s["ticket"] in text
    text = squash(pdf_text(service.generate("match-record", 1, tmp_path)[0]))
    assert "检查员" in text and "身体原因" in text and "张局长" in text
    text = squash(pdf_text(service.generate("commitment", 1, tmp_path)[0]))
    assert draw.commitment in text and "见证人签字" in text


def test_long_name_thirty_items_and_no_address_lose_no_text(tmp_path):
    items = [f"第{i}项检查事项：产品质量安全与获证条件核查内容{i}" for i in range(1, 31)]
    make_sample_draw(long_name=True, no_address_index=2, items_t1=items)
    for kind in ("notice", "form", "tasklist", "labels"):
        files = service.generate(kind, 1, tmp_path / kind)
        text = squash("".join(pdf_text(f) for f in files))
        assert squash(LONG_NAME) in text, kind
        if kind != "labels":
            for item in items:
                assert squash(item) in text, (kind, item)
    labels = squash(pdf_text(next((tmp_path / "labels").glob("*.pdf"))))
    assert "名录中无地址" in labels
    form = squash(pdf_text(next((tmp_path / "form").glob("*0000002X*.pdf"))))
    assert "名录中无地址" in form


def test_rare_characters_outside_gb2312_are_embedded(tmp_path):
    from app.draw.models import Inspection
    make_sample_draw()
    Inspection.update(name="青岛珺堃喆玥机械有限公司").where(Inspection.key == "91370200MA0000001X").execute()
    files = service.generate("form", 1, tmp_path, keys=["91370200MA0000001X"])
    assert "青岛珺堃喆玥机械有限公司" in squash(pdf_text(files[0]))


@pytest.mark.parametrize("after", [3, 12])     # while making single files; inside the combined file
def test_cancel_leaves_no_files_and_keeps_the_reserved_numbers_for_next_time(draw, tmp_path, after):
    from app.docs.models import DocumentNumber
    from app.docs.numbers import unprinted_numbers
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > after

    out = tmp_path / "out"
    with pytest.raises(CancelledError, match="预留的 9 个文号"):
        service.generate("notice", 1, out, cancel=cancel)
    assert list(out.iterdir()) == []
    # Numbers are committed before rendering (never given twice): they stay with their documents, unprinted.
    reserved = {r.key: r.number for r in DocumentNumber.select()}
    assert len(reserved) == 9
    assert unprinted_numbers(draw.plan) == [f"青市监质〔2020〕{n}号" for n in range(1, 10)]
    service.generate("notice", 1, out)
    assert {r.key: r.number for r in DocumentNumber.select()} == reserved
    assert unprinted_numbers(draw.plan) == []


def test_bad_requests_are_refused_in_chinese(draw, tmp_path):
    with pytest.raises(ValidationError, match="不支持的文书种类"):
        service.generate("poster", 1, tmp_path)
    with pytest.raises(NotFoundError, match="第 7 号抽取"):
        service.generate("notice", 7, tmp_path)
    with pytest.raises(NotFoundError, match="没有以下检查对象"):
        service.generate("notice", 1, tmp_path, keys=["NOT-A-KEY"])
    with pytest.raises(NotFoundError, match="区市"):
        service.generate("notice", 1, tmp_path, district="火星区")
    draw.status = "committed"
    draw.save()
    with pytest.raises(StateError, match="尚未抽取"):
        service.generate("notice", 1, tmp_path)
    assert service.generate("commitment", 1, tmp_path)


def test_cli_generates_and_reports_errors(draw, tmp_path, db_path, capsys):
    from app.cli.main import main
    assert main(["--db", str(db_path), "docs", "tasklist", "--draw", "1", "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("下发清单_*.pdf"))) == 3
    assert main(["--db", str(db_path), "docs", "notice", "--draw", "1", "--out", str(tmp_path),
                 "--key", "NOPE", "--json"]) == 2
    assert "NOPE" in capsys.readouterr().out


def test_match_commitment_sheet_fixes_the_inputs_before_the_seed(draw, tmp_path):
    from app.match.models import Match
    match = Match.get(Match.draw == draw)
    [sheet] = service.generate("match-commitment", 1, tmp_path)
    text = squash(pdf_text(sheet))
    for digest in (match.commitment, match.roster_digest, match.avoid_digest, match.draw_record_sha256):
        assert digest in text
    assert "见证人签字" in text and embedded_fonts(sheet)
