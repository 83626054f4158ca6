"""Printed records get Chinese file names with the plan and the draw number (issue 17 point 8)."""
from __future__ import annotations

from app.campaign import outputs
from app.docs.names import record_pdf_name


def test_record_names_say_what_which_plan_and_which_draw():
    title = "演示：工业产品生产许可证及食品相关产品生产企业“双随机、一公开”抽查"
    assert record_pdf_name("commitment", title, 3) == \
        "演示：工业产品生产许可证及食品相关产品生产企业双随机、一公开抽查_抽取承诺单_第3次抽取.pdf"
    assert record_pdf_name("match-record", "a/b:c*d", 1) == "abcd_随机匹配记录_第1次抽取.pdf"
    assert len(record_pdf_name("draw-record", "很长的标题" * 30, 1)) < 80


def test_outputs_write_the_names_they_announce(drawn, tmp_path):
    for what, writer in (("commit", outputs.write_commit_outputs), ("draw", outputs.write_draw_outputs)):
        folder = tmp_path / what
        writer(drawn.draw_no, folder)
        names = outputs.output_names(what, drawn.draw_no)
        assert sorted(p.name for p in folder.iterdir()) == sorted(names)
        assert any(n.endswith(f"第{drawn.draw_no}次抽取.pdf") for n in names)
