"""SPOTCHECK-DRAW-1: the official test vectors, reproduced exactly, and the integer rules."""
from __future__ import annotations

import json

import pytest

from app.draw import spec


@pytest.fixture
def vectors(spec_vectors_dir):
    return json.loads((spec_vectors_dir / "draw-1.json").read_text(encoding="utf-8"))


def _rows(vectors, stratified):
    return [(key, stratum if stratified else spec.CITY_STRATUM) for key, stratum in vectors["input"]["frame"]]


def test_vectors_every_intermediate_text_and_digest(vectors):
    inp = vectors["input"]
    digests = []
    for (code, ratio, stratified), expected in zip(inp["tasks"], vectors["tasks"]):
        text = spec.frame_text(_rows(vectors, stratified))
        assert text == expected["frame_text"]
        assert spec.H(text) == expected["frame_digest"]
        digests.append((code, ratio, spec.H(text)))
    assert spec.commit_text(inp["draw_no"], inp["log_head"], digests) == vectors["commit_text"]
    commitment = spec.commitment(inp["draw_no"], inp["log_head"], digests)
    assert commitment == vectors["commitment"]
    inputs = [w["input"] for w in inp["witnesses"]]
    assert spec.seed_text(commitment, inputs) == vectors["seed_text"]
    assert spec.seed(commitment, inputs) == vectors["seed"]


def test_vectors_tickets_strata_selection_alternates_merge(vectors):
    seed = vectors["seed"]
    outcome = []
    for (code, ratio, stratified), expected in zip(vectors["input"]["tasks"], vectors["tasks"]):
        for key, ticket in expected["tickets"].items():
            assert spec.ticket(seed, code, key) == ticket
        result = spec.draw_task(seed, code, _rows(vectors, stratified), ratio)
        assert result.strata == expected["strata"]
        assert [{"key": s["key"], "stratum": s["stratum"]} for s in result.selected] == expected["selected"]
        assert [{"key": a["key"], "stratum": a["stratum"], "rank": a["rank"]} for a in result.alternates] \
            == expected["alternates"]
        assert all(s["ticket"] == expected["tickets"][s["key"]] for s in result.selected)
        outcome.append((code, [], result.selected))
    assert [{"key": m["key"], "tasks": m["tasks"]} for m in spec.merge(outcome)] == vectors["inspections"]


def test_quota_is_integer_ceiling_and_alternates_rule():
    assert spec.quota(5, 1, 5) == 1
    assert spec.quota(6, 1, 5) == 2                  # ceil(1.2)
    assert spec.quota(10**15 + 1, 1, 5) == 2 * 10**14 + 1   # no float rounding
    assert spec.quota(3, 1, 1) == 3
    assert spec.alternates_count(108, 22) == 3       # ceil(22/10)
    assert spec.alternates_count(5, 1) == 1
    assert spec.alternates_count(1, 1) == 0          # nobody left to be an alternate
    assert spec.alternates_count(20, 0) == 1


def test_ratio_text_lowest_terms_and_count():
    assert spec.ratio_text(20, 100) == "1/5"
    assert spec.ratio_text(125, 1000) == "1/8"
    assert spec.ratio_text(count=50) == "n=50"
    assert spec.parse_ratio_text("n=3") == (None, None, 3)
    assert spec.parse_ratio_text("1/5") == (1, 5, None)


def test_fixed_count_is_capped_at_frame_size():
    rows = [(f"91370202{i:010d}", spec.CITY_STRATUM) for i in range(2)]
    result = spec.draw_task("0" * 64, "T9", rows, "n=5")
    assert result.strata == [{"stratum": "全市", "size": 2, "quota": 2, "alternates": 0}]
    assert len(result.selected) == 2 and result.alternates == []


def test_frame_text_roundtrip_and_malformed():
    rows = [("B", "市南区"), ("A", "市北区")]
    text = spec.frame_text(rows)
    assert text == "SPOTCHECK-FRAME-1\nA|市北区\nB|市南区\n"
    assert spec.parse_frame_text(text) == sorted(rows)
    with pytest.raises(ValueError):
        spec.parse_frame_text("FRAME\nA|x\n")
    with pytest.raises(ValueError):
        spec.parse_frame_text("SPOTCHECK-FRAME-1\nA|x")


def test_merge_carries_every_item_once_in_plan_order():
    merged = spec.merge([("T1", ["获证资格及条件检查"], [{"key": "K2"}, {"key": "K1"}]),
                         ("T2", ["产品质量安全监督检查", "获证资格及条件检查"], [{"key": "K1"}])])
    assert merged == [{"key": "K1", "tasks": ["T1", "T2"], "items": ["获证资格及条件检查", "产品质量安全监督检查"]},
                      {"key": "K2", "tasks": ["T1"], "items": ["获证资格及条件检查"]}]


def test_H_is_lowercase_hex_sha256_of_utf8():
    assert spec.H("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert spec.H("全市") == __import__("hashlib").sha256("全市".encode()).hexdigest()


def test_published_spec_document_carries_consistent_vectors():
    """docs/spec-draw-1.md is self-contained: its commit and seed texts hash to the digests it prints."""
    import re
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "spec-draw-1.md").read_text(encoding="utf-8")
    commit_text = re.search(r"^(SPOTCHECK-COMMIT-1\|1\|.*)$", doc, re.M).group(1)
    commitment = re.search(r"commitment = `([0-9a-f]{64})`", doc).group(1)
    seed_text = re.search(r"^(SPOTCHECK-SEED-1\|.*)$", doc, re.M).group(1)
    seed = re.search(r"^seed = `([0-9a-f]{64})`", doc, re.M).group(1)
    assert spec.H(commit_text) == commitment
    assert spec.H(seed_text) == seed
    assert seed_text.split("|")[1] == commitment


def _reference_draw(seed, code, rows, ratio):
    """The specification read literally: every ticket, each stratum fully sorted by (ticket, key)."""
    selected, alternates = [], []
    strata = spec.strata_quotas(rows, ratio)
    for s in strata:
        ranked = sorted((spec.ticket(seed, code, key), key) for key, name in rows if name == s["stratum"])
        k, a = s["quota"], s["alternates"]
        selected += [{"key": key, "stratum": s["stratum"], "ticket": t} for t, key in ranked[:k]]
        alternates += [{"key": key, "stratum": s["stratum"], "ticket": t, "rank": r}
                       for r, (t, key) in enumerate(ranked[k:k + a], start=1)]
    return strata, selected, alternates


def _random_frame(rng, n, strata):
    return [(f"9137{rng.randrange(10**14):014d}", rng.choice(strata)) for _ in range(n)]


@pytest.mark.parametrize("ratio", ["1/5", "1/100", "7/10", "1/1", "n=3", "n=40"])
def test_draw_equals_full_sort_of_every_ticket(ratio):
    """The draw keeps only tickets below a cut-off while hashing; the result is still exactly the full sort's."""
    import random
    rng = random.Random(ratio)
    strata = [spec.CITY_STRATUM] if ratio.startswith("n=") else ["市南区", "市北区", "崂山区", "黄岛区"]
    for n in (1, 7, 60, 3000):
        rows = _random_frame(rng, n, strata)
        seed = spec.H(f"{ratio}|{n}")
        result = spec.draw_task(seed, "T1", iter(rows), ratio)
        assert (result.strata, result.selected, result.alternates) == _reference_draw(seed, "T1", rows, ratio)


def test_draw_falls_back_to_the_whole_stratum_when_the_cutoff_lets_too_few_through(monkeypatch):
    import random
    rows = _random_frame(random.Random(4), 2000, ["市南区", "市北区"])
    seed = spec.H("fallback")
    expected = _reference_draw(seed, "T1", rows, "1/5")
    monkeypatch.setattr(spec, "_cutoff", lambda size, m: b"\x00" * 32)    # lets (almost) nothing through
    result = spec.draw_task(seed, "T1", rows, "1/5")
    assert (result.strata, result.selected, result.alternates) == expected


def test_merge_of_overlapping_tasks_keeps_plan_order_and_own_lists():
    sel = lambda *keys: [{"key": k} for k in keys]  # noqa: E731
    merged = spec.merge([("T1", ["a", "b"], sel("K3", "K1")), ("T2", ["b", "c"], sel("K2", "K1", "K2")),
                         ("T3", [], sel("K3"))])
    assert merged == [{"key": "K1", "tasks": ["T1", "T2"], "items": ["a", "b", "c"]},
                      {"key": "K2", "tasks": ["T2"], "items": ["b", "c"]},
                      {"key": "K3", "tasks": ["T1", "T3"], "items": ["a", "b"]}]
    again = spec.merge([("T1", ["a"], sel("K1", "K2"))])
    assert again[0]["items"] is not again[1]["items"] and again[0]["tasks"] is not again[1]["tasks"]
