"""Write the synthetic demo registers in data/demo/ (deterministic: same output every run).

    .venv/bin/python scripts/make_demo_data.py

Everything is invented for this project: company names, people, codes (with
valid GB 32100-2015 check characters), phone numbers. The files show the
quirks clerks meet: a title row and a 制表单位 line above the header, a 合计
footer, a GB18030 csv, closed enterprises, enterprises in both registers.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.registers.normalize import USCC_ALPHABET, uscc_check_char  # noqa: E402
from app.settings.defaults import CITY_LEVEL, DEFAULT_DISTRICTS, DEFAULT_UNITS  # noqa: E402

OUT = ROOT / "data" / "demo"
FIXED_TIME = dt.datetime(2020, 10, 19, 9, 0, 0)
INDUSTRIAL_FILE = "工业产品生产许可证获证企业.xlsx"
FOOD_FILE = "食品相关产品生产企业.csv"
INSPECTOR_FILE = "执法检查人员名录.xlsx"
AVOIDANCE_FILE = "回避关系名单.xlsx"
INSTITUTION_FILE = "第三方专业机构名录.xlsx"
CATALOGUE_FILE = "抽查事项清单.xlsx"

WORDS = "海 华 鑫 恒 泰 丰 安 源 瑞 盛 达 通 宏 嘉 德 信 永 兴 金 明 新 利 广 远 博 聚 汇 科 正 誉".split()
INDUSTRIAL = [("水泥", "水泥"), ("电缆", "电线电缆"), ("包装容器", "危险化学品包装物及容器"), ("肥业", "化肥"),
              ("电子", "广播电视传输设备"), ("机械", "建筑用钢筋"), ("化工", "危险化学品"), ("建材", "防水卷材")]
FOOD = [("塑料制品", "食品用塑料包装容器工具"), ("纸制品", "食品用纸包装、容器"), ("厨具", "压力锅"),
        ("包装", "食品用塑料包装容器工具")]
SURNAMES = "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧".split()
GIVEN = "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 华 建 文 晨 波 宁 凯 琳".split()
STREETS = "香港中路 延安路 重庆中路 长江路 海尔路 株洲路 黄河路 烟台路 正阳路 青威路 深圳路 辽阳路".split()
OPERATING = ["存续", "在营（开业）", "存续（在营、开业、在册）"]
CLOSED = ["注销", "吊销，未注销", "迁出", "吊销"]


def uscc(rng: random.Random, division: str) -> str:
    body = "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    first17 = "91" + division + body
    return first17 + uscc_check_char(first17)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def phone(rng: random.Random) -> str:
    return rng.choice(("135", "138", "139", "150", "186", "187")) + f"{rng.randrange(10**8):08d}"


def make_enterprises(rng: random.Random):
    """~300 enterprises: 230 industrial, 95 food, 25 of them in both."""
    seen_names, seen_keys, out = set(), set(), []
    for i in range(300):
        district = DEFAULT_DISTRICTS[i % len(DEFAULT_DISTRICTS)]
        kind = "food" if i >= 205 else "industrial"
        word, product = rng.choice(FOOD if kind == "food" else INDUSTRIAL)
        while True:
            name = f"青岛{rng.choice(WORDS)}{rng.choice(WORDS)}{word}有限公司"
            key = uscc(rng, district["codes"][0])
            if name not in seen_names and key not in seen_keys:
                break
        seen_names.add(name)
        seen_keys.add(key)
        issued = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(1400))
        out.append({
            "name": name, "key": key, "district": district["name"], "legal_rep": person(rng),
            "address": f"山东省青岛市{district['name']}{rng.choice(STREETS)}{rng.randrange(1, 400)}号",
            "phone": phone(rng), "product": product, "issued": issued,
            "valid": issued.replace(year=issued.year + 5) if not (issued.month == 2 and issued.day == 29)
            else dt.date(issued.year + 5, 2, 28),
            "status": rng.choice(CLOSED) if rng.random() < 0.08 else rng.choice(OPERATING),
            "annual_report": rng.choice((2019, 2019, 2019, 2018)),
            "kind": kind,
        })
    both = [e for e in out if e["kind"] == "industrial"][:25]
    industrial = [e for e in out if e["kind"] == "industrial"]
    food = [e for e in out if e["kind"] == "food"] + both
    return industrial, food


def _save(book, path: Path) -> None:
    book.properties.creator = "scripts/make_demo_data.py"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """openpyxl stamps zip entries with the current time: rewrite them with a fixed one (byte-identical output)."""
    import zipfile
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in entries:
            if name == "docProps/core.xml":   # openpyxl writes "modified" as the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2020-10-19T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def write_industrial(rows, rng) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    headers = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "所属区市", "联系电话", "许可证编号",
               "产品名称", "发证日期", "有效期至", "登记状态", "最近年报年度"]
    book = Workbook()
    sheet = book.active
    sheet.title = "获证企业"
    sheet.append(["青岛市工业产品生产许可证获证企业名录（演示数据）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(["制表单位：青岛市市场监督管理局    制表日期：2020年10月19日"])
    sheet.append(headers)
    for n, e in enumerate(rows, 1):
        sheet.append([n, e["name"], e["key"], e["legal_rep"], e["address"], e["district"], e["phone"],
                      f"鲁XK{rng.randrange(1, 20):02d}-{rng.randrange(1000):03d}-{rng.randrange(100000):05d}",
                      e["product"], e["issued"], e["valid"], e["status"], e["annual_report"]])
    for row in sheet.iter_rows(min_row=4, min_col=10, max_col=11):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    sheet.append([f"合计：{len(rows)}家"])
    _save(book, OUT / INDUSTRIAL_FILE)


def write_food(rows, rng) -> None:
    headers = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "所属区市", "联系电话", "许可证编号",
               "产品名称", "发证日期", "有效期至", "登记状态"]
    with (OUT / FOOD_FILE).open("w", encoding="gb18030", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(headers)
        for n, e in enumerate(rows, 1):
            writer.writerow([n, e["name"], e["key"], e["legal_rep"], e["address"], e["district"], e["phone"],
                             f"鲁XK16-{rng.randrange(1000):03d}-{rng.randrange(100000):05d}", e["product"],
                             e["issued"].strftime("%Y/%m/%d"), e["valid"].strftime("%Y/%m/%d"), e["status"]])


def make_inspectors(rng: random.Random) -> list[dict]:
    out, certs = [], set()
    for unit in DEFAULT_UNITS:
        count = 10 if unit["district"] == CITY_LEVEL else 5
        for _ in range(count):
            while (cert := f"37{rng.randrange(10**10):010d}") in certs:
                pass
            certs.add(cert)
            out.append({"name": person(rng), "cert_no": cert, "unit": unit["name"], "district": unit["district"],
                        "specialty": rng.choice(("工业产品", "食品相关产品", "工业产品；食品相关产品", "综合执法")),
                        "status": "在岗", "expiry": dt.date(2030 + rng.randrange(3), 12, 31),
                        "expert": "是" if rng.random() < 0.1 else "否", "phone": phone(rng)})
    for i, status in zip(range(3, 60, 12), ("病假", "调离", "休假", "在岗", "在岗")):
        out[i]["status"] = status
    out[20]["expiry"] = dt.date(2020, 6, 30)   # expired before the demo plan's match
    out[41]["expiry"] = dt.date(2019, 12, 31)
    return out


def write_inspectors(rows) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "检查人员"
    sheet.append(["序号", "姓名", "执法证号", "所属单位", "所属区市", "专业领域", "执法证有效期至", "是否专家",
                  "联系电话", "在岗状态"])
    for n, p in enumerate(rows, 1):
        sheet.append([n, p["name"], p["cert_no"], p["unit"], p["district"], p["specialty"], p["expiry"],
                      p["expert"], p["phone"], p["status"]])
        sheet.cell(row=n + 1, column=7).number_format = "yyyy-mm-dd"
    _save(book, OUT / INSPECTOR_FILE)


def write_avoidance(inspectors, enterprises, rng) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "回避关系"
    sheet.append(["检查人员姓名", "执法证号", "企业名称", "统一社会信用代码", "回避事由"])
    local = [p for p in inspectors if p["district"] != CITY_LEVEL]
    for p in rng.sample(local, 12):
        same = [e for e in enterprises if e["district"] == p["district"]]
        e = rng.choice(same)
        sheet.append([p["name"], p["cert_no"], e["name"], e["key"],
                      rng.choice(("近亲属任职", "近一年内检查过该企业", "其他利害关系"))])
    _save(book, OUT / AVOIDANCE_FILE)


def write_institutions(rng) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "专业机构"
    sheet.append(["机构名称", "统一社会信用代码", "服务项目", "资质名称", "资质有效期至", "联系人", "联系电话"])
    kinds = [("会计师事务所", "审计、验资", "会计师事务所执业证书"), ("资产评估有限公司", "评估", "资产评估备案"),
             ("检验检测有限公司", "检验检测", "检验检测机构资质认定证书（CMA）"),
             ("质量技术服务有限公司", "检验检测、评估", "检验检测机构资质认定证书（CMA）")]
    for i in range(8):
        suffix, services, qualification = kinds[i % len(kinds)]
        district = DEFAULT_DISTRICTS[i]
        sheet.append([f"青岛{rng.choice(WORDS)}{rng.choice(WORDS)}{suffix}", uscc(rng, district["codes"][0]),
                      services, qualification, dt.date(2031 + i % 3, 6, 30), person(rng), phone(rng)])
        sheet.cell(row=i + 2, column=5).number_format = "yyyy-mm-dd"
    _save(book, OUT / INSTITUTION_FILE)


# The seed plan (局函〔2020〕277号) names the items but cites no law or article: the bases below name the
# laws that govern each item and say in 备注 that the articles are to be filled in from the bureau's own
# catalogue (none is invented here).
_NO_ARTICLES = "实施方案未列明法律条款，条款请按本局正式抽查事项清单补充。"
CATALOGUE = [
    ("SC-001", "工业产品生产许可资格检查", "一般", "现场检查", "质量监管处", "工业产品生产许可证获证企业",
     "《中华人民共和国工业产品生产许可证管理条例》；《中华人民共和国工业产品生产许可证管理条例实施办法》",
     "方案三（一）1：获证资格检查。" + _NO_ARTICLES),
    ("SC-002", "获证企业条件检查", "一般", "现场检查", "质量监管处", "工业产品生产许可证获证企业",
     "《中华人民共和国工业产品生产许可证管理条例》；《中华人民共和国工业产品生产许可证管理条例实施办法》",
     "方案三（一）1：获证条件检查。" + _NO_ARTICLES),
    ("SP-001", "食品相关产品质量安全检查", "一般", "现场检查", "质量监管处", "食品相关产品生产企业",
     "《中华人民共和国食品安全法》",
     "方案三（一）2：食品相关企业的产品质量安全监督检查。" + _NO_ARTICLES),
    ("GS-001", "年度报告公示信息检查", "一般", "书面检查、实地核查", "信用监管处", "企业",
     "《企业信息公示暂行条例》",
     "方案三（二）：2019 年度年报未报送的企业检查其报送的最近年度年报信息。" + _NO_ARTICLES),
]


def write_catalogue() -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "抽查事项清单"
    sheet.append(["青岛市市场监督管理局“双随机、一公开”抽查事项清单（演示）"])
    sheet.append(["事项编码", "事项名称", "事项类别", "检查方式", "实施部门", "检查对象类型", "检查依据", "备注"])
    for row in CATALOGUE:
        sheet.append(list(row))
    for col, width in zip("ABCDEFGH", (10, 26, 10, 18, 12, 26, 60, 60)):
        sheet.column_dimensions[col].width = width
    _save(book, OUT / CATALOGUE_FILE)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20201023)   # the plan's date: fixed, so the output never changes
    industrial, food = make_enterprises(rng)
    write_industrial(industrial, rng)
    write_food(food, rng)
    inspectors = make_inspectors(rng)
    write_inspectors(inspectors)
    write_avoidance(inspectors, industrial + food, rng)
    write_institutions(rng)
    write_catalogue()   # uses no random numbers: the other files stay as they were
    print(f"演示数据已写入 {OUT}：工业 {len(industrial)}，食品相关 {len(food)}，检查人员 {len(inspectors)}")


if __name__ == "__main__":
    main()
