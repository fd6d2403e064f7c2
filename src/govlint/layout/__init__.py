"""Layout: what renderers and copies did to a report's lines and tables, undone in one place.

Every heuristic that rebuilds structure lives in this package, once, and is tested under the
name of the layout it handles:

- :mod:`.documents` — the document stage, first: a reader's blocks (paragraphs, lines of a
  page with their boxes, tables with merged cells) → the lines the grammar reads; rows of a
  table drawn without borders, heads broken over lines, cells cut by a page break, wrapped prose;
- :mod:`.lines` — the text stage, before the grammar: separator lines between cells, a whole
  report flattened onto one line;
- :mod:`.blocks` — the block stage, on the grammar's paragraphs and tables: cells one per
  line, rows copied out of a PDF as space-separated text, header cells broken over lines,
  labels a narrow column wrapped into two pieces;
- :mod:`.cells` — what a cell holds (a number, a placeholder, a blank, a label);
- :mod:`.vocabulary` — the formats' words that decide whether two pieces make one label.
"""
from .blocks import arrange, split_spaced  # noqa: F401
from .documents import render  # noqa: F401
from .cells import PLACEHOLDERS, make_cell, parse_number  # noqa: F401
from .lines import Prepared, prepare  # noqa: F401
from .vocabulary import Vocabulary, vocabulary  # noqa: F401
