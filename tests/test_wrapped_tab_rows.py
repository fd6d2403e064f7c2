"""Tables typed with tabs in Word (no Word table) whose rows are wider than the page: printed to
PDF, a row that reaches the right margin goes on on the next line, from the left margin or its
first tab stop (LibreOffice's PDF of tests/fixtures/tabs_2024.txt as Word paragraphs, 11 pt:
"（一）予以公开 4 1 0 0 0 0" / "5"). The tail was read as a line of its own: false C202 (the row
the label's rest belonged to missing) and C203 (the rows short of numbers).

The lines here are made by hand with the geometry LibreOffice gives (left margin 90, right 519,
tab stops every 36 pt); tests/harness renders whole reports so (docx style ``typed-with-tabs``)."""
import govlint.syntax  # noqa: F401  (the layout package must not be the first govlint package imported)
from govlint.layout import documents as D
from govlint.layout import vocabulary
from govlint.readers import Box, Run, TextBlock

SIZE = 11.0
LEFT, RIGHT = 90.1, 519.1


def tab_line(pieces, top, page=1):
    """A PDF line from its runs [(text, x0)]: CJK one size wide a character, digits half."""
    runs = tuple(Run(t, x0, x0 + sum(SIZE / 2 if c.isdigit() else SIZE for c in t)) for t, x0 in pieces)
    return TextBlock(" ".join(t for t, _ in pieces), page=page, runs=runs,
                     box=Box(runs[0].x0, runs[-1].x1, top, SIZE, LEFT, RIGHT))


def numbers(values, x0=306.1, step=36):
    return [(v, x0 + step * i) for i, v in enumerate(values)]


def wrapped(*lines):
    got = D._items(lines)
    D.row_wrapped_at_the_right_margin(got, vocabulary())
    return [g.text for g in got if g.text]


WHOLE = tab_line([("一、本年新收政府信息公开申请数量", LEFT)] + numbers("10 2 0 1 0 0 13".split(), 270.1), 80)


def test_a_row_wrapped_over_three_lines_is_one_row():
    """With custom tab stops: the label's rest and six numbers, then the seventh under them."""
    got = wrapped(WHOLE,
                  tab_line([("（六）其他处理", LEFT), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府", 226.1)], 100),
                  tab_line([("信息公开申请", LEFT)] + numbers("0 0 0 0 0 0".split(), 203.5, 62.4), 115),
                  tab_line([("0", 203.5)], 130))
    assert got[1:] == ["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0"]


def test_the_last_numbers_of_a_row_on_the_next_line_join_it():
    got = wrapped(WHOLE,
                  tab_line([("三、本年度办理结果", LEFT), ("（一）予以公开", 198.1)] + numbers("4 1 0 0 0 0".split()), 100),
                  tab_line([("5", 126.1)], 115),
                  tab_line([("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", LEFT)]
                           + numbers("1 0 0".split(), 414.1), 130),
                  tab_line(numbers("0 0 0 1".split(), 126.1), 145))
    assert got[1:] == ["三、本年度办理结果 （一）予以公开 4 1 0 0 0 0 5",
                       "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1"]


def test_numbers_after_a_label_that_filled_the_line_join_it():
    """The label reached the margin with a number glued to it, or with none: the numbers on the
    next line are its."""
    got = wrapped(WHOLE,
                  tab_line([("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0", LEFT)], 100),
                  tab_line(numbers("0 0 0 0 0 0".split(), 126.1), 115))
    assert got[1] == "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0 0 0 0 0 0 0"


def test_the_rest_of_a_label_on_the_next_line_joins_it():
    got = wrapped(WHOLE,
                  tab_line([("（六）其他处理", LEFT), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公", 198.1)], 100),
                  tab_line([("开申请0", LEFT)] + numbers("0 0 0 0 0 0".split(), 162.1), 115))
    assert got[1] == "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0 0 0 0 0 0 0"


def test_the_last_words_of_a_head_on_the_next_line_join_it():
    got = wrapped(tab_line([("商业企业", 162.1), ("科研机构", 234.1), ("社会公益组织", 306.1), ("法律服务机构", 414.1)], 80),
                  tab_line([("其他", 126.1)], 95), WHOLE)
    assert got[0] == "商业企业 科研机构 社会公益组织 法律服务机构 其他"


def test_lines_that_are_no_wrapped_tail_stay_their_own():
    # the row stops short of the margin
    short = tab_line([("规章", LEFT)] + numbers("0 0 0".split(), 198.1), 100)
    assert len(wrapped(WHOLE, short, tab_line([("5", 126.1)], 115))) == 3
    # numbers under the row's first number (custom tab stops put the tail there too) join only
    # when no more numbers together than a row holds: else a table drawn without borders
    row = tab_line([("（一）予以公开", LEFT)] + numbers("4 1 0 0 0 0".split()), 100)
    assert len(wrapped(WHOLE, row, tab_line(numbers("5".split(), 306.1), 115))) == 2
    row = tab_line([("（一）予以公开", LEFT)] + numbers("4 1 0 0 0 0".split()), 100)
    assert len(wrapped(WHOLE, row, tab_line(numbers("0 5".split(), 306.1), 115))) == 3
    # numbers right of the row's first number: another row's, not a wrap
    assert len(wrapped(WHOLE, row, tab_line([("5", 486.1)], 115))) == 3
    # the next line's words make no label with the row's last piece
    label = tab_line([("（六）其他处理", LEFT), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公", 198.1)], 100)
    assert len(wrapped(WHOLE, label, tab_line([("本年度", LEFT)], 115))) == 3
    # a head whose next line repeats its words is another head row
    head = tab_line([("结果维持", LEFT), ("结果纠正", 162.1), ("其他结果", 234.1), ("尚未审结", 306.1), ("总计", 378.1),
                     ("未经复议直接起诉", 414.1)], 80)
    assert len(wrapped(head, tab_line([("结果维持", 126.1), ("结果纠正", 198.1)], 95))) == 2
