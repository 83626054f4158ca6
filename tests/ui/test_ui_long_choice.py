"""The alternate form's list of drawn enterprises: a model over the rows (200,000 of them at provincial scale)
narrowed by a find box; the choice is always one of the listed enterprises, never the typed text."""
from __future__ import annotations


def _rows(n: int) -> list[dict]:
    districts = ("市南区", "市北区", "黄岛区")
    return [{"task": "T2" if i % 4 == 3 else "T1", "key": f"91370200{i:010d}", "name": f"青岛测试{i}有限公司",
             "stratum": districts[i % 3]} for i in range(n)]


def test_two_hundred_thousand_drawn_enterprises_are_listed_and_found(qtbot):
    from ui.screens.draw import AlternateDialog
    rows = _rows(200_000)
    dialog = AlternateDialog(rows)
    qtbot.addWidget(dialog)
    t1 = [r["key"] for r in rows if r["task"] == "T1"]
    assert dialog.key.count() == len(t1) == 150_000 and dialog.key.currentData() == t1[0]
    dialog.key_choice.find.setText("测试123457有限")                  # part of a name
    assert dialog.key.count() == 1 and dialog.key.currentData() == "913702000000123457"
    dialog.reason.setPlainText("检查前已注销")
    assert dialog.is_filled() and dialog.value() == ("T1", "913702000000123457", "检查前已注销", "")
    dialog.key_choice.find.setText("黄岛区 0000123455")                 # district and key, in any order
    assert [dialog.key.itemData(i) for i in range(dialog.key.count())] == []   # 123455 is task T2
    assert dialog.key.currentData() is None and not dialog.is_filled()
    dialog.task.setCurrentIndex(dialog.task.findData("T2"))            # the find text stays applied
    assert dialog.key.count() == 1 and dialog.key.currentData() == "913702000000123455"
    dialog.key_choice.find.clear()
    assert dialog.key.count() == 50_000


def test_the_find_box_narrows_a_short_list_too(qtbot):
    from ui.screens.draw import AlternateDialog
    dialog = AlternateDialog(_rows(8), matched=True)
    qtbot.addWidget(dialog)
    dialog.key_choice.find.setText("市北区")
    assert [dialog.key.itemData(i) for i in range(dialog.key.count())] == ["913702000000000001",
                                                                           "913702000000000004"]
    dialog.key.setCurrentIndex(1)
    dialog.reason.setPlainText("已吊销")
    assert not dialog.is_filled()                                      # matched: the approver is required
    dialog.approver.setText("张局长")
    assert dialog.value() == ("T1", "913702000000000004", "已吊销", "张局长")
