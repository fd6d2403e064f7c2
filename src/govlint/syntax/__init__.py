"""The grammar stage: report text → the typed syntax tree (:mod:`.ast`).

The Lark grammar (``grammars/report.lark``) reads the report's lines — headings, prose, table
rows — after the text stage of :mod:`govlint.layout` has repaired them, and :mod:`.parser`'s
transformer builds the immutable tree; the block stage of layout then rebuilds the tables.
"""
from .parser import ParseError, normalise, parse, prepare  # noqa: F401
