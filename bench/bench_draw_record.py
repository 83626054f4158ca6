"""Benchmark: the printed draw record's long lists, against bare platypus on the same rows.

    .venv/bin/python bench/bench_draw_record.py [ROWS ...]     (default 1000 100000)

The record of a draw with ROWS selected enterprises (one task, 10 districts; the inspections
list repeats them, so the PDF holds 2 x ROWS table rows), printed in full
(app.docs.records.write_draw_record_pdf(full=True)), against bare reportlab platypus laying out
the same two lists: the same cell texts as Paragraphs in the same styles and fonts, in plain
Tables of 30 rows (a length that never splits badly) - the simplest linear way to print a list.
Figures: seconds per page, ours / bare. Target (issue 18): within 1.5x at 1,000 and at 100,000
rows, i.e. the record's cost per page does not grow with the list. CPU seconds, each side in a
fresh interpreter (bench/table.py), best of the repeats.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import table  # noqa: E402

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]


def _h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def make_record(n: int) -> dict:
    """A record of n selected enterprises (deterministic), as draw-record.json holds it."""
    selected = []
    for i in range(n):
        d = DISTRICTS[i % 10]
        selected.append({"key": f"91370200MA{i:07d}X", "name": f"青岛{d}第{i}号精密机械制造有限公司",
                         "stratum": d, "ticket": _h(f"t{i}")})
    inspections = [{"key": s["key"], "name": s["name"], "district": s["stratum"], "tasks": ["T1"],
                    "items": ["获证资格及条件检查"]} for s in selected]
    strata = [{"stratum": d, "size": n // 2, "quota": n // 10} for d in DISTRICTS]
    return {"spec": "SPOTCHECK-DRAW-1", "draw_no": 1, "commitment": _h("c"), "seed": _h("s"), "log_head": _h("l"),
            "witnesses": [{"name": "王见证", "unit": "公证处", "role": "公证员", "input": "31415926535"},
                          {"name": "李监督", "unit": "纪检组", "role": "监督人", "input": "27182818284"}],
            "tasks": [{"code": "T1", "name": "工业产品生产许可证获证企业", "register": "名录", "register_version": 1,
                       "ratio": "1/5", "frame_size": n * 5, "frame_digest": _h("f"), "strata": strata,
                       "selected": selected, "alternates": []}],
            "inspections": inspections, "voided": []}


def _draw(record: dict):
    plan = SimpleNamespace(title="2020年度工业产品生产许可证获证企业双随机抽查", number="局函〔2020〕277号",
                           start="2020-10-20", due="2020-11-15", end="2020-11-30", options={})
    return SimpleNamespace(plan=plan, draw_no=1, committed_at="2020-10-26T09:00:00+08:00",
                           drawn_at="2020-10-26T09:30:00+08:00", commitment=record["commitment"], seed=record["seed"],
                           log_head=record["log_head"], log_head_after=_h("a"), record=record,
                           record_sha256=_h("r"), witnesses=record["witnesses"], commit_data={})


def _pages(path: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def prepare_ours(n: int, out: str):
    from app.docs import layout as L
    from app.docs import records
    L.styles()          # registers the fonts: not part of either timing
    draw = _draw(make_record(n))

    def work():
        records.write_draw_record_pdf(draw, Path(out), full=True)
        return {"pages": _pages(Path(out))}
    return work


def prepare_bare(n: int, out: str):
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from app.docs import layout as L
    s = L.styles()
    record = make_record(n)
    W = L.TEXT_W

    def p(text, style="cell"):
        return Paragraph(text, s[style])

    def work():
        doc = SimpleDocTemplate(out, pagesize=L.A4, leftMargin=L.MARGIN_LEFT, rightMargin=L.MARGIN_RIGHT,
                                topMargin=L.MARGIN_TOP, bottomMargin=L.MARGIN_BOTTOM, invariant=1)
        style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story = []
        lists = [([[p(str(i + 1)), p(e["stratum"]), [p(e["key"], "mono"), p(e["name"])], p(e["ticket"], "mono")]
                   for i, e in enumerate(record["tasks"][0]["selected"])], [10 * mm, 18 * mm, W - 88 * mm, 60 * mm]),
                 ([[p(str(i + 1)), p(e["district"]), [p(e["key"], "mono"), p(e["name"])], p("T1"), p(e["items"][0])]
                   for i, e in enumerate(record["inspections"])], [10 * mm, 18 * mm, 60 * mm, 14 * mm, W - 102 * mm])]
        for rows, widths in lists:
            for i in range(0, len(rows), 30):
                t = Table(rows[i:i + 30], colWidths=widths)
                t.setStyle(style)
                story.append(t)
        doc.build(story)
        return {"pages": _pages(Path(out))}
    return work


def _per_page(f: table.Figures) -> float:
    return f.cpu_s / max(1, f.info.get("pages", 1))


def rows(quick: bool, tmp: Path) -> list[table.Row]:
    out = []
    sizes = (300, 3000) if quick else (1000, 100_000)
    repeat = 1       # a 100,000-row record takes minutes a side; the ratio is per page
    for n in sizes:
        ours = table.best("bench_draw_record", "prepare_ours", repeat, n=n, out=str(tmp / f"ours-{n}.pdf"))
        bare = table.best("bench_draw_record", "prepare_bare", repeat, n=n, out=str(tmp / f"bare-{n}.pdf"))
        ratio = _per_page(ours) / _per_page(bare)
        out.append(table.Row(f"draw record PDF, {n:,} rows (full lists)", ours, "bare platypus, same rows", bare,
                             "≤ 1.5× s/page", ratio <= 1.5, ratio_value=ratio,
                             note=f"{n:,} rows: ours {ours.info.get('pages')} pages at "
                                  f"{1 / _per_page(ours):.0f} pages/s, bare {bare.info.get('pages')} pages at "
                                  f"{1 / _per_page(bare):.0f} pages/s"))
    return out


def main() -> None:
    import tempfile
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            for side in ("ours", "bare"):
                f = table.measure("bench_draw_record", f"prepare_{side}", n=n, out=str(Path(tmp) / f"{side}.pdf"))
                print(f"{side} {n:,} rows: {f.info['pages']} pages, {f.cpu_s:.1f} s CPU, "
                      f"{f.info['pages'] / f.cpu_s:.0f} pages/s, peak {f.peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
