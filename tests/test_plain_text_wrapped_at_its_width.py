"""A report copied as plain text at a fixed width (an e-mail, a text export, a copy out of a
viewer that wraps at about 24 characters), its table rows typed with spaces or full-width spaces:

- a long row label wrapped after (or before) an enumeration comma, its rest alone with the row's
  numbers on the next line ("（六）其他处理  1.申请人无正当理由逾期不补正、" / "行政机关不再处理其政府信息公开申请
  0 0 …"): the rest was joined only after an ideograph and before numbers apart with ASCII spaces
  or tabs, so the label's two pieces were two rows (a false C203 on a row that is there; with
  the real wording of the formats' longest labels, C202 and V502 too);
- a head row typed with full-width spaces, which such a copy does not break at, a column's name
  cut at the line's end ("信息内容　本年制发件数　本年废止件数　现行有效件" / "数", "…　法律服务机" / "构　其他"):
  the piece was read as a misspelt column name (a false V502 "列名“现行有效件”应为“现行有效件数”").

The report is invented: tests/fixtures/spaced_2024.txt (rows typed with two spaces), and the same
typed with full-width spaces."""
from pathlib import Path

from copies import found, table_three

SPACED = (Path(__file__).parent / "fixtures" / "spaced_2024.txt").read_text("utf-8")
FULL = SPACED.replace("  ", "\u3000")
ROW = "（六）其他处理  1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  0  0  0  0  0  0  0\n"


def _wrapped(text, old, new):
    assert text.count(old) == 1
    return text.replace(old, new)


def test_plain_text_a_label_wrapped_after_its_comma_is_one_label():
    text = _wrapped(SPACED, ROW, "（六）其他处理  1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请  0  0  0  0  0  0  0\n")
    assert found(SPACED) == []
    assert table_three(text) == table_three(SPACED)
    assert found(text) == []


def test_plain_text_a_label_wrapped_before_its_comma_is_one_label():
    text = _wrapped(SPACED, ROW, "（六）其他处理  1.申请人无正当理由逾期不补正\n、行政机关不再处理其政府信息公开申请  0  0  0  0  0  0  0\n")
    assert table_three(text) == table_three(SPACED)
    assert found(text) == []


def test_plain_text_full_width_spaces_a_label_wrapped_with_its_numbers_is_one_label():
    """The row typed with full-width spaces, cut at the width inside its numbers too."""
    text = _wrapped(FULL, ROW.replace("  ", "\u3000"),
                    "（六）其他处理\u30001.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请\u30000\u30000\u30000\u3000\n"
                    "0\u30000\u30000\u30000\n")
    assert found(FULL) == []
    assert table_three(text) == table_three(FULL)
    assert found(text) == []


def test_plain_text_a_label_wrapped_after_its_comma_is_checked():
    """The wrapped row's numbers are its own: a wrong total is found on it, at its line."""
    text = _wrapped(SPACED, ROW, "（六）其他处理  1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请  1  0  0  0  0  0  0\n")
    assert [(f[0], f[1], f[2]) for f in found(text)] == [("A303", 54, 38), ("A302", 57, 8)]
    assert found(text)[0][3] == (
        "表三“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”行勾稽关系不成立：总计 = 0，而 自然人(1) + "
        "商业企业(0) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(0) + 其他(0) = 1，相差 -1（应满足：总计 = 自然人 + "
        "商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）")


def test_plain_text_a_column_name_cut_at_the_width_is_whole():
    for old, new in (("社会公益组织\u3000法律服务机构\u3000其他", "社会公益组织\u3000法律服务机\n构\u3000其他"),
                     ("本年废止件数\u3000现行有效件数", "本年废止件数\u3000现行有效件\n数")):
        text = _wrapped(FULL, old, new)
        assert table_three(text) == table_three(FULL)
        assert found(text) == []


def test_plain_text_a_column_name_cut_at_the_width_its_table_is_checked():
    text = _wrapped(FULL, "本年废止件数\u3000现行有效件数", "本年废止件数\u3000现行有效件\n数")
    text = _wrapped(text, "行政规范性文件\u30003\u30001\u300012", "行政规范性文件\u30003\u30001\u30001")
    assert found(text) == [("A305", 18, 13, "表二“行政规范性文件”行：现行有效件数 1 小于 本年制发件数 3 − 本年废止件数 1 = 2")]


def test_plain_text_a_piece_that_completes_no_column_name_is_still_a_misspelling():
    """"法律服务机" over "务　其他": the two spell no name, the line break stays, and the cut name
    is said to be wrong (what the copy shows)."""
    text = _wrapped(FULL, "社会公益组织\u3000法律服务机构\u3000其他", "社会公益组织\u3000法律服务机\n务\u3000其他")
    assert found(text) == [("V502", 32, 18, "表三列名“法律服务机”应为“法律服务机构”")]
