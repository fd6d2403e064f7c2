"""A PDF converted to Markdown by docling: each table written on its grid, a merged cell's text in
every position it covers. 表二's (五) block reads "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 |
本年处理决定数量 |" over "| 行政许可 | 120 | 120 | 120 |": one figure written three times, which
read as three numbers for one column (C200 on each row of (五), (六) and (八)). The copies are
read once (the layout "span-copies"); the layout's cells and findings against the tab layout's are
tested with every other layout in tests/test_layout.py ("merged-cells-copied"). Here: what is not
a copy stays.

The report is invented: tests/fixtures/tabs_2024.txt, written as docling writes (tests/layouts.py)."""
import sys
from pathlib import Path

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from layouts import merged_cells_copied  # noqa: E402

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
MD = merged_cells_copied(CLEAN)
PERMIT = "| 行政许可 | 120 | 120 | 120 |"


def found(text):
    return [(d.code, d.message) for d in lint(text).diagnostics]


def test_the_copies_become_spaces_and_the_offsets_stay():
    assert MD.count(PERMIT) == 1
    prepared = prepare(MD, vocabulary())
    assert "span-copies" in prepared.repairs
    assert len(prepared.text) == len(MD)
    line = prepared.text.split("\n")[MD.split("\n").index(PERMIT)]
    assert line.split() == ["|", "行政许可", "|", "120", "|"]
    assert found(MD) == []


def test_figures_that_differ_under_a_copied_head_are_cells_of_their_own():
    got = found(MD.replace(PERMIT, "| 行政许可 | 120 | 0 | 5 |"))
    assert got == [("C200", "表二“行政许可”行有3个数字（120 0 5），应有1个：无法确定各数字对应的列；"
                            "该行不参与完整性和勾稽关系检查")]


def test_a_figure_copied_where_the_head_is_no_copy_stays():
    """Under "本年制发件数 | 本年废止件数 | 现行有效件数" three equal figures are three cells."""
    row = "| 行政规范性文件 | 3 | 1 | 12 |"
    assert MD.count(row) == 1
    assert found(MD.replace(row, "| 行政规范性文件 | 3 | 3 | 3 |")) == []
    bound = prepare(MD.replace(row, "| 行政规范性文件 | 3 | 3 | 3 |"), vocabulary()).text
    assert "| 行政规范性文件 | 3 | 3 | 3 |" in bound


def test_a_word_for_zero_in_each_cell_is_no_copy():
    """"无" written in each of a row's cells says 0 in each (one ideograph: no merged cell's words)."""
    row = "| 规章 | 0 | 0 | 0 |"
    assert MD.count(row) == 1
    text = MD.replace(row, "| 规章 | 无 | 无 | 无 |")
    assert "| 规章 | 无 | 无 | 无 |" in prepare(text, vocabulary()).text
    tabs = CLEAN.replace("规章\t0\t0\t0", "规章\t无\t无\t无")
    assert found(text) == found(tabs)


def test_two_head_cells_cut_to_one_start_in_a_table_with_no_other_copies_are_two_columns():
    """A page's pipe table whose two head cells were cut to the same start ("| 信息内容 | 本年新 |
    本年新 | 对外公开总数量 |", real49e): no converter's copies (no other row has any), so the
    zeros under them are two cells, not one figure copied (a false C203 "只有2个单元格")."""
    trial = (Path(__file__).parent / "fixtures" / "tabs_2020_trial.txt").read_text("utf-8")
    text = "\n".join("| " + " | ".join(line.split("\t")) + " |" if "\t" in line else line for line in trial.split("\n"))
    text = text.replace("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 信息内容 | 本年新 | 本年新 | 对外公开总数量 |")
    text = text.replace("| 规范性文件 | 2 | 2 | 15 |", "| 规范性文件 | 0 | 0 | 0 |")
    assert "| 本年新 | 本年新 |" in text and "| 规章 | 0 | 0 | 0 |" in text
    assert "span-copies" not in prepare(text, vocabulary()).repairs
    assert [d.code for d in lint(text).diagnostics if d.code in ("C203", "C200")] == []


def _tabbed(markdown: str) -> str:
    """The same tables as a python-docx script dumps a Word file's: each row's ``cells`` (a merged
    cell once for each column it covers) joined with tabs, one row a line."""
    out = []
    for line in markdown.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            if not s.strip("|-: "):
                continue  # (no rule under a head row)
            line = "\t".join(c.strip() for c in s[1:-1].split("|"))
        out.append(line)
    return "\n".join(out)


def test_a_python_docx_dump_of_merged_cells_reads_each_copy_once():
    """"信息内容\t本年处理决定数量\t本年处理决定数量\t本年处理决定数量" over "行政许可\t120\t120\t120" (voices53i:
    C200 on every row of 表二's (五), (六) and (八) in six of seven dumps)."""
    text = _tabbed(MD)
    assert "行政许可\t120\t120\t120" in text and "|" not in text
    prepared = prepare(text, vocabulary())
    assert "span-copies" in prepared.repairs and len(prepared.text) == len(text)
    assert found(text) == []
    got = found(text.replace("行政许可\t120\t120\t120", "行政许可\t120\t0\t5"))
    assert got == [("C200", "表二“行政许可”行有3个数字（120 0 5），应有1个：无法确定各数字对应的列；"
                            "该行不参与完整性和勾稽关系检查")]


def test_bold_marks_in_a_pipe_tables_head_are_no_words():
    """pandoc's pipe table of a Word table whose head is bold: "| **信息内容** | **本年处理决定数量** |"
    (voices53i: V502 表二列名“**本年处理决定数量**”). The marks are taken out; the findings are the plain copy's."""
    bold = MD.replace("| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |",
                      "| **信息内容** | **本年处理决定数量** | **本年处理决定数量** | **本年处理决定数量** |")
    assert bold != MD
    assert "markdown-bold" in prepare(bold, vocabulary()).repairs
    assert found(bold) == []


def test_bold_figures_in_pipe_rows_without_their_outer_bars_are_figures():
    """A pipe table written without its outer bars (GitHub's Markdown allows it), its totals bold:
    "一、本年新收… | 10 | … | **13**" (voices56h: a C204 per row, "“**11**”不是数字"). The marks are no words."""
    bare = CLEAN.replace("\t", " | ")
    bold = bare.replace("| 0 | 0 | 13\n", "| 0 | 0 | **13**\n")
    assert bold.count("**13**") == 2 and "\n| " not in bold
    assert "markdown-bold" in prepare(bold, vocabulary()).repairs
    assert found(bold) == found(bare) == []
