"""File names of the printed documents: Chinese, saying what the paper is, of which plan and which draw.

A clerk finds 抽查计划_抽取承诺单_第1次抽取.pdf in a shared folder months later and knows what it is without
opening it; the CLI, the documents screen and the ceremony wizards give the same document the same name.
The data files beside them (commitment.json, draw-record.json, frames/, roster.txt …) keep the names the
published specifications and the standalone verifier use.
"""
from __future__ import annotations

import re

# kind (app.docs.service.KINDS) -> the printed record's title
RECORD_TITLES = {"commitment": "抽取承诺单", "draw-record": "随机抽取记录", "match-commitment": "匹配承诺单",
                 "match-record": "随机匹配记录"}


def safe_name(text: str, limit: int = 24) -> str:
    """A file-name fragment: no path or Windows-reserved characters, short enough for any disk."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "", str(text))
    return cleaned[:limit] or "未命名"


# Quotation marks in a plan's title (“双随机、一公开”) only clutter a file name.
_QUOTES = str.maketrans("", "", "“”‘’「」『』《》\"'")
PLAN_PART_LIMIT = 48     # a whole usual title; the path stays far below Windows' 260 characters


def plan_part(title: str) -> str:
    """The plan's title as a file-name fragment: without quotation marks, at most PLAN_PART_LIMIT characters."""
    return safe_name(str(title).translate(_QUOTES), PLAN_PART_LIMIT)


def record_pdf_name(kind: str, plan_title: str, draw_no: int) -> str:
    """<plan>_<title>_第<n>次抽取.pdf for a draw's or a match's printed record or commitment sheet."""
    return f"{plan_part(plan_title)}_{RECORD_TITLES[kind]}_第{draw_no}次抽取.pdf"
