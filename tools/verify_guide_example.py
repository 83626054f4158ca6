"""Print (or --write into docs/验证指南.md) the guide's worked example: the demo draw with fixed witnesses.

    python tools/verify_guide_example.py            print the example block and the files' folder
    python tools/verify_guide_example.py --write    replace the block between the guide's markers

The demo is loaded and drawn into a temporary database at a fixed time (tests.support.stable_demo), so
the numbers are the same on every machine. Run it with --write when the demo data, the audit entries
of an import or the draw change; tests/core/test_verify_guide.py fails until then. The record and the
frame files are left in a temporary folder for trying the guide's commands.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "验证指南.md"


def build(folder: Path) -> dict[str, str]:
    """The stable demo draw in a database in `folder`; its record and frames written there."""
    os.environ["SPOTCHECK_DB"] = str(folder / "demo.sqlite3")
    sys.path.insert(0, str(ROOT))
    from app.db import close_database, open_database  # after sys.path is set
    from app.demo import DEMO_OFFICE  # after sys.path is set
    from app.draw import records  # after sys.path is set
    from app.settings.models import Setting  # after sys.path is set
    from tests.support.stable_demo import stable_demo_draw  # after sys.path is set
    from tests.support.verify_example import example  # after sys.path is set
    open_database(folder / "demo.sqlite3")
    try:
        for key, value in DEMO_OFFICE.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        draw = stable_demo_draw(matched=False)
        records.write_record_file(draw, folder)
        records.export_frames(draw, folder / "frames")
        return example(records.load_draw(draw.draw_no).record)
    finally:
        close_database()


def replace_block(text: str, block: str) -> str:
    from tests.support.verify_example import END, START  # after sys.path is set
    head, start, rest = text.partition(START)
    _old, end, tail = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"{GUIDE} 中找不到例子的起止标记")
    return head + block + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the block into docs/验证指南.md")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="verify-guide-"))
    values = build(folder)
    from tests.support.verify_example import render  # after sys.path is set
    block = render(values)
    if args.write:
        GUIDE.write_text(replace_block(GUIDE.read_text(encoding="utf-8"), block), encoding="utf-8")
        print(f"written: {GUIDE}")
    else:
        print(block)
    print(f"record and frames: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
