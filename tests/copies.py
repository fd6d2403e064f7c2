"""What the tests of text copied out of a PDF compare: the findings (code, line, column, message)
and 表三's bound cells (state and value), so that a copy is read as its typed report is."""
from govlint.binder import bind
from govlint.syntax import parse
from govlint.testing import lint


def found(text):
    return [(d.code, d.span.line, d.span.column, d.message) for d in lint(text).diagnostics]


def table_three(text):
    t3 = bind(parse(text)).tables["表三"]
    return {(k, c): (cell.state, str(cell.value)) for k, row in t3.rows.items() for c, cell in row.cells.items()}
