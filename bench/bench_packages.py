"""Work package benchmark: one district package of N inspections x 3 check items, written with openpyxl.

    .venv/bin/python bench/bench_packages.py [--n 5000] [--repeat 1] [--keep FILE]

Times (CPU seconds of this process, best of --repeat):
- ours: app.packages.workbook.build_workbook + save, the work write_packages does per district (cover,
  lists, inspections sheet with styles, protection and validations, problems, identity sheet);
- bare: the same cell values written by a plain openpyxl workbook (no styles, validation or protection);
- read: python-calamine reading our file back (what the returned-file import starts with).
The inspections are synthetic (no database): the database reads before writing are not timed.
Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from app.packages import layout as L  # noqa: E402
from app.packages.identity import FORMAT, content_digest  # noqa: E402
from app.packages.workbook import PackageData, PackageRow, build_workbook  # noqa: E402
from app.results.lists import DEFAULT_LISTS  # noqa: E402

ITEMS = ["获证资格及条件检查", "产品质量安全监督检查", "年度报告公示信息检查"]


def make_data(n: int) -> PackageData:
    rows, inspections = [], []
    for i in range(n):
        key = f"91370202MA{i:07d}X"
        team = [(f"3702000{i % 97:05d}", f"检查员{i % 97}"), (f"3702001{i % 89:05d}", f"检查员乙{i % 89}")]
        rows.append(PackageRow(key, f"青岛市南第{i}号精密机械制造有限公司", "T1 工业产品生产许可证获证企业",
                               list(ITEMS), "、".join(f"{name}（{cert}）" for cert, name in team)))
        inspections.append({"key": key, "name": rows[-1].name, "tasks": ["T1"], "items": list(ITEMS),
                            "team": [c for c, _ in team]})
    content = {"format": FORMAT, "draw_no": 1, "draw_record_sha256": "0" * 64, "database_id": "f" * 32,
               "district": "市南区", "plan_id": 1, "plan_number": "局函〔2020〕277号", "inspections": inspections}
    deadlines = [("抽查开始", "2020-10-20"), ("获取检查对象名单", "2020-10-27"), ("完成检查和结果录入", "2020-11-15")]
    return PackageData("2020年度工业产品生产许可证获证企业双随机抽查", "局函〔2020〕277号", 1, "市南区",
                       "青岛市市南区市场监督管理局", "2020-10-20", "2020-11-15", "2020-11-30", deadlines,
                       {"bureau_name": "青岛市市场监督管理局", "contact_person": "栾华", "contact_phone": "85730602"},
                       DEFAULT_LISTS, rows, content, uid="0" * 32, issued_at="2020-10-20T09:00:00+08:00",
                       digest=content_digest(content))


def bare(data: PackageData, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append([c.label for c in L.COLUMNS])
    for n, ins in enumerate(data.rows, 1):
        for i, item in enumerate(ins.items):
            ws.append([n, data.district, ins.key, ins.name, ins.tasks, i + 1, item, ins.team]
                      + [None] * (len(L.COLUMNS) - 8))
    wb.save(path)


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", metavar="FILE", help="also keep our package file here")
    args = parser.parse_args()
    data = make_data(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, bare_path = Path(tmp) / "ours.xlsx", Path(tmp) / "bare.xlsx"
        ours = min(cpu(lambda: build_workbook(data).save(ours_path)) for _ in range(args.repeat))
        plain = min(cpu(lambda: bare(data, bare_path)) for _ in range(args.repeat))
        read = min(cpu(lambda: [CalamineWorkbook.from_path(str(ours_path)).get_sheet_by_name(s).to_python()
                                for s in (L.INSPECTIONS_SHEET, L.IDENTITY_SHEET)]) for _ in range(args.repeat))
        size = ours_path.stat().st_size
        if args.keep:
            Path(args.keep).write_bytes(ours_path.read_bytes())
    print(f"package of {args.n} inspections x {len(ITEMS)} items = {data.row_count} rows, {size / 1e6:.1f} MB")
    print(f"ours  (build + save):      {ours:7.2f} s")
    print(f"bare  openpyxl, same cells: {plain:7.2f} s   ratio ours/bare {ours / plain:.2f}")
    print(f"read  python-calamine:     {read:7.2f} s")


if __name__ == "__main__":
    main()
