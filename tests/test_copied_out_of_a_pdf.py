"""Text copied out of a PDF viewer (or saved as text by it) whose report was typed in Word with
tabs: each printed line is a line, its cells apart by one space, and the rows wider than the
page went on on the next line — the last numbers ("…予以公开 4 1 0 0 0 0" / "5"), the rest of a
label ("…行政机关不再处理其政府信" / "息公开申请 0 0 …"), or all the numbers under a label that filled
the line. They gave C203 (行只有6个数字, 7个单元格没有填写), V502 (the label's first part taken
for a misspelt label) and C202 (its row missing).

The report is invented: tests/fixtures/tabs_2024.txt with its tabs as spaces and a few rows
broken where LibreOffice's PDF of the Word document broke them (14 pt)."""
from pathlib import Path

import pytest

from govlint.binder import bind
from govlint.syntax import parse

from copies import found as _found

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
BROKEN = [
    ("三、本年度办理结果 （一）予以公开 4 1 0 0 0 0 5", "三、本年度办理结果 （一）予以公开 4 1 0 0 0 0\n5"),
    ("（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3", "（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0\n0 3"),
    ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0",
     "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信\n息公开申请 0"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n0"),
]


def copied(text):
    text = "\n".join(" ".join(c for c in line.split("\t") if c) for line in text.split("\n"))
    for old, new in BROKEN:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text



def test_rows_broken_at_the_line_end_are_whole_again():
    t3 = bind(parse(copied(CLEAN))).tables["表三"]
    assert [str(t3.rows["open"].cells[c].value) for c in ("natural", "business", "total")] == ["4", "1", "5"]
    assert all(r.cells["total"].state == "value" for r in t3.rows.values())
    assert _found(copied(CLEAN)) == []


def test_rows_broken_at_the_line_end_keep_their_checks():
    """The last number, alone on its line, is wrong: the row's sum says so at that number."""
    text = copied(CLEAN)
    assert text.count("\n5\n") == 1
    text = text.replace("\n5\n", "\n6\n")
    line = text[:text.index("\n6\n") + 1].count("\n") + 1
    found = _found(text)
    total = text[:text.index("（七）总计 10 2 0 1 0 0 13")].count("\n") + 1
    assert [f[:3] for f in found] == [("A303", line, 1), ("A302", total, len("（七）总计 10 2 0 1 0 0 ") + 1)]
    assert found[0][3].startswith("表三“（一）予以公开”行勾稽关系不成立：总计 = 6，而 自然人(4) + 商业企业(1)")


def test_a_head_word_broken_at_the_line_end_does_not_drop_its_column():
    """"其" / "他": the head names six columns only; a row of six numbers whose seventh is on the
    next line is still a row of seven (the six are not fitted to the six columns named)."""
    text = copied(CLEAN)
    for old, new in [("法律服务机构 其他\n", "法律服务机构 其\n他\n"),
                     ("一、本年新收政府信息公开申请数量 10 2 0 1 0 0 13", "一、本年新收政府信息公开申请数量 10 2 0 1 0 0\n13")]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    row = bind(parse(text)).tables["表三"].rows["new"].cells
    assert [str(row[c].value) for c in ("natural", "other", "total")] == ["10", "0", "13"]
    assert _found(text) == []


def narrow_cells(text, width):
    """表三 copied out of a PDF whose label cells hold ``width`` characters a line: a label that
    does not fit is wrapped over as many lines as it needs, its row's numbers on the line below
    it; a group's label (（三）不予公开) wrapped in its own narrow column, above its first sub-item."""
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    end = next(i for i, l in enumerate(lines) if l.startswith("四、结转下年度"))
    out = lines[:start]
    for line in lines[start:end + 1]:
        cells = [c for c in line.split("\t") if c]
        numbers = [c for c in cells if c.isdigit()]
        words = [c for c in cells if not c.isdigit()]
        if len(words) == 2:
            group = words.pop(0)
            out.extend(group[k:k + 4] for k in range(0, len(group), 4))
        label = words[0]
        if len(label) <= width:
            out.append(label + " " + " ".join(numbers))
        else:
            out.extend(label[k:k + width] for k in range(0, len(label), width))
            out.append(" ".join(numbers))
    return "\n".join(out + lines[end + 1:])


@pytest.mark.parametrize("width", [8, 10, 12, 14])
def test_labels_wrapped_over_three_lines_or_more_are_one_label(width):
    """"1、申请人无正当理由逾期不补" / "正、行政机关不再处理其政府信" / "息公开申请" / "0 0 0 0 0 0 0":
    two pieces were joined, three or more were not — the row was missing (C202) and a piece
    taken for a misspelt label (V502)."""
    text = narrow_cells(CLEAN, width)
    assert "\n".join(["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"[k:k + width]
                      for k in range(0, 37, width)]) in text
    assert _found(text) == []
    t3 = bind(parse(text)).tables["表三"]
    assert all(r.cells["total"].state == "value" for r in t3.rows.values())
    assert str(t3.rows["partial"].cells["total"].value) == "1"


def test_a_wrong_number_under_a_label_wrapped_over_lines_is_found_there():
    text = narrow_cells(CLEAN, 8)
    text = text.replace("其政府信息公开申\n请\n0 0 0 0 0 0 0", "其政府信息公开申\n请\n0 0 0 0 0 0 2", 1)
    found = _found(text)
    line = text[:text.index("0 0 0 0 0 0 2")].count("\n") + 1
    assert [f[:3] for f in found][:1] == [("A303", line, 13)]


def numbers_centred(text, width):
    """表三 copied out of a PDF viewer that writes a table's text line by line as it stands on
    the page: a row's numbers are centred in its height, so a label wrapped over two lines has
    its numbers between its pieces, one wrapped over three has them beside its middle piece; a
    group's label, in its own narrow column, comes a piece a line beside and among its
    sub-items."""
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    end = next(i for i, l in enumerate(lines) if l.startswith("四、结转下年度"))
    out = lines[:start]
    group = []  # the pieces of the group's label still to write, one before each row
    for line in lines[start:end + 1]:
        cells = [c for c in line.split("\t") if c]
        numbers = " ".join(c for c in cells if c.isdigit())
        words = [c for c in cells if not c.isdigit()]
        if len(words) == 2:
            g = words.pop(0)
            if g.startswith("三、"):  # (in a column of its own down the whole group: a character a line)
                out.append("三、")
                group = list(g[2:])
            else:
                group = [g[k:k + 4] for k in range(0, len(g), 4)]
        label = words[0]
        wide = width * 2 if label.startswith(("一、", "二、", "四、", "（七）")) else width  # (two columns wide)
        pieces = [label[k:k + wide] for k in range(0, len(label), wide)]
        lead = group.pop(0) + " " if group else ""
        if len(pieces) == 1:
            out.append(lead + pieces[0] + " " + numbers)
        elif len(pieces) == 2:
            out.extend([lead + pieces[0], numbers, pieces[1]])
        else:
            mid = len(pieces) // 2
            out.extend([lead + pieces[0], *pieces[1:mid], pieces[mid] + " " + numbers, *pieces[mid + 1:]])
        out.extend(group[:1])  # (a piece of the group's label between two rows)
        group = group[1:]
    return "\n".join(out + lines[end + 1:])


@pytest.mark.parametrize("width", [8, 10, 13, 16])
def test_labels_written_around_their_numbers_are_whole_again(width):
    """"（二）部分公开（区分处理的，只计这一情" / "1 0 0 0 0 0 1" / "形，不计其他情形）", and "（三）不
    1.属于国家秘密 0 …" / "予公开": the pieces below the numbers were rows of their own — V502
    (“形，不计其他情形）”, “予公开”), C202 and rows bound by a guess."""
    text = numbers_centred(CLEAN, width)
    assert "\n1 0 0 0 0 0 1\n" in text or " 1 0 0 0 0 0 1\n" in text
    assert _found(text) == []
    typed, copied = bind(parse(CLEAN)).tables["表三"], bind(parse(text)).tables["表三"]
    assert {k: {c: str(v.value) for c, v in r.cells.items()} for k, r in copied.rows.items()} == \
        {k: {c: str(v.value) for c, v in r.cells.items()} for k, r in typed.rows.items()}


def test_a_wrong_number_between_the_pieces_of_its_label_is_found():
    """"2.其他法律行政法规" / "1 0 0 0 0 0 0" / "禁止公开": the row's sum fails at its numbers' line."""
    text = numbers_centred(CLEAN, 10)
    assert text.count("2.其他法律行政法规\n0 0 0 0 0 0 0\n禁止公开\n") == 1
    text = text.replace("2.其他法律行政法规\n0 0 0 0 0 0 0\n", "2.其他法律行政法规\n1 0 0 0 0 0 0\n", 1)
    found = _found(text)
    line = text[:text.index("\n1 0 0 0 0 0 0\n禁止公开")].count("\n") + 2
    assert (found[0][0], found[0][1]) == ("A303", line)
    assert found[0][3].startswith("表三“2.其他法律行政法规禁止公开”行勾稽关系不成立：总计 = 0，而 自然人(1)")
