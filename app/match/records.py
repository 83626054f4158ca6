"""match-record.json: building it, revising it after changes, writing the outputs.

The record's SHA-256 is H(canonical JSON) (sorted keys, no spaces, UTF-8), and
match-record.json is written as exactly those bytes, so `sha256sum` of the
file equals the printed digest. Revision 0 is the record of the witnessed
run; every replacement, short-resolution or alternate (替补) used after the
match makes revision n+1 carrying previous_record_sha256 (the digest of
revision n), and the audit log holds every revision's digest, so the chain of
revisions can be followed back. The printed record PDF belongs to the
documents layer above: app.campaign.outputs writes the files and the PDF.
Every file is written through app.files (temporary beside it, fsync, rename).
"""
from __future__ import annotations

from pathlib import Path

from app.errors import StateError
from app.files import remove_stale_temporaries, write_bytes
from app.match import spec
from app.match.models import Match


def record_text(record: dict) -> str:
    return spec.canonical_json(record)


def record_sha256(record: dict) -> str:
    return spec.H(record_text(record))


def institution_entry(service: str, chosen, names: dict) -> dict:
    if not chosen:
        return {"service": service, "key": None, "name": "", "ticket": None}
    return {"service": service, "key": chosen[0], "name": names.get(chosen[0], ""), "ticket": chosen[1]}


def build_record(match, result, institutions: dict) -> dict:
    """Revision 0 of the record from the match row and the algorithm's result."""
    data = match.commit_data
    by_key = {i["key"]: i for i in data["inspections"]}
    inst_names = {i["key"]: i["name"] for i in data.get("institutions", [])}
    assignments = []
    for key, team in result.teams.items():
        ins = by_key[key]
        entry = {"key": key, "name": ins["name"], "district": ins["district"], "pool": result.pool_of[key],
                 "inspectors": list(team), "leader": team[0] if team else None}
        services = ins.get("services") or []
        if services:
            found = [institution_entry(s, institutions.get((key, s)), inst_names) for s in services]
            # One service is the usual case: a single object keeps the notice simple.
            entry["institution"] = found[0] if len(found) == 1 else found
        assignments.append(entry)
    short = [{"key": key, "district": by_key[key]["district"], "pool": pool, "assigned": assigned,
              "needed": match.team_size} for key, pool, assigned in result.short]
    pools = [dict(p.as_dict(), rule=_rule(p.district)) for p in result.pools]
    record = {
        "spec": spec.SPEC, "draw_no": match.draw.draw_no, "draw_record_sha256": match.draw_record_sha256,
        "roster_digest": match.roster_digest, "avoid_digest": match.avoid_digest,
        "team_size": match.team_size, "log_head": match.log_head, "match_commitment": match.commitment,
        "match_date": match.match_date, "deadline": data.get("deadline"),
        "witnesses": match.witnesses, "mseed": match.mseed, "pools": pools,
        "assignments": assignments, "short": short, "replacements": [],
        "load": dict(sorted(result.loads.items())),
        "roster": [{"cert_no": r["cert_no"], "name": r["name"], "district": r["district"]}
                   for r in data["roster"]],
        "log_head_after": match.log_head_after, "matched_at": match.matched_at,
        "revision": 0, "previous_record_sha256": None,
    }
    if data.get("scope"):       # a received share: only then, so a city's record is unchanged
        record["scope"] = dict(data["scope"])
    if any(i.get("services") for i in data["inspections"]):
        record["institutions"] = data.get("institutions", [])
    return record


def _rule(pool_name: str) -> str:
    if pool_name == spec.CITY_POOL:
        return "city"
    return "mixed" if "+" in pool_name else "district"


def revise_record(record: dict, previous_sha: str, change: dict, teams: dict[str, list[str]],
                  loads: dict[str, int], *, field: str = "replacements") -> dict:
    """The next revision: the change appended to `field` (replacements or alternates),
    current teams and loads updated."""
    new = dict(record)
    new[field] = list(record.get(field, [])) + [change]
    new["assignments"] = []
    for entry in record["assignments"]:
        entry = dict(entry)
        now: list[str] = teams[entry["key"]] if entry["key"] in teams else entry["inspectors"]
        if now != entry["inspectors"]:
            entry["current_inspectors"] = list(now)
        else:
            entry.pop("current_inspectors", None)
        new["assignments"].append(entry)
    if new.get("alternates"):
        # An alternate's team as chosen stays; later changes to it show as current_inspectors.
        alternates = []
        for entry in new["alternates"]:
            entry = dict(entry)
            if entry.get("team") is not None:
                now = teams.get(entry["in_key"], [])
                if now != entry["team"]:
                    entry["current_inspectors"] = list(now)
                else:
                    entry.pop("current_inspectors", None)
            alternates.append(entry)
        new["alternates"] = alternates
    new["load"] = dict(sorted(loads.items()))
    new["revision"] = int(record.get("revision", 0)) + 1
    new["previous_record_sha256"] = previous_sha
    return new


def export_inputs(match: Match, out_dir: str | Path) -> dict[str, Path]:
    """roster.txt and avoid.txt exactly as hashed (UTF-8, "\\n" line ends)."""
    out = Path(out_dir)
    remove_stale_temporaries(out)
    return {"roster": write_bytes(out / "roster.txt", match.roster_text.encode("utf-8")),
            "avoid": write_bytes(out / "avoid.txt", match.avoid_text.encode("utf-8"))}


def write_record_files(match: Match, out_dir: Path) -> dict[str, Path]:
    """match-record.json (+ roster.txt, avoid.txt for verification); the PDF: app.campaign.outputs."""
    if not match.record:
        raise StateError("该匹配尚未执行，没有匹配记录可以输出。")
    paths = export_inputs(match, out_dir)
    paths["record"] = write_bytes(out_dir / "match-record.json", record_text(match.record).encode("utf-8"))
    return paths
