"""A PDF converted to Markdown by MinerU: the paragraphs as Markdown, each table one line of HTML
(``<table><tr><td rowspan="3">三、本年度办理结果</td>…</table>``), a table drawn as a picture a
Markdown picture (``![](images/3f9a….jpg)``). Read as plain text, the tables were tags and words on
one line each, and the report had none: three false C201 "缺少表…" on a complete report. The text
reader now reads each such table as a web page's table is (its merged cells with their spans),
every other line as a paragraph; a Markdown picture on a line of its own is the picture mark, so
a table published as a picture is unreadable (C200), not missing.

The report is invented: tests/fixtures/tabs_2024.txt, written as MinerU writes (tests/layouts.py)."""
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
from harness.word21 import lint  # noqa: E402
from layouts import tables_as_html  # noqa: E402

pytest.importorskip("lxml")

CLEAN = (TESTS / "fixtures" / "tabs_2024.txt").read_text("utf-8")
#: a wrong total in 表三, a placeholder in 表二, no fee statement (three rule families)
DEFECTS = [("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14"),
           ("行政处罚\t35", "行政处罚\t/"), ("本年度未收取信息处理费。", "无。")]


def _defective(text: str) -> str:
    for old, new in DEFECTS:
        assert old in text
        text = text.replace(old, new)
    return text


def _write(tmp_path: Path, text: str, name: str = "report.md") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _findings(path: Path) -> list:
    return sorted(lint(path))


def test_a_clean_report_with_its_tables_as_html_is_clean(tmp_path):
    md = tables_as_html(CLEAN)
    assert md.count("<table>") == 3 and '<td rowspan="' in md
    assert lint(_write(tmp_path, md)) == []


def test_tables_as_html_give_the_tab_layouts_findings(tmp_path):
    expected = _findings(_write(tmp_path, _defective(CLEAN), "tabs.txt"))
    assert [code for code, _, _ in expected] == ["A301", "A302", "A303", "C203", "F401"]
    assert _findings(_write(tmp_path, tables_as_html(_defective(CLEAN)))) == expected


def test_the_tables_cells_are_bound_as_the_tab_layouts(tmp_path):
    from govlint.binder import bind
    from govlint.layout.documents import read
    from govlint.syntax import parse

    def cells(path):
        bound = bind(parse(read(str(path)).text))
        return {(t, r, c): (cell.state, cell.value) for t, table in bound.tables.items()
                for r, row in table.rows.items() for c, cell in row.cells.items()}

    tabs = cells(_write(tmp_path, CLEAN, "tabs.txt"))
    assert len(tabs) > 100
    assert cells(_write(tmp_path, tables_as_html(CLEAN))) == tabs


def test_pandocs_markdown_with_a_pipe_table_beside_html_ones_gives_the_tab_layouts_findings(tmp_path):
    """pandoc's GitHub Markdown of a Word file: 表二 a pipe table (its cells padded to line the
    bars up: no columns typed with spaces), 表三 and 表四 HTML. The file is read as blocks, and
    the pipe rows as a table's rows, its rule no row (before: 表二 and 表四 unreadable, C200)."""
    md = tables_as_html(CLEAN, pipes_where_no_row_spans=True)
    assert md.count("<table>") == 2 and "| 行政许可" in md and "|---" in md
    assert lint(_write(tmp_path, md)) == []
    expected = _findings(_write(tmp_path, _defective(CLEAN), "tabs.txt"))
    assert _findings(_write(tmp_path, tables_as_html(_defective(CLEAN), True))) == expected


def test_a_table_drawn_as_a_markdown_picture_is_unreadable_not_missing(tmp_path):
    md = tables_as_html(CLEAN).split("\n")
    k = next(i for i, line in enumerate(md) if line.startswith("<table>") and "勾稽关系" in line)
    md[k] = "![](images/3f9a1c0d2b7e4e8a9c1d5f6a7b8c9d0e.jpg)"
    found = lint(_write(tmp_path, "\n".join(md)))
    assert [(code, table) for code, table, _ in found] == [("C200", "表三")]
    assert "只有图片" in found[0][2]


@pytest.mark.parametrize("line", ["![示例镇2024年统计表](images/a.png)", "<img src=\"images/a.png\" alt=\"表\">",
                                  "  ![](https://example.gov.cn/pic?id=3)  "])
def test_a_line_holding_only_a_picture_is_the_picture_mark(line):
    from govlint.layout import prepare, vocabulary
    from govlint.lexicon.marks import IMAGE
    text = f"二、主动公开政府信息情况\n{line}\n三、收到和处理政府信息公开申请情况\n"
    prepared = prepare(text, vocabulary())
    assert len(prepared.text) == len(text)
    assert prepared.text.split("\n")[1].strip() == IMAGE


def test_a_picture_named_in_a_sentence_is_no_mark():
    from govlint.layout import prepare, vocabulary
    from govlint.lexicon.marks import IMAGE
    text = "详见下图![](images/a.png)，数据截至年底。\n"
    assert IMAGE not in prepare(text, vocabulary()).text


def test_a_table_tag_named_in_prose_leaves_the_text_as_it_is(tmp_path):
    """An opening tag with no end ("在网页中以<table>标签发布"), or an end tag alone: no table stands
    in the text, which is read as text (its lines where the file has them)."""
    from govlint.readers import read
    text = CLEAN.replace("（三）政府信息管理。", "（三）政府信息管理。统计表在网页中以<table>标签发布，</table>旧页面保留。")
    doc = read(_write(tmp_path, text))
    assert doc.text == text and not doc.own_blocks
    text = CLEAN.replace("（三）政府信息管理。", "（三）政府信息管理。统计表在网页中以<table>标签发布。")
    assert read(_write(tmp_path, text)).text == text


def test_the_findings_name_the_table_they_stand_in(tmp_path):
    """Lines are the rendered report's: a finding in a table names it ("表2", the second table of
    the file), as a web page's does, and the file's kind is "markdown", so that no output takes
    the lines for the file's (SARIF's region is the whole file)."""
    from govlint.checks.registry import load
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_file
    path = _write(tmp_path, tables_as_html(_defective(CLEAN)))
    result = lint_file(str(path), Settings.make(Config(), load(builtins_only=True)))
    origins = {d.code: d.origin for d in result.diagnostics}
    assert origins["C203"] == "表1" and origins["A301"] == "表2"
    assert result.kind == "markdown"
    import json
    from govlint.outputs import OutputContext
    from govlint.outputs.sarif import format_results
    doc = json.loads(format_results([result], OutputContext(), base=str(tmp_path)))
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"byteOffset": 0, "byteLength": path.stat().st_size}
