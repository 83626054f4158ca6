#!/usr/bin/env python3
"""Standalone verifier of a SPOTCHECK-DRAW-1 draw record (Python 3.8+, standard library only).

    python3 verify_draw.py draw-record.json [FRAMES_DIR]

Re-computes the commitment, the seed, the quotas, every ticket, the order of
selection and alternates, and the merge; given the folder of exported frame
files (frame-T1.txt ...) it also checks their digests and re-draws from them.
Prints one line per check; exit status 0 only if every check passes.
"""
import hashlib
import json
import sys
from pathlib import Path


def H(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def quotas(size, ratio):
    if ratio.startswith("n="):
        k = min(size, int(ratio[2:]))
    else:
        p, q = map(int, ratio.split("/"))
        k = min(size, (size * p + q - 1) // q)
    return k, max(0, min(size - k, max(1, (k + 9) // 10)))


def draw(seed, code, rows, ratio):
    strata = {}
    for key, stratum in rows:
        strata.setdefault(stratum, []).append((H(seed + "|" + code + "|" + key), key))
    chosen, alternates = [], []
    for stratum in sorted(strata):
        k, a = quotas(len(strata[stratum]), ratio)
        ranked = sorted(strata[stratum])
        chosen += [(key, stratum) for _, key in ranked[:k]]
        alternates += [(key, stratum) for _, key in ranked[k:k + a]]
    return chosen, alternates


def main(record_path, frames_dir=None):
    r = json.loads(Path(record_path).read_text(encoding="utf-8"))
    tasks, results = r["tasks"], []
    parts = ["SPOTCHECK-COMMIT-1", str(r["draw_no"]), r["log_head"]]
    for t in tasks:
        parts += [t["code"], t["ratio"], t["frame_digest"]]
    results.append(("commitment", H("|".join(parts)) == r["commitment"]))
    inputs = [w["input"] for w in r["witnesses"]]
    results.append(("witnesses", len(inputs) >= 2 and all(i.isdigit() for i in inputs)
                    and sum(map(len, inputs)) >= 20))
    results.append(("seed", H("|".join(["SPOTCHECK-SEED-1", r["commitment"]] + inputs)) == r["seed"]))
    ok_quota = ok_ticket = ok_order = True
    for t in tasks:
        for s in t["strata"]:
            k, a = quotas(s["size"], t["ratio"])
            sel = [x["ticket"] for x in t["selected"] if x["stratum"] == s["stratum"]]
            alt = [x for x in t["alternates"] if x["stratum"] == s["stratum"]]
            ok_quota &= s["quota"] == k and len(sel) == k and len(alt) == a
            seq = sel + [x["ticket"] for x in alt]
            ok_order &= seq == sorted(seq) and [x["rank"] for x in alt] == list(range(1, len(alt) + 1))
        ok_quota &= sum(s["size"] for s in t["strata"]) == t["frame_size"]
        for x in t["selected"] + t["alternates"]:
            ok_ticket &= H(r["seed"] + "|" + t["code"] + "|" + x["key"]) == x["ticket"]
    results += [("quotas", ok_quota), ("tickets", ok_ticket), ("selection", ok_order)]
    merged = {}
    for t in tasks:
        for x in t["selected"]:
            m = merged.setdefault(x["key"], {"tasks": [], "items": []})
            m["tasks"].append(t["code"])
            m["items"] += [i for i in t.get("items", []) if i not in m["items"]]
    ok_merge = [i["key"] for i in r["inspections"]] == sorted(merged)
    for i in r["inspections"]:
        m = merged.get(i["key"], {"tasks": None, "items": []})
        extra = [c["item"] for c in i.get("conditions", []) if c["item"] not in m["items"]]
        ok_merge &= i["tasks"] == m["tasks"] and i["items"] == m["items"] + extra
    results.append(("merge", ok_merge))
    if frames_dir:
        ok_frames = True
        for t in tasks:
            path = Path(frames_dir) / ("frame-" + t["code"] + ".txt")
            text = path.read_bytes().decode("utf-8") if path.is_file() else ""
            rows = [tuple(line.split("|", 1)) for line in text.split("\n")[1:-1]]
            chosen, alternates = draw(r["seed"], t["code"], rows, t["ratio"])
            ok_frames &= (H(text) == t["frame_digest"]
                          and chosen == [(x["key"], x["stratum"]) for x in t["selected"]]
                          and alternates == [(x["key"], x["stratum"]) for x in t["alternates"]])
        results.append(("frames", ok_frames))
    for name, ok in results:
        print(("PASS " if ok else "FAIL ") + name)
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
