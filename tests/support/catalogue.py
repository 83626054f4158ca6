"""Catalogue files for the tests: a tidy one and a messy one (title rows, footer, full-width codes, blank rows,
a duplicate code), and a plan whose tasks cite catalogue codes."""
from __future__ import annotations

from pathlib import Path

HEADER = ["序号", "事项编码", "事项名称", "事项类别", "检查方式", "实施部门", "检查对象类型", "检查依据"]
ITEMS = [
    ("SC-001", "工业产品生产许可资格检查", "一般", "现场检查", "质量监管处", "获证企业",
     "《中华人民共和国工业产品生产许可证管理条例》第四十七条、第四十八条"),
    ("SC-002", "获证企业条件检查", "重点", "现场检查", "质量监管处", "获证企业",
     "《中华人民共和国工业产品生产许可证管理条例》第四十九条；《中华人民共和国工业产品生产许可证管理条例实施办法》第四十一条"),
    ("SP-001", "食品相关产品质量安全检查", "一般", "现场检查", "质量监管处", "食品相关产品生产企业",
     "《中华人民共和国食品安全法》第一百一十条"),
    ("GS-001", "年度报告公示信息检查", "一般", "书面检查", "信用监管处", "企业", "《企业信息公示暂行条例》第十四条"),
]


def write_catalogue(path: Path, items=ITEMS, *, title: str = "抽查事项清单") -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "清单"
    sheet.append([title])
    sheet.append(HEADER)
    for n, item in enumerate(items, 1):
        sheet.append([n, *item])
    book.save(path)
    return path


def write_messy_catalogue(path: Path) -> Path:
    """Two title rows, a blank row, full-width codes, a duplicate code with another basis (row 8), a row
    without a basis, a footer."""
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "事项清单"
    sheet.append(["青岛市市场监督管理局"])                                   # row 1
    sheet.append(["“双随机、一公开”抽查事项清单（2020年版）"])              # row 2
    sheet.append(HEADER)                                                     # row 3
    sheet.append([1, "ＳＣ－００１", " 工业产品生产许可资格检查 ", "一般检查事项", "现场检查", "质量监管处",
                  "获证企业", "《中华人民共和国工业产品生产许可证管理条例》第四十七条"])   # row 4: full-width code
    sheet.append([])                                                         # row 5: blank
    sheet.append([2, "sc-002", "获证企业条件检查", "重点", "现场检查", "质量监管处", "获证企业",
                  "《中华人民共和国工业产品生产许可证管理条例》第四十九条"])                  # row 6
    sheet.append([3, "SP-001", "食品相关产品质量安全检查", "一般", "现场检查", "质量监管处", "食品相关产品生产企业",
                  ""])                                                       # row 7: no basis (flagged)
    sheet.append([4, "SC-002", "获证企业条件检查", "重点", "现场检查", "质量监管处", "获证企业",
                  "《中华人民共和国产品质量法》第十五条"])                                  # row 8: duplicate code
    sheet.append([5, "GS-001", "年度报告公示信息检查", "一般", "书面检查", "信用监管处", "企业",
                  "《企业信息公示暂行条例》第十四条"])                                       # row 9
    sheet.append(["制表：质量监管处", None, None, None, None, None, None, "2020年10月"])   # row 10: footer
    book.save(path)
    return path


def import_catalogue(path: Path, reason: str = ""):
    from app.registers import service
    return service.import_file(path, "catalogue", reason=reason)


def catalogue_plan(items_t1=("SC-001", "SC-002"), items_t2=("SP-001",)) -> dict:
    return {"title": "2020年度双随机抽查", "number": "局函〔2020〕277号",
            "start": "2020-10-20", "due": "2020-11-15", "end": "2020-11-30",
            "task": [{"code": "T1", "name": "工业产品生产许可证获证企业", "register": "工业产品生产许可证获证企业",
                      "ratio": "20%", "stratify": "district", "items": list(items_t1)},
                     {"code": "T2", "name": "食品相关产品企业", "register": "食品相关产品生产企业",
                      "ratio": "20%", "stratify": "district", "items": list(items_t2)}]}


def demo_without_catalogue():
    """The demo registers as a version before schema 5 shipped them (no catalogue): a context manager."""
    import contextlib

    from app import demo

    @contextlib.contextmanager
    def without():
        files = list(demo.DEMO_FILES)
        demo.DEMO_FILES = [f for f in files if f[1] != "catalogue"]
        try:
            yield
        finally:
            demo.DEMO_FILES = files
    return without()
