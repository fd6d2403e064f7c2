"""Text → syntax tree: the Lark grammar in ``grammars/report.lark`` and its transformer.

:mod:`.lexer` classifies each line (a heading, a paragraph, a table row, the closing date …);
the LALR parser reads those tokens, one per line, by the grammar, and the rule callbacks below
(built into the parser, so no parse tree is made) turn them into the immutable
:mod:`govlint.syntax.ast` objects.

The parser comes with the package: :mod:`._report_parser` holds the LALR table Lark makes of the
grammar, as data (``python -m govlint.syntax.build`` writes it again after the grammar changes; a
test fails while it is stale), and :func:`parse_tokens` steps over it; neither Lark nor its
parser runtime is imported. It holds the grammar's hash; if that is not the hash of the grammar
installed beside it, Lark builds the parser from the grammar instead. Nothing is written at run
time.
"""
from __future__ import annotations

import gc
import os
import zlib
from functools import lru_cache
from itertools import chain
from typing import Any, Dict, List, Optional, Tuple

from ..records import Record
from .ast import BLANK, NUMBER, Block, Cell, Paragraph, Report, Row, Section, Span, Table, fast_constructor
from .lexer import DATE_LINE, SIGNATURE_LINE, Line, is_markdown_rule, runs, tokens
from ..layout import Vocabulary, arrange, vocabulary
from ..layout import prepare as prepare_lines
from ..layout.cells import make_cell, parse_number  # noqa: F401  (parse_number: re-exported)
from ..lexicon import closing as closing_words
from ..lexicon.annex import ANNEX_LINE, TABLE_CAPTION
from ..lexicon.enumerators import HEADING
from ..lexicon.numerals import chinese_int
from ..lexicon.pattern import lazy

_SPACE = " \t\u3000\xa0\r"

_span, _cell = fast_constructor(Span), fast_constructor(Cell)
_new_row, _new_paragraph = fast_constructor(Row), fast_constructor(Paragraph)


class ParseError(Exception):
    """The text could not be read as a report at all."""


#: spaces at a line's end (not tabs: a tab there opens an empty last cell)
_TRAILING = lazy(r"[ \u3000\xa0]+\n")


def normalise(text: str) -> str:
    """One text form for every source: no BOM, "\\n" line ends, no spaces at a line's end (a text
    extractor that pads every line to the page's width, "一、总体情况" and a hundred spaces, wrote no
    longer a heading), a final newline. Every character kept keeps its line and column."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if " \n" in text or "\u3000\n" in text or "\xa0\n" in text:
        text = _TRAILING.sub("\n", text)
    if not text.endswith("\n"):
        text += "\n"
    return text


def _line(kind: str):
    """The callback of a rule that reads one line (or a run of lines) as a paragraph of ``kind``
    (as paragraphs: a tuple)."""
    def callback(self, children):
        tok: Line = children[0]
        if type(tok.value) is tuple:
            return tuple(_paragraph(t.value, t.line, t.start_pos, kind) for t in tok.value)
        return _paragraph(tok.value, tok.line, tok.start_pos, kind)
    return callback


def _paragraph(line: str, line_no: int, line_start: int, kind: str) -> Paragraph:
    """The paragraph of a line: its visible text and the span of it (:func:`_text_span`'s, the
    line stripped once for both)."""
    text = line.strip(_SPACE)
    n = len(text)
    lead = len(line) - len(line.lstrip(_SPACE)) if n != len(line) else 0
    start = line_start + lead
    return _new_paragraph((text, _span((line_no, lead + 1, line_no, lead + n + 1, start, start + n)), kind))


def _lines(children):
    """The lines of row tokens, a run's lines each."""
    for tok in children:
        if type(tok.value) is tuple:
            yield from tok.value
        else:
            yield tok


class _ToAst:
    """The grammar's rules, each made into its node of the tree as the parser reduces it."""

    # -- lines ---------------------------------------------------------------------------
    paragraph = _line("text")
    subheading = _line("subheading")
    caption = _line("caption")
    signature = _line("signature")
    date = _line("date")

    def title(self, children):
        return tuple(_line("title")(self, [tok]) for tok in children)

    # -- tables --------------------------------------------------------------------------
    def header_rows(self, children):
        return tuple(map(_row, _lines(children)))

    def data_rows(self, children):
        return list(map(_row, _lines(children)))

    def table(self, children) -> Table:
        """[caption] [header rows (a tuple)] [data rows (a list)]"""
        caption = children.pop(0) if type(children[0]) is Paragraph else None
        header = children[0] if type(children[0]) is tuple else ()
        rows = [row for part in children for row in part]
        return Table(tuple(rows), rows[0].span.to(rows[-1].span), caption, len(header))

    # -- the report ----------------------------------------------------------------------
    def front(self, children):
        return _blocks(children)

    def section(self, children) -> Section:
        heading: Line = children[0]
        m = HEADING.match(heading.value)
        return Section(chinese_int(m.group(1)) or 0, m.group(2).strip(_SPACE), heading.value.strip(_SPACE),
                       _text_span(heading.value, heading.line, heading.start_pos), tuple(_blocks(children[1:])))

    def closing(self, children):
        return tuple(children)

    def start(self, children):
        """(front, sections, closing): the closing stays the last blocks of the last section
        (or of the front matter), where a reader of the report sees it."""
        front, sections = children[0], children[1:]
        closing = sections.pop() if sections and type(sections[-1]) is tuple else ()
        if closing and sections:
            sections[-1] = sections[-1]._replace(blocks=sections[-1].blocks + closing)
        elif closing:
            front = front + list(closing)
        return front, sections, closing


def _text_span(line: str, line_no: int, line_start: int) -> Span:
    """The span of a line's visible text (``line_start``: the line's offset)."""
    n = len(line.strip(_SPACE))
    lead = len(line) - len(line.lstrip(_SPACE)) if n != len(line) else 0
    return _span((line_no, lead + 1, line_no, lead + n + 1, line_start + lead, line_start + lead + n))


def _blocks(children) -> List[Block]:
    """A section's (or the front matter's) blocks: a table's caption stands before it, the
    title's lines (and a run's lines) are paragraphs."""
    out: List[Block] = []
    for b in children:
        if type(b) is tuple:  # the title's lines
            out.extend(b)
            continue
        if type(b) is Table and b.caption is not None:
            out.append(b.caption)
        out.append(b)
    return out


def _row(tok: Line) -> Row:
    """The row a token holds: a line of cells, or lines of one cell each (each with its "\\n")."""
    value = tok.value
    if value[-1] != "\n":
        return _row_of_line(value, tok.line, tok.start_pos)
    cells: List[Cell] = []
    append = cells.append
    lone = _LONE
    cell, span = _cell, _span
    line_no, pos = tok.line, tok.start_pos
    for line in value.split("\n")[:-1]:
        # the line's one tab-indented cell, as the line's memo has it (written out: this runs for
        # every cell of the layout)
        text, column, n, kind, number, width = lone.get(line) or _lone(line)
        if text is not None:  # (None: a Markdown rule among the cells, no cell)
            start = pos + column - 1
            append(cell((text, span((line_no, column, line_no, column + n, start, start + n)), kind, number)))
        pos += width
        line_no += 1
    return _new_row((tuple(cells), cells[0].span if len(cells) == 1 else cells[0].span.to(cells[-1].span)))


#: a cell's text as written (with the spaces around it) → (its stripped text, the spaces before
#: it, its length, its kind, its number, the columns it takes with the separator after it): most
#: cells ("0", " 12 ", a row label) recur in every report, and what a cell holds depends on its
#: text alone. Bounded: emptied when full.
_PARTS: Dict[str, Tuple[str, int, int, str, Any, int]] = {}
#: the same for a line of the one-cell-per-line layout ("\\t12", "  \\t（一）予以公开"), by the
#: whole line: (the cell's stripped text, its column, its length, its kind, its number, the line's
#: length with its "\\n"); the text None for a Markdown rule among the cells
_LONE: Dict[str, Tuple[Optional[str], int, int, Optional[str], Any, int]] = {}
_PARTS_MAX = 1024


def _part(part: str) -> Tuple[str, int, int, str, Any, int]:
    """What :data:`_PARTS` holds for ``part`` (made, and kept, when it is not there yet)."""
    text = part.strip(_SPACE)
    n = len(text)
    lead = 0 if n == len(part) else len(part) - len(part.lstrip(_SPACE))
    if not n:
        hit = ("", lead, 0, BLANK, None, len(part) + 1)
    else:
        cell = make_cell(text, None)
        hit = (text, lead, n, cell.kind, cell.value, len(part) + 1)
    if len(_PARTS) >= _PARTS_MAX:
        _PARTS.clear()
    _PARTS[part] = hit
    return hit


def _lone(line: str) -> Tuple[Optional[str], int, int, Optional[str], Any, int]:
    """What :data:`_LONE` holds for ``line`` (made, and kept, when it is not there yet)."""
    if "-" in line and is_markdown_rule(line):
        hit: tuple = (None, 0, 0, None, None, len(line) + 1)
    else:
        tab = line.find("\t")
        text, lead, n, kind, value, _ = _PARTS.get(line[tab + 1:]) or _part(line[tab + 1:])
        hit = (text, tab + 2 + lead, n, kind, value, len(line) + 1)
    if len(_LONE) >= _PARTS_MAX:
        _LONE.clear()
    _LONE[line] = hit
    return hit


def _row_of_line(line: str, line_no: int, pos: int) -> Row:
    """The row of a line of cells (split at tabs, or else at "|"); ``pos`` is the line's offset.
    The loop runs once per cell of every table, so it is kept tight: the blank and small-number
    cells, most of a table, are made without calling make_cell."""
    column = 1  # the column of the cell being read
    offset = pos - 1  # a column's offset in the text is column + offset
    cells: List[Cell] = []
    append = cells.append
    parts = _PARTS
    cell, span = _cell, _span
    cut = line
    if "\t" not in line and line.rstrip(_SPACE).endswith("|") and line.lstrip(_SPACE)[:1] != "|":
        cut = line.rstrip(_SPACE)[:-1]  # a closing bar ("规章 |", "行政许可 | 12 |"), no empty cell after it
    # (the list split() makes is the loop's alone: a line of millions of tabs must not stay held twice)
    for part in cut.split("\t" if "\t" in cut else "|"):
        text, lead, n, kind, value, width = parts.get(part) or _part(part)
        col = column + lead
        start = col + offset
        append(cell((text, span((line_no, col, line_no, col + n, start, start + n)), kind, value)))
        column += width
    return _new_row((tuple(cells), _text_span(line, line_no, pos)))


@lru_cache(maxsize=1)
def grammar_text() -> str:
    # the package's folder, not importlib.resources (which costs 5 ms of every start to import)
    import govlint.grammars as grammars

    for folder in grammars.__path__:
        path = os.path.join(folder, "report.lark")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return f.read()
    from importlib import resources  # pragma: no cover - a zipped install
    return resources.files("govlint.grammars").joinpath("report.lark").read_text("utf-8")


def grammar_hash() -> str:
    """What names the grammar the packaged table was made from."""
    return f"{zlib.crc32(grammar_text().encode('utf-8')):08x}"


#: the tokens come from :mod:`.lexer`, fed to the parser one by one: Lark's lexer is never run
OPTIONS = dict(parser="lalr", lexer="basic", propagate_positions=False, maybe_placeholders=False)
# the rule callbacks: a plain object (not a lark.Transformer) serves Lark and the packaged table
_TRANSFORMER = _ToAst()


def lark_parser(transformer: Any = _TRANSFORMER) -> Any:
    """Lark's own parser of the grammar, :func:`.lexer.tokens` its custom lexer (for the tests,
    and for a grammar edited without rebuilding :mod:`._report_parser`)."""
    from lark import Lark
    from lark.lexer import Lexer

    class LineLexer(Lexer):
        """The report's lines, classified (:mod:`.lexer`), as a Lark lexer."""

        def __init__(self, lexer_conf):
            pass

        def lex(self, text):
            return iter(runs(tokens(text)))

    return Lark(grammar_text(), transformer=transformer, **dict(OPTIONS, lexer=LineLexer))


class PackagedTable(Record):
    """The grammar's LALR table as :mod:`._report_parser` holds it, made ready for
    :func:`parse_tokens` (what :func:`_tables` makes of a Lark parser's)."""

    tables: tuple


class _Inline:
    """The node of a rule the grammar inlines (``_block``, the helper rules of ``x*`` and ``x+``):
    its children, which its parent's rule takes in place of it (Lark's ``Tree`` for such a rule)."""

    __slots__ = ("children",)

    def __init__(self, children: list):
        self.children = children


def _rule_callback(builder: Tuple[str, str], include: Optional[tuple]):
    """A rule's callback as Lark makes it: the transformer's method of the rule, or an inlined
    node; behind Lark's child filter when ``include`` names the children kept, as (index, whether
    the child is an inlined node whose children are taken instead)."""
    kind, name = builder
    build = getattr(_TRANSFORMER, name) if kind == "method" else _Inline
    if include is None:
        return build
    # the filters the grammar's rules use, written out (one runs at every row and line of a
    # run: ``x*`` and ``x+`` add each item to their inlined node's children), the same steps as
    # the loop below
    if include == ((0, True), (1, False)):  # (the list so far, one more item)
        def more(children):
            kept = children[0].children
            kept.append(children[1])
            return build(kept)
        return more
    if include == ((0, True),):
        return lambda children: build(children[0].children)
    if include == ((0, False), (1, True)):
        def first_then_list(children):
            kept = [children[0]]
            kept += children[1].children
            return build(kept)
        return first_then_list

    def filtered(children):
        kept: list = []
        for i, expand in include:
            if expand:
                if kept:
                    kept += children[i].children
                else:
                    kept = children[i].children
            else:
                kept.append(children[i])
        return build(kept)
    return filtered


def _packaged() -> Optional[PackagedTable]:
    """The table of the module made from this grammar, None when it is missing or stale."""
    try:
        from . import _report_parser as module
    except ImportError:  # pragma: no cover - a checkout without the generated module
        return None
    if module.GRAMMAR_HASH != grammar_hash():
        return None  # pragma: no cover - the grammar was edited and the module not rebuilt
    # (one tuple a rule for all its reductions; a shift is the module's own (True, state))
    reduce = [(False, size, _rule_callback(builder, include), name) for size, name, builder, include in module.RULES]
    table = {state: {symbol: action if action[0] else reduce[action[1]] for symbol, action in actions.items()}
             for state, actions in module.STATES.items()}
    return PackagedTable((None, module.START, module.END, table, {}))


@lru_cache(maxsize=1)
def _parser() -> Any:
    """The LALR parser of the grammar, the transformer's callbacks in it: the table that comes
    with the package (:mod:`._report_parser`), else Lark's own parser."""
    return _packaged() or lark_parser()


#: the parse table of a parser, as :func:`parse_tokens` reads it: (parser, start state, end
#: state, state → token type → action, terminal callbacks), for the one parser :func:`_parser` keeps
_TABLES: List[tuple] = []


def _tables(parser: Any) -> tuple:
    """``parser``'s LALR table made ready for :func:`parse_tokens`: each action a tuple,
    ``(True, state)`` for a shift, ``(False, size, callback, nonterminal)`` for a reduction by a
    rule of ``size`` symbols (Lark's own step looks the rule's callback up, hashing the rule
    object in Python, at every reduction)."""
    if type(parser) is PackagedTable:
        return parser.tables
    for hit in _TABLES:
        if hit[0] is parser:
            return hit
    import sys
    state = parser.parse_interactive().parser_state
    conf = state.parse_conf
    shift = getattr(sys.modules[type(state).__module__], "Shift")
    table: Dict[Any, Dict[str, tuple]] = {}
    for st, actions in conf.states.items():
        row = table[st] = {}
        for kind, (action, arg) in actions.items():
            if action is shift:
                row[kind] = (True, arg)
            else:
                row[kind] = (False, len(arg.expansion), conf.callbacks[arg], arg.origin.name)
    terminals = {k: v for k, v in conf.callbacks.items() if isinstance(k, str)}
    hit = (parser, conf.start_state, conf.end_state, table, terminals)
    _TABLES[:] = [hit]
    return hit


def parse_tokens(parser: Any, text: str):
    """(front, sections, closing) of prepared text: its lines' tokens, fed to ``parser``'s LALR
    table. The steps are Lark's (``ParserState.feed_token``), written out over the table
    :func:`_tables` prepares: one token per line (or run of lines), every reduction calling the
    rule's callback in :class:`_ToAst`."""
    _, state, end, table, terminals = _tables(parser)
    states = [state]
    values: List[Any] = []
    push_state, push_value = states.append, values.append
    for tok in chain(runs(tokens(text)), (None,)):  # (None: the end of the input)
        kind = tok.type if tok is not None else "$END"
        while True:
            try:
                action = table[states[-1]][kind]
            except KeyError:  # pragma: no cover - the grammar reads every sequence of lines
                raise ValueError(f"unexpected {kind} at line {tok.line}" if tok is not None
                                 else "unexpected end of the text") from None
            if action[0]:
                push_state(action[1])
                push_value(terminals[kind](tok) if kind in terminals else tok)
                break
            _, size, callback, origin = action
            if size:
                children = values[-size:]
                del states[-size:]
                del values[-size:]
            else:
                children = []
            value = callback(children)
            push_state(table[states[-1]][origin][1])
            push_value(value)
            if tok is None and states[-1] == end:  # the whole report reduced
                return values[-1]


def _title(front: List[Block]) -> Optional[Paragraph]:
    """The title: the paragraph of its line, or of its lines joined."""
    lines = []
    for b in front:
        if type(b) is not Paragraph or b.kind != "title":
            break
        lines.append(b)
    if len(lines) < 2:
        return lines[0] if lines else None
    return Paragraph("".join(p.text for p in lines), lines[0].span.to(lines[-1].span), "title")


#: a line that marks where the seal goes, alone between the agency and the date: "（印章）"
_SEAL_LINE = lazy(rf"[ \u3000\xa0]*(?:{closing_words.SEAL_MARK}|{closing_words.SEAL_WORD})[ \u3000\xa0]*")
#: the seal's mark beside the agency on its line: "样例县农业农村局（印章）"
_SEAL_BESIDE = lazy(rf"[ \u3000\xa0]*{closing_words.SEAL_MARK}[ \u3000\xa0]*$")
#: how many lines the agency and the seal's marks may take above a closing date
_CLOSING_ABOVE = 4
#: how a closing date's line begins (a year in Arabic or Chinese numerals)
_DATE_FIRST = frozenset("0123456789〇○零一二三四五六七八九")


def _closing_at(blocks: List[Block], i: int) -> int:
    """Where the closing that ends with the date ``blocks[i]`` starts: the agency's name (one or two
    lines, the seal's mark beside it or on a line of its own) just above a date alone on its line;
    -1 when ``blocks[i]`` is no such date."""
    b = blocks[i]
    if type(b) is not Paragraph or not DATE_LINE.fullmatch(b.text):
        return -1
    first, signed = i, False
    for k in range(i - 1, max(-1, i - 1 - _CLOSING_ABOVE), -1):
        p = blocks[k]
        if type(p) is not Paragraph:
            break
        if _SEAL_LINE.fullmatch(p.text):
            first = k
            continue
        if SIGNATURE_LINE.fullmatch(_SEAL_BESIDE.sub("", p.text)):
            first, signed = k, True
            continue
        break
    return first if signed else -1


def _parts(blocks: List[Block]) -> List[Tuple[bool, List[Block]]]:
    """The blocks cut where the report closes and where an annex opens: the closing (the agency,
    the seal's mark, the date) and an annex's heading line ("附件", "附表1：…") each stand apart,
    as (True, their paragraphs); what is between them as (False, blocks). A report that prints its
    tables in an annex after its closing, copied one cell a line, is a run of short lines from the
    last item of 六 to the annex's cells: the block stage, which makes a table of such a run, must
    not take the fee statement, the signature and the date into the annex's first table."""
    out: List[Tuple[bool, List[Block]]] = []
    start = i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        cut = None
        if type(b) is Paragraph:
            t = b.text.lstrip(_SPACE)
            if t[:1] == "附" and ANNEX_LINE.match(t):
                cut = (i, i + 1, [b])
            elif t[:1] in _DATE_FIRST:
                first = _closing_at(blocks, i)
                if first >= start:
                    cut = (first, i + 1, [p._replace(kind="signature") for p in blocks[first:i]]
                           + [b._replace(kind="date")])
        if cut is None:
            i += 1
            continue
        if cut[0] > start:
            out.append((False, list(blocks[start:cut[0]])))
        out.append((True, cut[2]))
        start = i = cut[1]
    if start < n:
        out.append((False, list(blocks[start:])))
    return out


def _closing_inside(front: Tuple[Block, ...], sections: Tuple[Section, ...]) -> Tuple[Paragraph, ...]:
    """The closing :func:`_parts` found inside the report with an annex right after it (its heading,
    a table's caption, or a table), the last one: its paragraphs, the agency's and the seal's lines
    and the date; () when there is none (a date under the agency with prose after it closes nothing)."""
    for blocks in chain((s.blocks for s in reversed(sections)), (front,)):
        for i in range(len(blocks) - 2, -1, -1):
            b = blocks[i]
            if type(b) is Paragraph and b.kind == "date" and _opens_annex(blocks[i + 1]):
                first = i
                while first and type(blocks[first - 1]) is Paragraph and blocks[first - 1].kind == "signature":
                    first -= 1
                return tuple(blocks[first:i + 1])
    return ()


def _opens_annex(b: Block) -> bool:
    """A block that opens an annex: a table, its caption, or the annex's heading ("附件", "附表1：…")."""
    if type(b) is Table:
        return True
    t = b.text.lstrip(_SPACE)
    return b.kind == "caption" or (t[:1] == "附" and ANNEX_LINE.match(t) is not None) or (
        t[:1] == "表" and TABLE_CAPTION.match(t) is not None)


def _arranged(blocks: List[Block], vocab: Vocabulary) -> List[Block]:
    """The block stage of layout on the grammar's blocks, the tables keeping what the grammar
    saw of them (the block stage rebuilds every table from its rows): the caption, if it still
    stands before the table, and the header rows, counted as the rows that start before the
    grammar's first data row. The block stage runs on each part between a closing and an annex's
    heading (:func:`_parts`), never across them."""
    parts = _parts(blocks)
    if len(parts) == 1 and not parts[0][0]:
        out = arrange(blocks, vocab)
    else:
        out = []
        for apart, part in parts:
            out.extend(part if apart else arrange(part, vocab))
    parsed = [b for b in blocks if type(b) is Table and (b.caption is not None or b.header_rows)]
    if not parsed:
        return out
    for i, b in enumerate(out):
        if type(b) is not Table:
            continue
        if b.caption is not None or b.header_rows:  # the grammar's own table, nothing mended in it
            if b.caption is not None and not (i and out[i - 1] is b.caption):
                out[i] = b._replace(caption=None)
            continue
        t = next((t for t in parsed if b.span.start <= t.span.start < b.span.end), None)
        if t is None:
            continue
        caption = t.caption if i and out[i - 1] is t.caption else None
        first_data = t.rows[t.header_rows].span.start if t.header_rows < len(t.rows) else t.span.end
        header = 0
        while header < len(b.rows) and b.rows[header].span.start < first_data:
            header += 1
        out[i] = b._replace(caption=caption, header_rows=header)
    return out


def prepare() -> None:
    """Build (or load) the parser now, e.g. before forking worker processes that will share it."""
    _parser()


def parse(text: str, path: str = "<text>", source: Optional[dict] = None,
          vocab: Optional[Vocabulary] = None) -> Report:
    """Parse report text into a :class:`~govlint.syntax.ast.Report`.

    The text stage of layout runs first (separator lines, flattened text), then the grammar,
    then the block stage of layout on the front matter and every section. ``vocab``: the words
    of the formats in use (the built-in formats' by default).

    Raises :class:`ParseError` when the text cannot be tokenised (it always can, unless the
    grammar is broken) or holds no visible text at all.
    """
    text = normalise(text)
    if not text.strip(_SPACE + "\n"):
        raise ParseError("the file is empty")
    vocab = vocab or vocabulary()
    prepared = prepare_lines(text, vocab)
    parser = _parser()
    collecting = gc.isenabled()
    # the tree is acyclic: the cycle collector would only rescan the cells made so far,
    # again and again (it took more than half the time on a 1 MB report)
    gc.disable()
    try:
        front, sections, closing = parse_tokens(parser, prepared.text)
        title = _title(front)
        front = tuple(_arranged(front, vocab))
        sections = tuple(s._replace(blocks=tuple(_arranged(s.blocks, vocab))) for s in sections)
        if not closing:
            closing = _closing_inside(front, sections)
    except Exception as exc:  # pragma: no cover - the grammar reads every sequence of lines
        raise ParseError(f"cannot parse: {type(exc).__name__}: {exc}") from exc
    finally:
        if collecting:
            gc.enable()
    return Report(path, prepared.text, front, sections, dict(source or {}),
                  original=text if prepared.text != text else None, inserted=prepared.inserted, removed=prepared.removed,
                  repairs=prepared.repairs, title=title, closing=closing)
