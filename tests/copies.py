"""What the tests of a report in another form share: the findings (code, line, column, message)
and 表三's bound cells (state and value), so that a copy is read as its typed report is; a text
typed into Word a paragraph a line."""
from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint


def found(text):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]


def table_three(text):
    t3 = bind(parse(text)).tables["表三"]
    return {(k, c): (cell.state, str(cell.value)) for k, row in t3.rows.items() for c, cell in row.cells.items()}


def word_paragraphs(path, text):
    """``text`` as a Word document, one paragraph a line (its tables typed with tabs or spaces)."""
    import pytest
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(str(path))
    return path


def tables_rewritten(text, rewrite):
    """``text`` with each of its tables (a run of tab rows) replaced by ``rewrite(rows)``'s lines, a row
    a list of its cells: the same report with its tables laid out another way."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        if "\t" not in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        out += rewrite([r.split("\t") for r in lines[i:j]])
        i = j
    return "\n".join(out)
