"""Defaults for a new database: the Qingdao bureau of the 2020 plan.

Districts carry the 6-digit administrative-division codes used in characters
3-8 of a unified social credit code (and digits 1-6 of an old 注册号), with
the codes of districts merged since (四方区 → 市北区, 胶南市 → 黄岛区,
即墨市 → 即墨区), so old codes still land in today's district.
"""

from app.results.lists import DEFAULT_RESULT_LISTS

CITY_LEVEL = "市本级"

# The "role" setting: which unit this copy of the program serves. CITY_ROLE (市局) draws from the
# registers and sends each district its share; a district name (区市局) receives its share instead.
CITY_ROLE = "city"

DEFAULT_DISTRICTS = [
    {"name": "市南区", "aliases": ["青岛市市南区"], "codes": ["370202"]},
    {"name": "市北区", "aliases": ["青岛市市北区", "四方区"], "codes": ["370203", "370205"]},
    {"name": "李沧区", "aliases": ["青岛市李沧区"], "codes": ["370213"]},
    {"name": "崂山区", "aliases": ["青岛市崂山区"], "codes": ["370212"]},
    {"name": "黄岛区", "aliases": ["黄岛区(西海岸新区)", "西海岸新区", "青岛西海岸新区", "青岛市黄岛区", "胶南市"],
     "codes": ["370211", "370284"]},
    {"name": "城阳区", "aliases": ["青岛市城阳区"], "codes": ["370214"]},
    {"name": "即墨区", "aliases": ["即墨市", "青岛市即墨区"], "codes": ["370215", "370282"]},
    {"name": "胶州市", "aliases": ["青岛市胶州市"], "codes": ["370281"]},
    {"name": "平度市", "aliases": ["青岛市平度市"], "codes": ["370283"]},
    {"name": "莱西市", "aliases": ["青岛市莱西市"], "codes": ["370285"]},
]

DEFAULT_UNITS = [{"name": "青岛市市场监督管理局", "district": CITY_LEVEL}] + [
    {"name": ("青岛西海岸新区市场监督管理局" if d["name"] == "黄岛区" else f"青岛市{d['name']}市场监督管理局"),
     "district": d["name"]}
    for d in DEFAULT_DISTRICTS
]

DEFAULTS = {
    # Which unit this copy serves: "city" (市局, the default) or one configured district name (区市局).
    "role": CITY_ROLE,
    # The bureau's own details (机关信息) start empty: printed on every notice, they must be this
    # bureau's, so documents are refused until the clerk sets them (app.docs.office).
    "bureau_name": "",           # 发文机关标志 and the bureau's name in documents
    "seal_name": "",             # 发文机关署名 over the date, as on the 公章
    "doc_prefix": "青市监质",
    "contact_person": "",
    "contact_phone": "",
    "clerk_name": "",
    "districts": DEFAULT_DISTRICTS,
    "units": DEFAULT_UNITS,
    # The result model's vocabulary, each category saying whether it counts as "problem found".
    "result_lists": DEFAULT_RESULT_LISTS,
    "database_id": "",           # set once by migration 3; identifies this database in work packages
    # Working-day calendar entries the clerk adds for years chinesecalendar does not cover:
    # {"2027": {"holidays": ["2027-01-01", ...], "workdays": ["2027-02-07", ...]}}
    "calendar_manual": {},
    "publication_url": "",       # where the published draw records can be seen
    # Pages the printed draw record's lists may take in all; the full lists are always in draw-record.json
    # and draw-listing.xlsx, and the full PDF is printed on request (app.docs.record_lists).
    "record_list_page_limit": 50,
    "use_system_fonts": True,    # use the PC's FangSong/SimSun/SimHei when present
    "language": "zh_CN",
}
