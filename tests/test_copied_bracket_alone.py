"""Text copied out of a PDF by PDFium from a Word table with a narrow label column that broke
"（七）总计" after its opening bracket: "（" on a line of its own, then "七）总计 10" and the row's
numbers. The label was read as "七）总计", a misspelt 总计 (a false V502 表三行名“七）总计”应为“总计”,
on 7 PDFium copies of the harness's PDFs). The line break after a lone opening bracket, before the
rest of an enumerator, is a space: "（ 七）总计" is the enumerator and the label.

The report is invented: tests/fixtures/cells_2024.txt (a cell a line), 表三's results flattened."""
from copies import found as _found, table_three as _cells
from govlint.layout import prepare, vocabulary
from test_copied_a_cell_a_line import CELLS, narrow

TOTAL = "\n（七）总计\n10\n"


def test_a_bracket_alone_before_its_enumerator_is_joined():
    flat = narrow(CELLS, 100)
    assert flat.count(TOTAL) == 1
    text = flat.replace(TOTAL, "\n（\n七）总计 10\n")
    assert _found(flat) == []
    assert _found(text) == []
    assert _cells(text) == _cells(CELLS)
    prepared = prepare(text, vocabulary())
    assert "\n（ 七）总计 10\n" in prepared.text and "bracket-alone" in prepared.repairs
    assert len(prepared.text) == len(text)  # (offsets kept)


def test_the_row_keeps_its_checks():
    """（七）总计's first number made wrong (11 for 10): A302 names （七）总计, on that line."""
    text = narrow(CELLS, 100).replace(TOTAL, "\n（\n七）总计 11\n")
    found = _found(text)
    line = text.split("\n").index("七）总计 11") + 1
    assert [f[0] for f in found] == ["A301", "A302", "A303"]  # (自然人's column both ways, and the row)
    assert found[1][1:3] == (line, len("七）总计 ") + 1)  # (the file's own line and column)
    assert found[1][3].startswith("表三“自然人”列勾稽关系不成立：（七）总计 = 11，而 21项之和")
    assert found[2][3].startswith("表三“（七）总计”行勾稽关系不成立：总计 = 13，而 自然人(11)")


def test_a_bracket_alone_before_words_is_left():
    """"（" alone before a line that opens with no enumerator's rest is no enumerator's: left."""
    text = "示例\n（\n注：本表\n"
    assert prepare(text, vocabulary()).text == text
