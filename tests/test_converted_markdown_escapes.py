"""A Word file converted to Markdown by mammoth (or pandoc) escapes Markdown's punctuation with a
backslash: 表三's items read "1\\.属于国家秘密", a dash "\\-". Read as written, every item of 表三 was a
typo of its label (V502 ×18) and a row or two went missing (C202). The backslash of such an
escape is no part of the text ("markdown-escapes"); the layout as a whole is tested with the others
in tests/test_layout.py ("escaped-cells-a-paragraph"). Here: what stays, and where a finding stands.

The report is invented: tests/fixtures/tabs_2024.txt."""
import sys
from pathlib import Path

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from layouts import escaped_cells_a_paragraph  # noqa: E402

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def test_the_escapes_backslashes_are_taken_out_and_recorded():
    text = "（三）不予公开\n\n1\\.属于国家秘密\n\n\\-\n"
    prepared = prepare(text, vocabulary())
    assert prepared.text == "（三）不予公开\n\n1.属于国家秘密\n\n-\n"
    assert "markdown-escapes" in prepared.repairs
    assert [text[prepared.original_offset(i)] for i in range(len(prepared.text))] == list(prepared.text)


def test_a_backslash_that_escapes_nothing_stays():
    """A cell that says "\\" (a mark for none), before a bar or a space; two backslashes."""
    for text in ("规章|\\|\\|\\|\n", "规章 | \\ | \\ | \\ |\n", "路径a\\\\.b\n", "见附件\\说明\n"):
        assert prepare(text, vocabulary()).text == text


def test_a_typo_in_an_escaped_label_is_said_at_the_label_in_the_file():
    bad = CLEAN.replace("4.保护第三方合法权益", "4.保护第三方合法权利")
    text = escaped_cells_a_paragraph(bad)
    got = [(d.code, d.message, d.span) for d in lint(text).diagnostics]
    assert [(c, m) for c, m, _ in got] == [("V502", "表三行名“4.保护第三方合法权利”应为“4.保护第三方合法权益”")]
    span = got[0][2]
    assert text.split("\n")[span.line - 1][span.column - 1:span.end_column - 1] == "4\\.保护第三方合法权利"
