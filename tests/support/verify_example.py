"""The worked example of docs/验证指南.md: its numbers taken from a draw record and its frame files.

tools/verify_guide_example.py writes them into the guide; tests/core/test_verify_guide.py reads them
back from the guide, re-computes each with hashlib and compares them with the program's draw, so the
guide cannot drift from the program.
"""
from __future__ import annotations

START = "<!-- 例子开始：python tools/verify_guide_example.py --write 生成，请勿手改 -->"
END = "<!-- 例子结束 -->"
TASK = "T1"            # the example enterprise: the task's stratum STRATUM, its last selected enterprise
STRATUM = "市南区"

# (field, label) in the order the guide lists them; the test reads each back as `label（field）：`value``
FIELDS = [("draw_no", "抽取编号"), ("log_head", "承诺时的审计日志链头"),
          ("commit_text", "承诺原文"), ("commitment", "承诺值"),
          ("witness_1", "见证人 1 的数字"), ("witness_2", "见证人 2 的数字"),
          ("seed_text", "种子原文"), ("seed", "随机种子"),
          ("task", "任务编号"), ("ratio", "抽取比例"), ("stratum", "分层（区市）"), ("key", "企业标识"),
          ("name", "企业名称"), ("ticket_text", "签号原文"), ("ticket", "签号"),
          ("size", "该区市企业数 N"), ("quota", "抽取数 k"), ("alternates", "替补数 a"), ("rank", "名次")]


def example(record: dict) -> dict[str, str]:
    """The example's values from a draw record, as strings. The enterprise is the last selected one of
    the stratum: its rank (by ticket, smallest first) is the stratum's quota."""
    task = next(t for t in record["tasks"] if t["code"] == TASK)
    stratum = next(s for s in task["strata"] if s["stratum"] == STRATUM)
    chosen = [x for x in task["selected"] if x["stratum"] == STRATUM]
    pick = chosen[-1]
    inputs = [w["input"] for w in record["witnesses"]]
    return {
        "draw_no": str(record["draw_no"]), "log_head": record["log_head"],
        "commit_text": record["commit_text"], "commitment": record["commitment"],
        "witness_1": inputs[0], "witness_2": inputs[1],
        "seed_text": "|".join(["SPOTCHECK-SEED-1", record["commitment"], *inputs]), "seed": record["seed"],
        "task": TASK, "ratio": task["ratio"], "stratum": STRATUM, "key": pick["key"], "name": pick["name"],
        "ticket_text": f"{record['seed']}|{TASK}|{pick['key']}", "ticket": pick["ticket"],
        "size": str(stratum["size"]), "quota": str(stratum["quota"]), "alternates": str(stratum["alternates"]),
        "rank": str(len(chosen)),
    }


def render(values: dict[str, str]) -> str:
    lines = [START, ""]
    lines += [f"- {label}（{field}）：`{values[field]}`" for field, label in FIELDS]
    lines += ["", END]
    return "\n".join(lines)
