"""Re-computing a match record (match-record.json) from its own contents and the published inputs.

The roster is in the record (and, given roster.txt, checked against it); the
avoidance pairs are only in avoid.txt, published beside the record: without
it the team re-computation cannot be done and says so. Each check covers one
link, so a tampered field fails the check that names it.
"""
from __future__ import annotations

from pathlib import Path

from app.draw.verify import Check, check_witnesses
from app.match import spec
from app.match.verify_scope import scope_check

ROSTER_FILE, AVOID_FILE = "roster.txt", "avoid.txt"
EMPTY_AVOID_DIGEST = spec.H(spec.AVOID_HEADER)


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _locate(roster_file, avoid_file, base_dir) -> tuple[Path | None, Path | None]:
    """A directory given as roster_file (the `--frames DIR` of `spotcheck verify`) holds both files."""
    if roster_file is not None and Path(roster_file).is_dir():
        base_dir, roster_file = roster_file, None
    if base_dir is not None:
        base = Path(base_dir)
        if roster_file is None and (base / ROSTER_FILE).is_file():
            roster_file = base / ROSTER_FILE
        if avoid_file is None and (base / AVOID_FILE).is_file():
            avoid_file = base / AVOID_FILE
    return (Path(roster_file) if roster_file else None), (Path(avoid_file) if avoid_file else None)


def _roster(r: dict, roster_file: Path | None) -> tuple[Check, list | None]:
    from_record = [(e["cert_no"], e["district"]) for e in r.get("roster", [])]
    if roster_file is not None:
        text = _read(roster_file)
        if spec.H(text) != r["roster_digest"]:
            return Check("roster", False, f"人员名单文件“{roster_file.name}”的摘要与记录的 roster_digest 不符。"), None
        pairs = spec.parse_roster_text(text)
        if from_record and spec.roster_text(from_record) != text:
            return Check("roster", False, "记录中列出的人员名单与人员名单文件不一致。"), None
        return Check("roster", True, f"人员名单文件摘要一致：{r['roster_digest']}（{len(pairs)} 人）"), pairs
    if not from_record:
        return Check("roster", False, "记录中没有人员名单，且未提供 roster.txt，无法核对。"), None
    if spec.H(spec.roster_text(from_record)) != r["roster_digest"]:
        return Check("roster", False, "记录中列出的人员名单与 roster_digest 不符（人员或所属区市被改动）。"), None
    return (Check("roster", True, f"记录中的人员名单与摘要一致：{r['roster_digest']}（{len(from_record)} 人）"),
            from_record)


def _avoid(r: dict, avoid_file: Path | None) -> tuple[Check, list | None]:
    if avoid_file is not None:
        text = _read(avoid_file)
        if spec.H(text) != r["avoid_digest"]:
            return Check("avoidance", False, f"回避名单文件“{avoid_file.name}”的摘要与记录的 avoid_digest 不符。"), None
        pairs = spec.parse_avoid_text(text)
        return Check("avoidance", True, f"回避名单文件摘要一致：{r['avoid_digest']}（{len(pairs)} 对）"), pairs
    if r["avoid_digest"] == EMPTY_AVOID_DIGEST:
        return Check("avoidance", True, "回避名单为空（摘要与空名单一致）。"), []
    return Check("avoidance", False, "未提供回避名单文件 avoid.txt（应与记录放在同一目录），"
                                     "无法重新计算匹配结果。"), None


def _commitment(r: dict) -> Check:
    value = spec.match_commitment(r["draw_record_sha256"], r["roster_digest"], r["avoid_digest"],
                                  r["team_size"], r["log_head"])
    if value == r["match_commitment"]:
        return Check("commitment", True, f"匹配承诺值重新计算一致：{value}")
    return Check("commitment", False, "匹配承诺值与抽取记录摘要、人员名单摘要、回避名单摘要、每组人数和日志链头"
                                      "重新计算的结果不符。")


def _witnesses(r: dict) -> Check:
    """The draw's witness rule, plus the team size the match commitment fixed."""
    check = check_witnesses(r)
    if not check.ok:
        return check
    if int(r["team_size"]) < 2:
        return Check("witnesses", False, f"每组人数为 {r['team_size']}，不得少于 2 人。")
    return Check("witnesses", True, f"{check.message[:-1]}；每组 {r['team_size']} 人。")


def _mseed(r: dict) -> Check:
    if spec.mseed(r["match_commitment"], [w["input"] for w in r["witnesses"]]) == r["mseed"]:
        return Check("mseed", True, f"匹配种子重新计算一致：{r['mseed']}")
    return Check("mseed", False, "匹配种子与承诺值和见证人输入重新计算的结果不符（见证人数字或种子被改动）。")


def _teams(r: dict, roster, pairs) -> list[Check]:
    if roster is None or pairs is None:
        return [Check("teams", False, "缺少人员名单或回避名单，无法重新计算人员池和检查组。")]
    result = spec.match_all(r["mseed"], {a["key"]: a["pool"] for a in r["assignments"]}, roster, pairs,
                            int(r["team_size"]))
    checks = []
    pools = [dict(p.as_dict(), rule=_rule(p.district)) for p in result.pools]
    recorded = [{k: p.get(k) for k in ("district", "inspectors", "inspections", "cap", "raised_from", "rule")}
                for p in r["pools"]]
    if pools == recorded:
        checks.append(Check("pools", True, f"{len(pools)} 个人员池的人数、检查对象数和上限重新计算一致。"))
    else:
        bad = next((p["district"] for p, q in zip(pools, recorded) if p != q), "人员池列表")
        checks.append(Check("pools", False, f"人员池“{bad}”的人数、检查对象数或上限与重新计算的结果不符。"))
    mismatch = None
    if [a["key"] for a in r["assignments"]] != list(result.teams):
        mismatch = "检查对象的处理顺序"
    for a in r["assignments"]:
        allowed = {spec.pool_name(a["district"], rule) for rule in spec.POOL_RULES}
        if mismatch is None and a["pool"] not in allowed:
            mismatch = f"检查对象“{a['key']}”的人员池“{a['pool']}”与其所属区市“{a['district']}”"
        team = result.teams.get(a["key"])
        if mismatch is None and (team != a["inspectors"] or a.get("leader") != (team[0] if team else None)):
            mismatch = f"检查对象“{a['key']}”的检查组"
    short = [{"key": k, "pool": p, "assigned": n} for k, p, n in result.short]
    if mismatch is None and short != [{"key": s["key"], "pool": s.get("pool"), "assigned": s["assigned"]}
                                      for s in r.get("short", [])]:
        mismatch = "人员不足名单"
    if mismatch:
        checks.append(Check("teams", False, f"{mismatch}与按种子重新计算的结果不符。"))
    else:
        checks.append(Check("teams", True, f"{len(r['assignments'])} 个检查对象的检查组（含组长）及 "
                                           f"{len(short)} 个人员不足的检查对象重新计算一致。"))
    checks.append(_replacements(r, result, roster, pairs))
    if "institutions" in r:
        checks.append(_institutions(r, pairs))
    return checks


def _rule(name: str) -> str:
    if name == spec.CITY_POOL:
        return "city"
    return "mixed" if "+" in name else "district"


def alternate_team(mseed_hex: str, key: str, members, avoided, loads, team_size: int) -> list[str]:
    """The team of an alternate (替补) used after the match (docs/spec-match-1.md, section 6a).

    Slot by slot, the replacement rule: the pool member with the smallest
    (current load, pair ticket), excluding the team so far and avoidance pairs;
    no cap. Fewer than team_size when the pool runs out (a short team).
    """
    loads = dict(loads)
    team: list[str] = []
    for _slot in range(int(team_size)):
        cert = spec.choose_replacement(mseed_hex, key, members, team, "", avoided, loads)
        if cert is None:
            break
        team.append(cert)
        loads[cert] = loads.get(cert, 0) + 1
    return team


def alternate_institutions(mseed_hex: str, key: str, services, institutions, avoided,
                           loads) -> list[tuple[str, tuple[str, str] | None]]:
    """The third-party institutions of an alternate used after the match (docs/spec-match-1.md, 6a step 4).

    For each service in name order, section 8's rule with the current loads: among the frozen
    institutions offering it and without an avoidance pair for `key`, the smallest (institutions'
    current number of inspections, H(mseed|INST|key|institution)); each choice adds 1 to its load.
    [(service, (institution key, ticket) or None when nobody offers it)]."""
    loads = dict(loads)
    banned = avoided.get(key, ())
    out: list[tuple[str, tuple[str, str] | None]] = []
    for service in sorted(set(services)):
        best = None
        for inst_key, offered in institutions:
            if service not in offered or inst_key in banned:
                continue
            ticket = spec.institution_ticket(mseed_hex, key, inst_key)
            rank = (loads.get(inst_key, 0), ticket)
            if best is None or rank < best[0]:
                best = (rank, inst_key, ticket)
        if best is None:
            out.append((service, None))
            continue
        loads[best[1]] = loads.get(best[1], 0) + 1
        out.append((service, (best[1], best[2])))
    return out


def institution_entries(value) -> list[dict]:
    """An assignment's (or alternate's) `institution`: one object for one service, a list for several."""
    return [value] if isinstance(value, dict) else list(value or [])


def _allowed_pools(district: str) -> set[str]:
    return {spec.pool_name(district, rule) for rule in spec.POOL_RULES}


def _replacements(r: dict, result, roster, pairs) -> Check:
    """Replay every recorded change in revision order against the rule; end state must equal the record's.

    replacements[] (replacements and short-resolutions) and alternates[] (each
    carrying the revision it made) interleave by revision number.
    """
    avoided = spec.avoid_index(pairs)
    certs = {c for c, _d in roster}
    teams = {k: list(v) for k, v in result.teams.items()}
    loads = {c: 0 for c in certs}
    for members in teams.values():
        for c in members:
            loads[c] += 1
    pool_of = dict(result.pool_of)
    active = set(teams)                        # inspections still to be visited
    inst_of = {a["key"]: [e["key"] for e in institution_entries(a.get("institution")) if e.get("key")]
               for a in r["assignments"]}      # the institutions of each inspection, for their loads
    inst_loads: dict[str, int] = {}
    for chosen in inst_of.values():
        for inst in chosen:
            inst_loads[inst] = inst_loads.get(inst, 0) + 1
    changes = list(r.get("replacements", []))
    alternates = list(r.get("alternates", []))
    n = len(changes) + len(alternates)
    at_revision = {}
    for a in alternates:
        rev = a.get("revision")
        if not isinstance(rev, int) or not 1 <= rev <= n or rev in at_revision:
            return Check("replacements", False, f"替补记录的修订号“{rev}”不在 1–{n} 之间或重复。")
        at_revision[rev] = a
    pending = iter(changes)
    i = j = 0
    for rev in range(1, n + 1):
        if rev in at_revision:
            j += 1
            failure = _replay_alternate(r, j, at_revision[rev], teams, loads, pool_of, active, roster, avoided,
                                        inst_of, inst_loads)
            if failure:
                return Check("replacements", False, failure)
            continue
        i += 1
        ch = next(pending)
        key, team = ch["key"], teams.get(ch["key"])
        if team is None or not str(ch.get("reason", "")).strip() or not str(ch.get("approver", "")).strip():
            return Check("replacements", False, f"第 {i} 项人员调整缺少检查对象、原因或批准人。")
        if ch.get("kind", "replacement") == "replacement":
            if ch["out"] not in team:
                return Check("replacements", False, f"第 {i} 项人员调整换下的“{ch['out']}”当时不在该检查组中。")
            want = spec.choose_replacement(r["mseed"], key, spec.pool_members(pool_of[key], roster), team,
                                           ch["out"], avoided, loads)
            if want != ch["in"]:
                return Check("replacements", False, f"第 {i} 项人员调整换上的“{ch['in']}”不是规则选出的人员"
                                                    f"（应为“{want}”）。")
            team[team.index(ch["out"])] = want
            loads[ch["out"]] -= 1
        else:
            if ch["in"] not in certs or ch["in"] in team or ch["in"] in avoided.get(key, ()) \
                    or len(team) >= int(r["team_size"]):
                return Check("replacements", False, f"第 {i} 项补足人员“{ch['in']}”不符合条件（不在名单、已在组中、"
                                                    "有回避关系或该组已满）。")
            team.append(ch["in"])
        loads[ch["in"]] = loads.get(ch["in"], 0) + 1
    if {c: n for c, n in loads.items()} != {c: int(n) for c, n in r.get("load", {}).items()}:
        return Check("replacements", False, "每名检查人员的任务量与重新计算的结果不符。")
    for a in r["assignments"]:
        if a.get("current_inspectors", a["inspectors"]) != teams[a["key"]]:
            return Check("replacements", False, f"检查对象“{a['key']}”当前的检查组与调整记录重放的结果不符。")
    for a in alternates:
        if a.get("team") is not None and a.get("current_inspectors", a["team"]) != teams.get(a["in_key"]):
            return Check("replacements", False, f"替补企业“{a['in_key']}”当前的检查组与调整记录重放的结果不符。")
    if int(r.get("revision", 0)) != n:
        return Check("replacements", False, f"记录修订号为 {r.get('revision')}，但有 {n} 项人员调整和替补。")
    text = f"{len(changes)} 项人员调整按规则重放一致，任务量一致。"
    if alternates:
        text = (f"{len(changes)} 项人员调整和 {len(alternates)} 项替补（替补企业的检查组）按规则重放一致，"
                "任务量一致。")
    return Check("replacements", True, text)


def _replay_alternate(r: dict, j: int, a: dict, teams, loads, pool_of, active, roster, avoided,
                      inst_of, inst_loads) -> str | None:
    """Apply the j-th alternate of the record; a Chinese message when it breaks the rule."""
    out_key, in_key = a.get("out_key"), a.get("in_key")
    if not out_key or not in_key or not str(a.get("reason", "")).strip() \
            or not str(a.get("approver", "")).strip():
        return f"第 {j} 项替补缺少被替换企业、替补企业、原因或批准人。"
    if out_key not in active:
        return f"第 {j} 项替补被替换的企业“{out_key}”当时不是检查对象。"
    removed = a.get("removed")
    if removed is not None:                    # the out enterprise is no longer inspected: its team is released
        if list(removed) != teams.get(out_key, []):
            return f"第 {j} 项替补撤下的检查组与企业“{out_key}”当时的检查组不符。"
        for c in removed:
            loads[c] -= 1
        for inst in inst_of.pop(out_key, []):   # its institutions are released with it
            inst_loads[inst] -= 1
        teams[out_key] = []
        active.discard(out_key)
    team = a.get("team")
    if team is None:                           # the alternate was already an inspection: its team stays
        if in_key not in active:
            return f"第 {j} 项替补企业“{in_key}”当时没有检查组，却没有为其匹配检查组。"
        return None
    if in_key in active:
        return f"第 {j} 项替补企业“{in_key}”当时已有检查组，不应再匹配。"
    if a.get("pool") not in _allowed_pools(a.get("district", "")):
        return f"第 {j} 项替补企业“{in_key}”的人员池“{a.get('pool')}”与其所属区市“{a.get('district')}”不符。"
    want = alternate_team(r["mseed"], in_key, spec.pool_members(a["pool"], roster), avoided, loads,
                          int(r["team_size"]))
    if list(team) != want:
        return (f"第 {j} 项替补企业“{in_key}”的检查组 {list(team)} 不是规则选出的人员"
                f"（应为 {want}）。")
    for c in want:
        loads[c] = loads.get(c, 0) + 1
    teams[in_key] = list(want)
    pool_of[in_key] = a["pool"]
    active.add(in_key)
    if "institution" in a:                     # the alternate's task needs third-party services
        recorded = institution_entries(a["institution"])
        chosen = alternate_institutions(r["mseed"], in_key, [e.get("service") for e in recorded],
                                        [(i["key"], i["services"]) for i in r.get("institutions", [])],
                                        avoided, inst_loads)
        if [(e.get("service"), e.get("key"), e.get("ticket")) for e in recorded] != \
                [(s, c[0] if c else None, c[1] if c else None) for s, c in chosen]:
            return f"第 {j} 项替补企业“{in_key}”的第三方专业机构不是规则选出的机构。"
        inst_of[in_key] = [c[0] for _s, c in chosen if c]
        for inst in inst_of[in_key]:
            inst_loads[inst] = inst_loads.get(inst, 0) + 1
    return None


def _institutions(r: dict, pairs) -> Check:
    avoided = spec.avoid_index(pairs)
    requests, recorded = [], {}
    for a in r["assignments"]:
        inst = a.get("institution")
        for entry in ([inst] if isinstance(inst, dict) else inst or []):
            requests.append((a["key"], entry["service"]))
            recorded[(a["key"], entry["service"])] = (entry["key"], entry["ticket"]) if entry.get("key") else None
    chosen = spec.draw_institutions(r["mseed"], requests,
                                    [(i["key"], i["services"]) for i in r.get("institutions", [])], avoided)
    if chosen != recorded:
        return Check("institutions", False, "第三方专业机构的抽取结果与按种子重新计算的结果不符。")
    return Check("institutions", True, f"{len(requests)} 项第三方专业机构的抽取重新计算一致。")


def verify_match_record(record: dict, roster_file=None, avoid_file=None, *, base_dir=None,
                        draw_record: dict | None = None) -> list[Check]:
    """Named checks (name, ok, Chinese message). roster_file may be the directory holding both files."""
    r = record
    if not isinstance(r, dict) or r.get("spec") != spec.SPEC:
        return [Check("spec", False, f"记录不是 {spec.SPEC} 匹配记录。")]
    try:
        roster_path, avoid_path = _locate(roster_file, avoid_file, base_dir)
        checks = [Check("spec", True, f"规范 {spec.SPEC}，第 {r['draw_no']} 号抽取，"
                                      f"匹配记录第 {r.get('revision', 0)} 版。")]
        if draw_record is not None:
            ok = spec.H(spec.canonical_json(draw_record)) == r["draw_record_sha256"]
            checks.append(Check("draw_record", ok, "抽取记录的 SHA-256 与匹配记录一致。" if ok
                                else "所给抽取记录的 SHA-256 与匹配记录中的 draw_record_sha256 不符。"))
        roster_check, roster = _roster(r, roster_path)
        avoid_check, pairs = _avoid(r, avoid_path)
        checks += [roster_check, avoid_check, _commitment(r), _witnesses(r), _mseed(r)]
        if "scope" in r:
            checks.append(scope_check(r, draw_record))
        checks += _teams(r, roster, pairs)
        return checks
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return [Check("format", False, f"匹配记录的格式不完整或被改动，无法重新计算（{type(exc).__name__}: {exc}）。")]
