"""A small drawn-and-matched draw built straight from the models, in the record shapes of issues 4 and 5.

The documents only read these rows, so building them directly keeps the
documents' tests independent of the draw and match services.
"""
from __future__ import annotations

import hashlib

from pypdf import PdfReader

from app.draw.models import Draw, Inspection, Plan, Task
from app.match.models import Assignment, Match
from app.registers.models import Enterprise, Inspector, Register, RegisterVersion

NOW = "2020-10-26T09:30:00+08:00"
DISTRICTS = ["市南区", "市北区", "黄岛区"]
LONG_NAME = ("青岛" + "超长名称测试用工业产品生产许可证获证企业有限责任公司" * 8)[:198] + "公司"


def H(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _version(name, kind):
    reg = Register.create(name=name, kind=kind, created_at=NOW)
    return RegisterVersion.create(register=reg, version=1, source_name=f"{name}.xlsx", source_sha256="0" * 64,
                                  digest=H(name), created_at=NOW, created_by="test")


def uscc(i: int) -> str:
    return f"91370200MA{i:07d}X"[:18].ljust(18, "0")


def make_sample_draw(per_district: int = 3, *, items_t1=None, long_name=False, no_address_index=None,
                     matched=True) -> Draw:
    """Plan with tasks T1/T2, draw no 1 with per_district inspections in each of three districts."""
    ent_version = _version("工业产品生产许可证获证企业", "enterprise")
    insp_version = _version("执法检查人员名录库", "inspector")
    plan = Plan.create(title="2020年度全市市场监管系统工业产品生产许可证生产企业经营行为"
                             "“双随机、一公开”抽查工作实施方案",
                       number="局函〔2020〕277号", start="2020-10-20", due="2020-11-15", end="2020-11-30",
                       status="frozen", created_at=NOW)
    items_t1 = items_t1 or ["获证资格及条件检查"]
    Task.create(plan=plan, position=1, code="T1", name="工业产品生产许可证获证企业",
                register_name="工业产品生产许可证获证企业",
                register_version=ent_version, ratio_p=1, ratio_q=5, items=items_t1)
    Task.create(plan=plan, position=2, code="T2", name="食品相关产品企业", register_name="工业产品生产许可证获证企业",
                register_version=ent_version, ratio_p=1, ratio_q=5, items=["产品质量安全监督检查"])
    seed = H("seed")
    inspections, selected = [], []
    n = 0
    for d in DISTRICTS:
        rows = []
        for _ in range(per_district):
            n += 1
            key = uscc(n)
            name = LONG_NAME if (long_name and n == 1) else f"青岛{d}第{n}精密机械有限公司"
            address = "" if n == no_address_index else f"山东省青岛市{d}香港中路{n}号"
            Enterprise.create(version=ent_version, key=key, key_kind="uscc", name=name, district=d, operating=True,
                              legal_rep=f"法人{n}", address=address, phone="0532-8000000",
                              licence_no=f"鲁XK16-204-{n:05d}")
            rows.append((H(f"{seed}|T1|{key}"), key, name))
        rows.sort()
        for rank, (ticket, key, name) in enumerate(rows, 1):
            both = rank == 1
            tasks = ["T1", "T2"] if both else ["T1"]
            items = list(items_t1) + (["产品质量安全监督检查"] if both else [])
            tickets = {"T1": ticket}
            ranks = {}                      # the draw service leaves ranks empty; the record has the order
            if both:
                tickets["T2"] = H(f"{seed}|T2|{key}")
            inspections.append({"key": key, "name": name, "district": d, "tasks": tasks, "items": items,
                                "tickets": tickets, "ranks": ranks})
            selected.append({"key": key, "name": name, "stratum": d, "ticket": ticket})
    strata = [{"stratum": d, "size": per_district * 5, "quota": per_district} for d in DISTRICTS]
    tasks_rec = [
        {"code": "T1", "name": "工业产品生产许可证获证企业", "register": "工业产品生产许可证获证企业",
         "register_version": 1,
         "ratio": "1/5", "stratified": True, "frame_size": per_district * 15, "frame_digest": H("frame T1"),
         "strata": strata, "selected": selected,
         "alternates": [{"key": uscc(900 + i), "name": f"替补企业{i}", "stratum": d, "ticket": H(f"alt{i}"), "rank": 1}
                        for i, d in enumerate(DISTRICTS)]},
        {"code": "T2", "name": "食品相关产品企业", "register": "工业产品生产许可证获证企业", "register_version": 1,
         "ratio": "1/5", "stratified": True, "frame_size": 15, "frame_digest": H("frame T2"),
         "strata": [{"stratum": d, "size": 5, "quota": 1} for d in DISTRICTS],
         "selected": [s for s in selected if any(i["key"] == s["key"] and "T2" in i["tasks"] for i in inspections)],
         "alternates": []},
    ]
    commitment = H("commit")
    witnesses = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
                 {"name": "李监督", "unit": "市纪委监委驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]
    record = {"spec": "SPOTCHECK-DRAW-1", "draw_no": 1, "log_head": H("log0"), "commitment": commitment,
              "witnesses": witnesses, "seed": seed, "tasks": tasks_rec,
              "inspections": [{k: i[k] for k in ("key", "name", "district", "tasks", "items")} for i in inspections],
              "voided": [], "log_head_after": H("log1")}
    draw = Draw.create(draw_no=1, plan=plan, status="drawn", log_head=H("log0"), commitment=commitment,
                       commit_data={"log_head": H("log0"), "tasks": [{k: v for k, v in t.items()
                                                                      if k not in ("selected", "alternates")}
                                                                     for t in tasks_rec]},
                       committed_at=NOW, witnesses=witnesses, seed=seed, record=record, record_sha256=H("record"),
                       drawn_at=NOW, log_head_after=H("log1"))
    for i in inspections:
        Inspection.create(draw=draw, **i)
    if matched:
        _make_match(draw, insp_version, inspections)
    return draw


def _make_match(draw, insp_version, inspections):
    certs = []
    for d_i, d in enumerate(DISTRICTS):
        for j in range(4):
            cert = f"37020{d_i}{j:04d}"
            Inspector.create(version=insp_version, cert_no=cert, name=f"检查员{cert[-5:]}", unit=f"{d}市场监督管理局",
                             district=d)
            certs.append((d, cert))
    roster = [{"cert_no": c, "name": f"检查员{c[-5:]}", "district": d} for d, c in certs]
    match = Match.create(draw=draw, status="matched", commit_data={"roster": roster}, team_size=2,
                         match_date="2020-10-28",
                         inspector_version=insp_version, draw_record_sha256=H("record"), roster_text="",
                         roster_digest=H("roster"), avoid_text="", avoid_digest=H("avoid"), log_head=H("log1"),
                         commitment=H("mcommit"), committed_at=NOW, mseed=H("mseed"), matched_at=NOW,
                         record_sha256=H("mrecord"), log_head_after=H("log2"))
    assignments = []
    for n, insp in enumerate(inspections):
        pool = [c for d, c in certs if d == insp["district"]]
        team = [pool[n % 4], pool[(n + 1) % 4]]
        for slot, cert in enumerate(team):
            Assignment.create(match=match, key=insp["key"], district=insp["district"], slot=slot, cert_no=cert)
        assignments.append({"key": insp["key"], "name": insp["name"], "district": insp["district"],
                            "inspectors": team, "leader": team[0]})
    match.record = {"spec": "SPOTCHECK-MATCH-1", "draw_no": 1, "draw_record_sha256": H("record"),
                    "roster_digest": H("roster"), "avoid_digest": H("avoid"), "team_size": 2,
                    "match_commitment": H("mcommit"), "witnesses": draw.witnesses, "mseed": H("mseed"),
                    "pools": [{"district": d, "inspectors": 4, "inspections": 3, "cap": 2, "raised_from": None}
                              for d in DISTRICTS],
                    "assignments": assignments, "short": [],
                    "replacements": [{"key": inspections[0]["key"], "out": "370200009",
                                      "in": assignments[0]["inspectors"][1],
                                      "reason": "身体原因", "approver": "张局长", "at": NOW}],
                    "load": {}, "log_head_after": H("log2")}
    match.save()
    return match


# The draws above are built straight from the models: their digests and audit entries are placeholders,
# so app.integrity would (rightly) call them tampered. Tests that print them switch the documents' tamper
# check off, in-process with `trust_synthetic_draws(monkeypatch)` and in a child process by starting its
# code with TRUST_SYNTHETIC_DRAWS. tests/integrity/test_tamper.py checks the documents refuse tampered rows.
TRUST_SYNTHETIC_DRAWS = "import app.docs.service as _docs; _docs.require_sound = lambda draw_no: None\n"


def trust_synthetic_draws(monkeypatch) -> None:
    import app.docs.service  # the module whose check is switched off for this test only
    monkeypatch.setattr(app.docs.service, "require_sound", lambda draw_no: None)


def page_texts(path) -> list[str]:
    """The text of each page of a PDF, whitespace removed (extracted text breaks lines where the layout did)."""
    return ["".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


SIGNATURE_LABELS = ("检查组组长", "检查对象代表", "签字：")
DECLARATION = "以上检查情况属实"


def declaration_pages_without_signatures(path) -> list[int]:
    """1-based pages of a result-form PDF holding the declaration but not every signature label, or
    signature labels but no declaration: the two are kept together, so this is empty for a good file."""
    bad = []
    for n, text in enumerate(page_texts(path), 1):
        has_declaration = DECLARATION in text
        signatures = [label in text for label in SIGNATURE_LABELS]
        if (has_declaration and not all(signatures)) or (any(signatures[:2]) and not has_declaration):
            bad.append(n)
    return bad


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    """Extracted text breaks lines where the layout did; compare without whitespace."""
    return "".join(text.split())
