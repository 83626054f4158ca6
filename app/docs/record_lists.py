"""The long lists of a printed draw record, and how far they are printed (issue 18).

A draw over a provincial register selects 200,000 inspections: a full printed list would be
thousands of pages that nobody prints. The printed record therefore always holds the summary
(plan, frames, quotas per district, commitment, seed, witnesses), and its lists only up to the
setting "record_list_page_limit" pages in all (app.docs.longgrid.PageBudget); the full lists are
in draw-record.json and in the xlsx listing beside it (app.draw.listing), and the full PDF is
printed on request (`spotcheck draw record --full-pdf`, the GUI's choice).

Under every list the paper prints the list's SHA-256, so a reader can tie a cut list to the file:
the SHA-256 of the UTF-8 bytes of the list as it stands in draw-record.json, serialised the way the
record is (app.draw.spec.canonical_json: sorted keys, no spaces, no escapes), i.e. the value of
`tasks[i].selected`, `tasks[i].alternates` or `inspections`. docs/documents.md shows how to recompute it.
"""
from __future__ import annotations

from app.docs import layout as L
from app.docs.data import setting
from app.docs.longgrid import PageBudget
from app.draw.spec import H, canonical_json

SETTING = "record_list_page_limit"
DEFAULT_PAGE_LIMIT = 50


def page_limit() -> int | None:
    """The setting as a page count (a bad stored value falls back to the default)."""
    value = setting(SETTING, DEFAULT_PAGE_LIMIT)
    try:
        pages = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PAGE_LIMIT
    return max(0, pages)


def list_digest(entries: list) -> str:
    """SHA-256 of the list's canonical JSON, as it stands in draw-record.json."""
    return H(canonical_json(entries))


def budget(full: bool) -> PageBudget:
    """The page budget of one printed record: none when the full record was asked for."""
    limit = None if full else page_limit()

    def omitted(start: int, total: int):
        return L.para(f"以下第 {start + 1}–{total} 行（共 {total - start} 行）未打印：打印版各名单合计不超过 "
                      f"{limit} 页（设置“抽取记录打印页数上限”）。完整名单见 draw-record.json 和 "
                      f"draw-listing.xlsx，可按下方的名单 SHA-256 核对；需要完整打印版时可另行输出。", "small")
    return PageBudget(limit, omitted)


def digest_line(entries: list, json_path: str, digests: dict[str, str] | None = None) -> object:
    """The line under a list: how many rows, and the SHA-256 of the full list in draw-record.json
    (taken from `digests`, app.draw.list_digests.list_digests, when the caller has computed them)."""
    digest = digests[json_path] if digests else list_digest(entries)
    return L.markup(f"本名单共 {len(entries)} 行。名单 SHA-256（draw-record.json 中 {L.mono_run(json_path)} "
                    f"按规范 JSON 序列化后的 UTF-8 字节）：{L.mono_run(digest, 8)}", "small")
