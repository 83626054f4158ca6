"""Benchmark: `spotcheck draw run` end to end and `spotcheck verify` of its record, at scale.

    .venv/bin/python bench/bench_draw_run.py [N]        (default 1,000,000 enterprises)

One task over an N-enterprise register in 10 districts, 20 %, stratified by district, in a
temporary database (the register inserted through the models, as tests/support/draws does: the
import has its own benchmark). Measured, each in a fresh interpreter (bench/table.py):

- draw run: what `spotcheck draw run` does once the database is open - service.run_draw (the
  witnessed draw, its rows and record in one transaction) and app.campaign.outputs.write_draw_outputs
  (draw-record.json, draw-listing.xlsx and the printed record, its lists up to the default page limit).
- baseline: the core draw (spec.draw_task + spec.merge on the same frame rows, bench_draw.full_draw)
  and writing the same draw-record.json bytes. Target: <= 3x.
- verify: `spotcheck verify draw-record.json --frames DIR` through app.cli.main, against the core
  draw alone. Target: <= 1.5x.
CPU seconds of the measuring process, best of the repeats.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import table  # noqa: E402

WITNESSES = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
             {"name": "李监督", "unit": "驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]
REGISTER = "工业产品生产许可证获证企业"


def _open(db: str):
    from app.db import open_database
    open_database(Path(db))


def build(n: int, db: str) -> None:
    """The database with the register and a committed plan (not timed: run once per size)."""
    from bench_draw import make_frame

    from app.db import transaction
    from app.draw import plans, service
    from app.gcpause import gc_paused
    from app.registers.models import Enterprise, Register, RegisterVersion
    _open(db)
    rows = make_frame(n)
    with gc_paused(), transaction():
        reg = Register.create(name=REGISTER, kind="enterprise", created_at="2020-10-01T00:00:00")
        ver = RegisterVersion.create(register=reg, version=1, source_name="bench.xlsx", source_sha256="0" * 64,
                                     digest="0" * 64, created_at="2020-10-01T00:00:00", created_by="bench")
        fields = (Enterprise.version, Enterprise.key, Enterprise.key_kind, Enterprise.name, Enterprise.district,
                  Enterprise.operating, Enterprise.product, Enterprise.extra, Enterprise.row)
        for start in range(0, n, 2000):
            Enterprise.insert_many([(ver.id, k, "uscc", f"{d}第{i}号精密机械制造有限公司", d, True, "", {}, i + 2)
                                    for i, (k, d) in enumerate(rows[start:start + 2000], start)],
                                   fields=fields).execute()
    plan = plans.create_plan({
        "title": "2020年度工业产品生产许可证获证企业双随机抽查", "number": "局函〔2020〕277号",
        "start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30",
        "task": [{"code": "T1", "name": REGISTER, "register": REGISTER, "ratio": "20%", "stratify": "district",
                  "items": ["获证资格及条件检查"]}]})
    service.commit_draw(plan.id)


def prepare_run(n: int, db: str, out: str):
    build(n, db)
    from app.campaign.outputs import write_draw_outputs
    from app.draw import service

    def work():
        draw = service.run_draw(1, WITNESSES)
        write_draw_outputs(draw, out)
        return {"inspections": len(draw.record["inspections"])}
    return work


def prepare_core(n: int, record: str):
    """The core draw on the same frame rows, then the same record bytes written (the baseline)."""
    from bench_draw import full_draw, make_frame

    from app.draw import spec
    rows = make_frame(n)
    data = Path(record).read_bytes()
    seed = spec.seed(spec.H(spec.commit_text(1, "0" * 64, [("T1", "1/5", spec.H(spec.frame_text(rows)))])),
                     [w["input"] for w in WITNESSES])

    def work():
        inspections = full_draw(seed, rows)
        (Path(record).parent / "baseline.json").write_bytes(data)
        return {"inspections": len(inspections)}
    return work


def prepare_verify(record: str, frames: str, db: str):
    from app.cli.main import main
    from app.draw.records import export_frames
    _open(db)
    export_frames(1, frames)     # the frame files `spotcheck frames export` writes (not timed)

    def work():
        code = main(["verify", record, "--frames", frames, "--json"])
        return {"exit": code}
    return work


def rows(quick: bool, tmp: Path) -> list[table.Row]:
    return rows_for(10_000 if quick else 1_000_000, tmp, 1 if quick else 2)


def rows_for(n: int, tmp: Path, repeat: int) -> list[table.Row]:
    out = tmp / "out"
    run = table.measure("bench_draw_run", "prepare_run", n=n, db=str(tmp / "bench.sqlite3"), out=str(out))
    record = str(out / "draw-record.json")
    core = table.best("bench_draw_run", "prepare_core", repeat, n=n, record=record)
    verify = table.best("bench_draw_run", "prepare_verify", repeat, record=record, frames=str(out),
                        db=str(tmp / "bench.sqlite3"))
    pdf_pages = _pages(next(out.glob("*随机抽取记录*.pdf")))   # the record PDF's name carries the plan and draw
    return [
        table.ratio_row(f"draw run, {n:,} enterprises, 20 %, 10 districts, with records", run,
                        "core draw + same JSON", core, 3,
                        note=f"{run.info.get('inspections'):,} inspections; record PDF {pdf_pages} pages "
                             "(lists up to the default page limit), draw-listing.xlsx, draw-record.json"),
        table.ratio_row(f"verify the record with frames, {n:,}", verify, "core draw + same JSON", core, 1.5,
                        note=f"exit {verify.info.get('exit')}; the same baseline as draw run"),
    ]


def _pages(path: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def main() -> None:
    import tempfile
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows_for(n, Path(tmp), 1):
            print(f"{row.step}: ours {row.ours.cpu_s:.2f} s CPU ({row.ours.wall_s:.2f} s wall, "
                  f"{row.ours.peak_mb:.0f} MB), {row.baseline_name} {row.baseline.cpu_s:.2f} s "
                  f"({row.baseline.peak_mb:.0f} MB), ratio {row.ratio:.2f} (target {row.target})")


if __name__ == "__main__":
    main()
