"""The grammar stage: report text → the typed syntax tree (:mod:`.ast`).

The Lark grammar (``grammars/report.lark``) reads the report's lines — headings, prose, table
rows — after the text stage of :mod:`govlint.layout` has repaired them, and :mod:`.parser`'s
transformer builds the immutable tree; the block stage of layout then rebuilds the tables.

(The parser is imported when first asked for: the layout builds the tree's records from
:mod:`.ast`, and the parser calls the layout.)
"""
_PARSER_NAMES = ("ParseError", "normalise", "parse", "prepare")


def __getattr__(name):
    if name in _PARSER_NAMES:
        from . import parser
        return getattr(parser, name)
    raise AttributeError(name)
