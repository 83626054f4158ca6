"""Cell normalisation: codes and their check characters, dates, statuses, header recognition."""
import datetime as dt

import pytest

from app.registers import headers as hdr
from app.registers.normalize import (
    classify_key,
    classify_post,
    classify_status,
    clean_code,
    clean_text,
    parse_date,
    reg_no_check_digit,
    reg_no_valid,
    uscc_check_char,
    uscc_valid,
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


def test_column_check_of_codes_agrees_with_the_one_code_check():
    """uscc_valid_many (a column at a time, for 100,000-row registers) says what classify_key says of each code."""
    import random

    from app.registers.normalize import USCC_ALPHABET, uscc_valid_many
    rng = random.Random(7)
    codes = []
    for n in range(3000):
        first17 = "".join(rng.choice(USCC_ALPHABET) for _ in range(17))
        code = first17 + uscc_check_char(first17)
        variant = n % 12
        if variant == 1:
            code = code[:17] + rng.choice(USCC_ALPHABET.replace(code[17], ""))   # wrong check character
        elif variant == 2:
            code = code[:4] + rng.choice("IOSVZ") + code[5:]                      # outside the alphabet
        elif variant == 3:
            code = code[:16]
        elif variant == 4:
            code = code.lower()
        elif variant == 5:
            code = code[:3] + "甲" + code[4:]                                      # not ASCII
        elif variant == 6:
            code = reg_no_check_digit("37020220000001").join(["37020220000001", ""])
        elif variant == 7:
            code = ""
        codes.append(code)
    expected = [classify_key(c)[0] == "uscc" for c in codes]
    assert uscc_valid_many(codes) == expected
    assert 0 < sum(expected) < len(codes)
    valid_only = [c for c, ok in zip(codes, expected) if ok]
    assert uscc_valid_many(valid_only) == [True] * len(valid_only)
    assert uscc_valid_many([]) == [] and uscc_valid_many([VALID[:17] + "0"]) == [False]
