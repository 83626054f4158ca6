"""A provincial-scale database for the GUI benchmarks: a large register, a drawn draw, its match.

    path = gui_data.build(folder, enterprises=1_000_000)

Deterministic (seeded). The registers go straight into the tables with executemany (the import path
is benchmarked elsewhere and would take minutes), each with its real content digest and its
"registers.import" audit entry, so the integrity check at start finds a sound database. The plan,
the draw (20 %, stratified by district: 200,000 inspections from 1,000,000 enterprises) and the match
(teams of 2) run through the real services, so the screens read what a clerk's database holds.

The database is kept in `folder` and reused when it is already there (building the 1,000,000-row one
takes a few minutes on the 2-core machine).
"""
from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DISTRICTS = ["市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]
CODES = ["370202", "370203", "370213", "370212", "370211", "370214", "370215", "370281", "370283", "370285"]
REGISTER = "工业产品生产许可证获证企业"
INSPECTORS = "执法检查人员名录库"
WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "role": "监督", "input": "38104729561"},
             {"name": "李秀英", "unit": "企业代表", "role": "企业代表", "input": "92750183346"}]
STREETS = ["香港中路", "山东路", "重庆南路", "黑龙江路", "长江路", "正阳路", "烟青路", "福州南路"]


def enterprise_records(n: int, seed: int = 20201020) -> list[tuple]:
    """n enterprise records in COLUMNS["enterprise"] order, sorted by key (the digest's order)."""
    rng = random.Random(seed)
    alphabet = string.digits + "ABCDEFGHJKLMNPQRTUWXY"
    keys: dict[str, int] = {}
    while len(keys) < n:
        keys["91" + CODES[rng.randrange(10)] + "".join(rng.choices(alphabet, k=10))] = len(keys)
    records = []
    for key in sorted(keys):
        i = keys[key]
        district = DISTRICTS[CODES.index(key[2:8])]
        operating = i % 23 != 0
        records.append((key, "uscc", f"青岛{STREETS[i % 8][:2]}测试{i:07d}有限公司", district,
                        "存续" if operating else "注销", operating, f"法人{i % 9973}",
                        f"山东省青岛市{district}{STREETS[i % 8]}{i % 997}号", f"0532-8{i % 10_000_000:07d}",
                        f"XK{i:08d}", "工业产品", None, None, "", "企业名录", i + 2))
    return records


def inspector_records(per_district: int) -> list[tuple]:
    """Inspectors in COLUMNS["inspector"] order, sorted by certificate number."""
    out = []
    for d, district in enumerate(DISTRICTS):
        for j in range(per_district):
            cert = f"37{d:02d}{j:08d}"
            out.append((cert, f"检查员{d:02d}{j:04d}", f"{district}市场监督管理局", district, "综合", "在岗",
                        None, False, "", True, "", "人员名录", len(out) + 2))
    return sorted(out)


def add_register(name: str, kind: str, records: list[tuple]) -> int:
    """A register version with its rows, real digest and import audit entry (one transaction)."""
    from app import audit
    from app.db.base import database, transaction
    from app.registers.models import Register, RegisterVersion
    from app.registers.service import insert_sql
    from app.registers.validate import digest_of, render_lines
    digest = digest_of(kind, render_lines(kind, records))
    operating = sum(1 for r in records if r[5 if kind == "enterprise" else 9])
    with transaction():
        reg = Register.create(name=name, kind=kind, created_at="2020-10-01T00:00:00")
        version = RegisterVersion.create(
            register=reg, version=1, source_name=f"{name}.xlsx", source_sha256="0" * 64, sheets=[], mapping={},
            rows_read=len(records), imported=len(records), operating=operating, rejected=0, flagged=0,
            digest=digest, created_at="2020-10-01T00:00:00", created_by="bench", note="")
        conn = database.obj.connection()
        sql = insert_sql(kind, version.id)
        for start in range(0, len(records), 50_000):
            conn.executemany(sql, records[start:start + 50_000])
        audit.append("registers.import", {
            "register": name, "kind": kind, "version": 1, "source": f"{name}.xlsx", "source_sha256": "0" * 64,
            "digest": digest, "rows_read": len(records), "imported": len(records), "operating": operating,
            "rejected": 0, "flagged": 0, "added": len(records), "removed": 0, "changed": 0})
    return version.id


def populate(enterprises: int, *, match: bool = True) -> int:
    """Fill the open (fresh) database: registers, plan, draw, match. Returns the draw number."""
    from app.draw.plans import create_plan
    from app.draw.service import commit_draw, run_draw
    from app.match import service as match_service
    add_register(REGISTER, "enterprise", enterprise_records(enterprises))
    add_register(INSPECTORS, "inspector", inspector_records(max(4, enterprises // 2000)))
    plan = create_plan({"title": "2020年度全省工业产品生产许可证获证企业双随机抽查", "number": "局函〔2020〕277号",
                        "start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30", "team_size": 2,
                        "task": [{"code": "T1", "name": REGISTER, "register": REGISTER, "ratio": "20%",
                                  "stratify": "district", "items": ["获证资格及条件检查"], "pool": "district"}]})
    draw = run_draw(commit_draw(plan.id).draw_no, WITNESSES)
    if match:
        match_service.commit_match(draw.draw_no, match_date="2020-10-26")
        match_service.run_match(draw.draw_no, WITNESSES)
    return draw.draw_no


def build(folder: Path, enterprises: int = 1_000_000, *, match: bool = True) -> Path:
    """The database file for `enterprises` (built once, then reused from `folder`)."""
    from app.db import close_database, open_database
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"gui-{enterprises}{'' if match else '-nomatch'}.sqlite3"
    if path.exists() and (folder / (path.name + ".done")).exists():
        return path
    for stale in folder.glob(path.name + "*"):
        stale.unlink()
    open_database(path)
    try:
        populate(enterprises, match=match)
    finally:
        close_database()
    (folder / (path.name + ".done")).write_text("ok")
    return path


def build_empty(folder: Path) -> Path:
    """A migrated database with no data (the start-up baseline of 'independent of register size')."""
    from app.db import close_database, open_database
    path = Path(folder) / "gui-empty.sqlite3"
    if not path.exists():
        open_database(path)
        close_database()
    return path


if __name__ == "__main__":
    import time
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    start = time.perf_counter()
    print(build(Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/spotcheck-gui-bench"), n),
          f"{time.perf_counter() - start:.1f} s")
