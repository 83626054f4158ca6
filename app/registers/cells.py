"""Pieces shared by the two row builders (rows.RowBuilder and enterprise_batch.EnterpriseBatch,
which builds on RowBuilder): a memo of repeated cell texts and the key check."""
from __future__ import annotations

import re

from app.registers.normalize import classify_key

_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+\d+$")


class Memo(dict):
    """fn(text) remembered per text, for columns whose values repeat down the sheet (status, district,
    product, legal representative): a repeat costs one dict lookup in C instead of a Python call.
    Stops remembering after `cap` distinct texts, so a column of unique values costs bounded memory."""

    def __init__(self, fn, cap: int = 20000):
        super().__init__()
        self.fn, self.cap = fn, cap

    def __missing__(self, text):
        value = self.fn(text)
        if len(self) < self.cap:
            self[text] = value
        return value


def key_problem(raw: str, code: str) -> tuple[str | None, str | None]:
    kind, reason = classify_key(code)
    if reason and _SCIENTIFIC.match(code):
        reason = "代码被 Excel 存成了科学计数法（如 9.137E+17），位数已丢失；请把该列设为“文本”后重新导出"
    return kind, reason
