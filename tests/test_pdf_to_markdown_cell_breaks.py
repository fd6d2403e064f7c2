"""Reports converted from their PDF to Markdown (pymupdf4llm, markitdown): every table a pipe
table ("|规章|0|0|0|", no spaces), and where the PDF's narrow cell wrapped its words the converter
writes an HTML break inside the cell ("|商业企<br>业|", "|1.属于<br>国家秘<br>密|0|0|…"), and a
heading that opens with a numeral as a list's item ("- 一、总体情况") or, numbered "（三）", as a
Markdown heading ("## （三）收到和处理政府信息公开申请情况").

govlint read "<br>" as words of the cell: every wrapped column name a misspelt one (V502 "商业企<br>业"
应为"商业企业"), every wrapped row label no label (C202 "表三缺少15行"); and the bulleted heading as
no heading (S101 "缺少第一部分"). The break is the cell's line end and the bullet no words: the
report reads as its source, and a seeded defect in it is still found where the source's is.

The report is invented: tests/fixtures/tabs_2024.txt and tabs_2020_trial.txt, their tables as pymupdf4llm writes them."""
from pathlib import Path

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

FIXTURES = Path(__file__).parent / "fixtures"
TABS = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
TRIAL = (FIXTURES / "tabs_2020_trial.txt").read_text("utf-8")

#: words that a narrow PDF cell wrapped, as pymupdf4llm writes them
WRAPPED = (
    ("商业企业", "商业企<br>业"), ("科研机构", "科研机<br>构"), ("社会公益组织", "社会公<br>益组织"),
    ("法律服务机构", "法律服<br>务机构"), ("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公<br>开申请数量"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开<br>（区分处理的，只<br>计这一情形，不计<br>其他情形）"),
    ("1.属于国家秘密", "1.属于<br>国家秘<br>密"), ("2.重复申请", "2.重复<br/>申请"),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "1.申请<br>人无正当理由<br>逾期不补正、<br>行政机关不再<br>处理其政府信<br>息公开申请"),
    ("本年收费金额（单位：万元）", "本年收费金额（单<br />位：万元）"),
)


def as_pymupdf4llm(text: str, wrapped=WRAPPED, bullet="- ") -> str:
    """The report as pymupdf4llm converts its PDF: each table's row a pipe row with no spaces,
    wrapped cells broken by <br>, each section heading "一、…" a list item."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            line = "|" + "|".join(c.strip() for c in line.split("\t")) + "|"
            for whole, broken in wrapped:
                line = line.replace(whole, broken)
        elif line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            line = bullet + line
        out.append(line)
    return "\n".join(out)


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_pymupdf4llm_cells_broken_by_br_read_as_their_source():
    md = as_pymupdf4llm(TABS)
    assert md.count("<br") == 17 and md.count("\n- ") == 6
    assert found(TABS) == []
    assert found(md) == []


def test_pymupdf4llm_cells_broken_by_br_keep_a_seeded_defect():
    row = "（七）总计\t10\t2\t0\t1\t0\t0\t13"
    assert TABS.count(row) == 1
    bad = TABS.replace(row, row[:-2] + "14")
    want = found(bad)
    assert [c for c, _ in want] == ["A303", "A301", "A302"] or sorted(c for c, _ in want) == ["A301", "A302", "A303"]
    assert found(as_pymupdf4llm(bad)) == want


def test_br_outside_a_table_row_is_left():
    """A break tag in a line with no bar is no table's cell: the text stage leaves it."""
    text = "一、总体情况\n本年度<br>公开信息310条。\n|规章|0<br>|0|0|\n"
    prepared = prepare(text, vocabulary()).text
    assert "本年度<br>公开" in prepared
    assert "|规章|0    |0|0|" in prepared


def test_list_item_of_prose_keeps_its_bullet():
    """Only a line that is a section's heading and nothing more loses its bullet."""
    text = "- 一、总体情况\n- 一是公开内容的解读不够深入。\n## （三）收到和处理政府信息公开申请情况\n## 三、收到和处理政府信息公开申请情况\n"
    prepared = prepare(text, vocabulary()).text
    assert prepared.split("\n")[:4] == ["  一、总体情况", "- 一是公开内容的解读不够深入。",
                                        "   （三）收到和处理政府信息公开申请情况", "## 三、收到和处理政府信息公开申请情况"]


def test_trial_format_headings_as_markdown_headings():
    """The 2019 trial format with its sections numbered （一）…（六） (as townships number them), which
    pymupdf4llm writes as a list item ("- （一）总体情况") and Markdown headings ("## （三）…"):
    every section found, as in the source."""
    numerals = "一二三四五六"
    paren = "\n".join(f"（{line[0]}）{line[2:]}" if line[:1] in numerals and line[1:2] == "、" else line
                      for line in TRIAL.split("\n"))
    md = "\n".join(("- " if line.startswith("（一）") else "## ") + line
                    if line[:1] == "（" and line[1:2] in numerals and line[2:3] == "）" and line.endswith(("情况", "事项"))
                    else line for line in as_pymupdf4llm(paren, bullet="").split("\n"))
    assert md.count("\n## （") == 5 and md.count("\n- （一）总体情况") == 1
    assert found(paren) == found(TRIAL) == []
    assert found(md) == []


#: 表三's （六）1. row as pymupdf4llm writes it when the page breaks inside it: the row's first
#: lines and its numbers on one page, the rest of both labels on the next, after the page's
#: number and running title (printed on every page), in a row of their own with no numbers
CUT_ROW = ("|（六）<br>其他处|1.申请<br>人无正|0|0|0|0|0|0|0|\n\n\n— 3 —\n\n示例镇人民政府2024年政府信息公开工作年度报告\n\n"
           "|理|当理由<br>逾期不<br>补正、<br>行政机<br>关不再<br>处理其<br>政府信<br>息公开<br>申请||||||||\n"
           "|---|---|---|---|---|---|---|---|---|\n")


def cut_by_the_page(md: str, numbers: str = "0|0|0|0|0|0|0") -> str:
    lines = md.split("\n")
    at = [k for k, line in enumerate(lines) if line.startswith("|（六）其他处理|1.申请<br>")]
    assert len(at) == 1 and lines[at[0]].endswith(f"|{numbers}|")
    lines[at[0]] = CUT_ROW.rstrip("\n").replace("0|0|0|0|0|0|0", numbers, 1)
    md = "\n".join(lines)
    k = md.index("（三）政府信息管理")  # (the page before: its number and the running title too)
    return md[:k] + "\n— 2 —\n\n示例镇人民政府2024年政府信息公开工作年度报告\n\n" + md[k:]


def test_pymupdf4llm_row_cut_by_the_page_reads_as_its_source():
    """The rest of the labels, the breaks made spaces, is one text again: short enough to read as
    the labels' pieces, joined onto the row above (before: C203 "7个单元格没有填写数字" and V502
    "当理由    逾期不    …")."""
    md = cut_by_the_page(as_pymupdf4llm(TABS))
    assert found(md) == []


def test_pymupdf4llm_row_cut_by_the_page_keeps_a_seeded_defect():
    row = "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0"
    assert TABS.count(row) == 1
    bad = TABS.replace(row, row[:-1] + "1")
    want = found(bad)
    assert sorted(c for c, _ in want) == ["A302", "A303"]
    assert found(cut_by_the_page(as_pymupdf4llm(bad), "0|0|0|0|0|0|1")) == want
