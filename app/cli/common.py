"""Shared plumbing of the sub-commands: opening the database, printing, witnesses."""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from app.db import open_database
from app.errors import ValidationError
from app.paths import default_db_path


def db_path(args) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_db(args):
    return open_database(db_path(args))


def emit(args, data: dict, text: str | None = None) -> None:
    """--json prints one JSON object; otherwise the human text (Chinese)."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(text if text is not None else json.dumps(data, ensure_ascii=False, indent=2, default=str))


def parse_witness(text: str) -> dict:
    """--witness "NAME|UNIT|DIGITS" (an optional 4th field is the role)."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) not in (3, 4) or not all(parts[:3]):
        raise ValidationError(f"见证人参数“{text}”格式不正确，应为“姓名|单位|数字”。")
    witness = {"name": parts[0], "unit": parts[1], "input": parts[2]}
    if len(parts) == 4:
        witness["role"] = parts[3]
    return witness


def add_common(parser) -> None:
    """--json and --db on every sub-command (so they may follow the sub-command too)."""
    parser.add_argument("--json", action="store_true", help="print one JSON object for machine use")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")


def progress_printer(args):
    """A long command's progress on one rewritten line of stderr; none with --json (stdout is the JSON)."""
    if getattr(args, "json", False):
        return None

    def progress(done, total, message):
        print(f"\r[{done}/{total}] {message}"[:120].ljust(60), end="", file=sys.stderr, flush=True)
    return progress


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned_table(header: list[str], rows: list[list[str]], numbers_from: int | None = None) -> list[str]:
    """Columns aligned by display width (a Chinese character takes two columns in a terminal); the columns
    from `numbers_from` on are right-aligned, the others left-aligned."""
    widths = [max(display_width(r[i]) for r in [header] + rows) for i in range(len(header))]
    right = len(header) if numbers_from is None else numbers_from

    def line(cells):
        padded = [c + " " * (w - display_width(c)) if i < right else " " * (w - display_width(c)) + c
                  for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(padded).rstrip()
    return [line(header)] + [line(r) for r in rows]
