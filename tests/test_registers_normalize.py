"""Cell normalisation: codes and their check characters, dates, statuses, header recognition."""
import datetime as dt

import pytest

from app.registers import headers as hdr
from app.registers.normalize import (
    classify_key, classify_post, classify_status, clean_code, clean_text, parse_date, reg_no_check_digit,
    reg_no_valid, uscc_check_char, uscc_valid,
)

VALID = "913702818QNFHPLN1R"   # from the bureau's sample register


def test_uscc_check_character_gb32100():
    assert uscc_valid(VALID)
    assert uscc_check_char(VALID[:17]) == "R"
    assert not uscc_valid(VALID[:17] + "S")             # S is not in the alphabet
    assert classify_key(VALID[:17] + "0")[1] == "统一社会信用代码校验位错误（应为 R）"
    # The published example code of GB 32100 style: 91350100M000100Y43
    assert uscc_valid("91350100M000100Y43")


def test_reg_no_iso7064_mod_11_10():
    code = "37020220000001" + reg_no_check_digit("37020220000001")
    assert reg_no_valid(code)
    assert classify_key(code) == ("reg_no", None)
    bad = code[:14] + str((int(code[14]) + 1) % 10)
    kind, reason = classify_key(bad)
    assert kind is None and "注册号校验位错误" in reason


def test_codes_are_nfkc_trimmed_and_upper_cased():
    raw = " ９１３７０２８１８ｑｎｆｈ\u3000PLN1r "
    assert clean_code(raw) == VALID
    assert clean_text("  青岛\u3000海海\n水泥 ") == "青岛 海海 水泥"
    assert classify_key("9.13702E+17")[0] is None
    assert "长度" in classify_key("12345")[1]


@pytest.mark.parametrize("value", ["2020-01-05", "2020.01.05", "2020/1/5", "2020年1月5日", "20200105",
                                   43835.0, dt.date(2020, 1, 5), dt.datetime(2020, 1, 5, 0, 0), " 2020 年 1 月 5 日 "])
def test_dates_in_every_form(value):
    assert parse_date(value) == ("2020-01-05", True)


def test_bad_and_empty_dates():
    assert parse_date("") == (None, True)
    assert parse_date("明年") == (None, False)
    assert parse_date("2020/13/45") == (None, False)


@pytest.mark.parametrize("status,operating", [
    ("存续", True), ("在营（开业）", True), ("存续（在营、开业、在册）", True), ("在册", True), ("开业", True),
    ("注销", False), ("吊销", False), ("吊销，未注销", False), ("迁出", False), ("撤销", False),
    ("", None), ("未知", None)])
def test_status(status, operating):
    assert classify_status(status) is operating


def test_post_status():
    assert classify_post("在岗") is True
    assert classify_post("病假") is False and classify_post("调离") is False and classify_post("不在岗") is False
    assert classify_post("") is None


def test_header_synonyms():
    mapping = hdr.suggest_mapping("enterprise", ["序号", "市场主体名称", "统一社会信用代码（注册号）", "辖区",
                                                 "经营状态", "负责人", "经营场所", "电话", "证书编号", "许可产品"])
    assert mapping == {"name": "市场主体名称", "key": "统一社会信用代码（注册号）", "district": "辖区",
                       "status": "经营状态", "legal_rep": "负责人", "address": "经营场所", "phone": "电话",
                       "licence_no": "证书编号", "product": "许可产品"}
    mapping = hdr.suggest_mapping("enterprise", ["单位名称", "信用代码", "登记机关", "状态"])
    assert mapping["authority"] == "登记机关" and mapping["key"] == "信用代码"
    assert hdr.suggest_mapping("enterprise", ["企业名称\n", "* 统一社会信用代码"])["key"] == "* 统一社会信用代码"
    assert hdr.column_index(["x", "企业名称", "统一社会信用代码"], {"key": " 统一社会信用代码*"}) == {"key": 2}
