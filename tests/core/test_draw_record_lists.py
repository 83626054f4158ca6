"""The printed draw record at scale (issue 18): lists up to a page limit with their SHA-256, the full
PDF on request, and every row in draw-listing.xlsx."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from app.campaign.outputs import write_draw_outputs
from app.docs.record_lists import list_digest
from app.draw.listing import write_listing
from app.draw.spec import H, canonical_json
from app.errors import ValidationError
from app.settings.service import update_settings
from tests.support.documents import make_sample_draw, page_texts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def big_draw(db):
    # 3 districts x 80 = 240 selected and 240 inspections: longer than one measured chunk of LongGrid (200 rows).
    return make_sample_draw(per_district=80, matched=False)


def _text(path: Path) -> str:
    return "".join(page_texts(path))


def test_page_limited_record_holds_the_summary_and_the_hash_of_each_full_list(big_draw, tmp_path):
    update_settings({"record_list_page_limit": 2})
    out = write_draw_outputs(big_draw, tmp_path)
    record = json.loads(out["record"].read_bytes())
    text = _text(out["draw-record"])
    limited_pages = len(page_texts(out["draw-record"]))
    # The summary: seed, commitment, witnesses and their digits, per-district quotas.
    for value in (record["seed"], record["commitment"], "王见证", "31415926535897932384", "各层名录户数与抽取户数"):
        assert value in text
    # The hash printed under each list is the SHA-256 of that list's canonical JSON in draw-record.json.
    for entries in (record["tasks"][0]["selected"], record["tasks"][1]["selected"], record["inspections"]):
        assert list_digest(entries) == H(canonical_json(entries))
        assert list_digest(entries) in text
    assert "tasks[0].selected" in text and "inspections" in text
    # Cut short: a note says which rows were left out and where they are; the last key is not printed.
    assert "未打印" in text and "draw-listing.xlsx" in text
    assert record["inspections"][-1]["key"] not in text
    assert limited_pages < 20


def test_the_full_pdf_on_request_holds_every_row(big_draw, tmp_path):
    update_settings({"record_list_page_limit": 0})
    limited = write_draw_outputs(big_draw, tmp_path / "limited")
    full = write_draw_outputs(big_draw, tmp_path / "full", full_pdf=True)
    # The page limit changes only the paper: the JSON is the same bytes either way.
    assert (tmp_path / "limited" / "draw-record.json").read_bytes() == full["record"].read_bytes()
    text = _text(full["draw-record"])
    record = big_draw.record
    for e in record["inspections"] + record["tasks"][0]["selected"] + record["tasks"][0]["alternates"]:
        assert e["key"] in text and e["name"] in text
    assert "未打印" not in text
    # Every row once per list it is in, numbered to the end.
    assert text.count(record["inspections"][-1]["key"]) >= 2
    assert len(page_texts(full["draw-record"])) > 2 * len(page_texts(limited["draw-record"]))


def test_the_listing_holds_every_row_and_no_formula(tmp_path):
    selected = [{"key": f"91370200MA{i:07d}X", "name": f"企业{i}", "stratum": "市南区", "ticket": H(str(i))}
                for i in range(250)]
    selected[3]["name"] = '=HYPERLINK("http://x","点我")'
    selected[4]["name"] = "+1+1"
    inspections = [{"key": s["key"], "name": s["name"], "district": "市南区", "tasks": ["T1"],
                    "items": ["获证资格及条件检查", {"item": "年报公示信息", "year": 2019}]} for s in selected]
    record = {"tasks": [{"code": "T1", "selected": selected,
                         "alternates": [dict(selected[0], rank=1, key="91370200MA9999999X")]}],
              "inspections": inspections}
    path = write_listing(SimpleNamespace(draw_no=1, record=record, record_sha256="ab" * 32), tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == ["说明", "合并后检查对象", "T1 抽中", "T1 替补"]
    sheet = book["合并后检查对象"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [v[2] for v in values] == [s["key"] for s in selected]
    assert values[0][5] == "获证资格及条件检查；年报公示信息（2019）"
    assert book["T1 抽中"].max_row == 251 and book["T1 替补"].max_row == 2
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    assert values[3][3].startswith("'=HYPERLINK") and values[4][3] == "'+1+1"
    info = {row[1].value: row for row in book["说明"].iter_rows() if len(row) > 3}
    assert info["inspections"][2].value == 250 and info["inspections"][3].value == H(canonical_json(inspections))


@pytest.mark.parametrize("bad", [-1, "50", 2.5, True])
def test_the_page_limit_setting_must_be_a_whole_number_of_pages(db, bad):
    with pytest.raises(ValidationError, match="抽取记录打印页数上限"):
        update_settings({"record_list_page_limit": bad})


def test_bench_run_quick_prints_the_table(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run"), "--quick", "--only", "bench_match"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| step"))
    for column in ("ours s", "ours MB", "baseline", "ratio", "target", "met"):
        assert column in header
    assert any(line.startswith("| match 10,000 inspections") for line in lines)
