"""Paper in Chinese terms (issue 17 point 7): 随机种子, 签号, 承诺值, 匹配种子 on records, sheets and notices;
the English names (the record file's field names) only in the record's technical appendix."""
from __future__ import annotations

import re

import pytest

from app.docs import service
from tests.core.test_docs_generate import pdf_text, squash
from tests.support.documents import make_sample_draw

pytestmark = pytest.mark.usefixtures("db")

JARGON = re.compile(r"seed|ticket|commitment", re.IGNORECASE)
APPENDIX = "记录文件中的字段名"


@pytest.fixture
def draw():
    return make_sample_draw()


def _before_appendix(text: str) -> str:
    return text.split(APPENDIX)[0]


@pytest.mark.parametrize("kind", ["draw-record", "match-record", "commitment", "match-commitment", "notice"])
def test_no_english_terms_outside_the_appendix(draw, tmp_path, kind):
    path = service.generate(kind, 1, tmp_path)[0]
    text = squash(pdf_text(path))
    body = re.sub(r"SPOTCHECK-[A-Z]+-\d", "", _before_appendix(text))     # the rules' names, e.g. SPOTCHECK-SEED-1
    assert not JARGON.search(body.replace("draw-record.json", "").replace("match-record.json", "")), \
        JARGON.findall(body)
    assert "票号" not in text


def test_records_name_the_terms_and_map_them_in_the_appendix(draw, tmp_path):
    text = squash(pdf_text(service.generate("draw-record", 1, tmp_path)[0]))
    assert "随机种子" in text and "签号" in text and "承诺值" in text
    appendix = text.split(APPENDIX)[1]
    assert "随机种子=seed" in appendix and "签号=ticket" in appendix and "承诺值=commitment" in appendix
    text = squash(pdf_text(service.generate("match-record", 1, tmp_path)[0]))
    assert "匹配种子" in text
    assert "匹配种子=mseed" in text.split(APPENDIX)[1]


def test_the_notice_says_qianhao(draw, tmp_path):
    files = service.generate("notice", 1, tmp_path)
    text = squash(pdf_text(files[0]))
    assert "签号为" in text and "按签号从小到大" in text
