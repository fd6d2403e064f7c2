"""Text → syntax tree: the Lark grammar in ``grammars/report.lark`` and its transformer.

The LALR parser sees one token per run of lines (a heading, a run of prose lines, a run of
table rows, each with the blank lines after it), which keeps it linear and its steps few; the
transformer (built into the parser, so no parse tree is made) splits runs into lines and row
lines into cells with their offsets, groups the one-cell-per-line layout into rows, and builds
the immutable :mod:`govlint.syntax.ast` objects.

Lark turns the grammar into a parser; the parser is kept in :func:`govlint.cache.cache_dir` as a standalone
module that Lark generates (``lark.tools.standalone``), so later runs import that module, not
Lark itself, whose import was a quarter of govlint's start (a cache that cannot be written or
read is skipped: Lark then builds the parser on every start).
"""
from __future__ import annotations

import gc
import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, List, Optional

if TYPE_CHECKING:  # pragma: no cover
    from lark import Token

from .ast import BLANK, NUMBER, Block, Cell, Paragraph, Report, Row, Section, Span, Table, fast_constructor
from ..cache import cache_dir
from ..layout import Vocabulary, arrange, vocabulary
from ..layout import prepare as prepare_lines
from ..layout.cells import SMALL as _SMALL, make_cell, parse_number  # noqa: F401  (parse_number: re-exported)
from ..lexicon.numerals import chinese_int

_HEADING = re.compile(r"[ \u3000\xa0]*(?:#{1,6}[ ]*)?(?:\*\*)?([一二三四五六七八九十]{1,2})[ \u3000]*[、．.，,：:]"
                      r"[ \u3000]*(.*?)(?:\*\*)?[ \u3000]*$")
_SPACE = " \t\u3000\xa0\r"
_BLANK_CHARS = " \u3000\xa0\r"  # what a blank line may hold (the grammar's _BLANK)
_MD_RULE = re.compile(r":?-{3,}:?")


_span, _cell = fast_constructor(Span), fast_constructor(Cell)


class ParseError(Exception):
    """The text could not be read as a report at all."""


def normalise(text: str) -> str:
    """One text form for every source: no BOM, "\\n" line ends, a final newline."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


class _ToAst:
    """Builds the syntax tree while the LALR parser reduces (no intermediate parse tree).

    Every token starts a line, so a token's ``start_pos`` is its line's offset and columns
    are counted from it; the transformer keeps no state between texts."""

    # -- helpers -----------------------------------------------------------------------
    def _line_span(self, tok: Token) -> Span:
        return self._span_of(tok.value.split("\n", 1)[0], tok.line, tok.start_pos)

    @staticmethod
    def _span_of(line_text: str, line_no: int, line_start: int) -> Span:
        """The span of a line's visible text (``line_start``: the line's offset)."""
        n = len(line_text.strip(_SPACE))
        lead = len(line_text) - len(line_text.lstrip(_SPACE)) if n != len(line_text) else 0
        return _span((line_no, lead + 1, line_no, lead + n + 1, line_start + lead, line_start + lead + n))

    def _row(self, line: str, line_no: int, pos: int) -> Optional[Row]:
        """The row a line of cells holds (None for a Markdown |---|---| rule); ``pos`` is the
        line's offset. The loop runs once per cell of every table, so it is kept tight: the
        blank and small-number cells, most of a table, are made without calling make_cell."""
        column = 1  # the column of the cell being read (``pos`` is the line's offset)
        offset = pos - 1  # a column's offset in the text is column + offset
        cells: List[Cell] = []
        append = cells.append
        for part in line.split("\t" if "\t" in line else "|"):
            n_part = len(part)
            text = part.strip(_SPACE)
            n = len(text)
            col = column if n == n_part else column + n_part - len(part.lstrip(_SPACE))
            span = _span((line_no, col, line_no, col + n, col + offset, col + offset + n))
            if not n:
                append(_cell(("", span, BLANK, None)))
            else:
                value = _SMALL.get(text)
                append(_cell((text, span, NUMBER, value)) if value is not None else make_cell(text, span))
            column += n_part + 1
        if "-" in line and all(c.kind == BLANK or _MD_RULE.fullmatch(c.text) for c in cells) and any(
                c.text for c in cells):
            return None  # a Markdown |---|---| rule (only "-" rules match, so no "-", no rule)
        return Row(tuple(cells), self._span_of(line, line_no, pos))

    # -- grammar rules -------------------------------------------------------------------
    def paragraph(self, children) -> List[Paragraph]:
        """A run of prose lines (one TEXT token, blank lines included): a paragraph per line."""
        tok = children[0]
        out = []
        line_no, pos = tok.line, tok.start_pos
        for line in tok.value.split("\n")[:-1]:
            text = line.strip(_SPACE)
            if text:
                out.append(Paragraph(text, self._span_of(line, line_no, pos)))
            pos += len(line) + 1
            line_no += 1
        return out

    def table(self, children):
        """A run of row lines (one ROW token each, with the blank lines after them): a line
        with cells is a row; a lone indented cell is one cell of the one-cell-per-line layout,
        whose row ends at the next blank line or at the next row line."""
        rows: List[Row] = []
        pending: List[Cell] = []  # the one-cell-per-line layout: cells of the row being built

        def flush():
            first, last = pending[0].span, pending[-1].span
            rows.append(Row(tuple(pending), first if len(pending) == 1 else first.to(last)))
            pending.clear()

        for tok in children:
            lines = tok.value.split("\n")
            lines.pop()  # the token ends with "\n"
            line_no, pos = tok.line, tok.start_pos
            for line in lines:
                tab = line.find("\t")
                if tab != -1 and line.find("\t", tab + 1) == -1 and not line[:tab].strip(_SPACE):
                    # a lone indented cell, read without building the row around it: the row's
                    # span is the cell's, as the row's text is the cell's
                    part = line[tab + 1:]
                    text = part.strip(_SPACE)
                    if not ("-" in text and _MD_RULE.fullmatch(text)):  # (a Markdown rule)
                        n = len(text)
                        column = tab + 2 if n == len(part) else tab + 2 + len(part) - len(part.lstrip(_SPACE))
                        span = _span((line_no, column, line_no, column + n, pos + column - 1, pos + column - 1 + n))
                        value = _SMALL.get(text)
                        pending.append(_cell((text, span, NUMBER, value)) if value is not None
                                       else make_cell(text, span))
                elif "\t" in line or "|" in line:
                    row = self._row(line, line_no, pos)
                    if row is not None:
                        if pending:
                            flush()
                        rows.append(row)
                elif pending:  # a blank line ends the row of lone cells
                    flush()
                pos += len(line) + 1
                line_no += 1
        if pending:
            flush()
        if not rows:
            return None
        return Table(tuple(rows), rows[0].span.to(rows[-1].span))

    def front(self, children):
        return _blocks(children)

    def section(self, children):
        tok = children[0]
        line = tok.value.split("\n", 1)[0]
        m = _HEADING.match(line)
        number = _numeral(m.group(1))
        title = m.group(2).strip(_SPACE)
        return Section(number, title, line.strip(_SPACE), self._line_span(tok), tuple(_blocks(children[1:])))

    def start(self, children):
        return children[0], children[1:]


def _blocks(children) -> List[Block]:
    """The blocks of a section or the front matter: tables, and the paragraphs of prose runs."""
    out: List[Block] = []
    for c in children:
        if isinstance(c, list):
            out.extend(c)
        elif c is not None:
            out.append(c)
    return out


def _numeral(s: str) -> int:
    return chinese_int(s) or 0


@lru_cache(maxsize=1)
def _grammar_text() -> str:
    # the package's folder, not importlib.resources (which costs 5 ms of every start to import)
    import govlint.grammars as grammars

    for folder in grammars.__path__:
        path = os.path.join(folder, "report.lark")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return f.read()
    from importlib import resources  # pragma: no cover - a zipped install
    return resources.files("govlint.grammars").joinpath("report.lark").read_text("utf-8")


# every terminal is acceptable in every parser state, so the basic lexer reads exactly what the
# contextual one would, and starts in a fraction of the time (one scanner, not one per state)
_OPTIONS = dict(parser="lalr", lexer="basic", propagate_positions=False, maybe_placeholders=False)
# the rule callbacks: a plain object (not a lark.Transformer) serves Lark and the standalone parser
_TRANSFORMER = _ToAst()


@lru_cache(maxsize=1)
def _parser() -> Any:
    """The LALR parser with the transformer built in: the cached standalone parser when there
    is one (or it can be made), else Lark's own."""
    folder = cache_dir()
    if folder:
        parser = _standalone_parser(folder)
        if parser is not None:
            return parser
    from lark import Lark
    return Lark(_grammar_text(), transformer=_TRANSFORMER, **_OPTIONS)


def _standalone_path(folder: str) -> str:
    """The standalone parser's file: named by the grammar, the options and the installed Lark
    (its ``__init__.py``'s size and time, read without importing it), so that a change to any
    of them makes a new one."""
    import zlib
    from importlib.util import find_spec

    lark_init = ""
    spec = find_spec("lark")
    if spec is not None and spec.origin:
        try:
            st = os.stat(spec.origin)
            lark_init = f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            pass
    key = zlib.crc32(f"{_grammar_text()}\0{sorted(_OPTIONS.items())}\0{lark_init}".encode("utf-8"))
    return os.path.join(folder, f"report_parser_{key:08x}.py")


def _standalone_parser(folder: str) -> Optional[Any]:
    """The parser from the cached standalone module: imported, or written first when it is
    missing or cannot be imported (damaged). None when neither works: the caller uses Lark."""
    try:
        path = _standalone_path(folder)
    except Exception:  # pragma: no cover - no lark installed: the caller's import says so
        return None
    for attempt in (1, 2):
        if attempt == 2 or not os.path.isfile(path):
            try:
                _write_standalone(path)
            except Exception:
                return None  # (a folder that cannot be written: Lark it is)
        try:
            module = _import_file(path)
            return module.Lark_StandAlone(transformer=_TRANSFORMER)
        except Exception:
            continue  # damaged: written again once
    return None


def _write_standalone(path: str) -> None:
    import io

    from lark import Lark
    from lark.tools.standalone import gen_standalone

    out = io.StringIO()
    gen_standalone(Lark(_grammar_text(), **_OPTIONS), out=out)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(out.getvalue())
        os.replace(tmp, path)  # (whole or not at all, also when two runs write it at once)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    # its byte code now, also where PYTHONDONTWRITEBYTECODE would keep the import from saving it
    import py_compile
    py_compile.compile(path, doraise=True)
    _remove_old_parsers(path)


def _remove_old_parsers(current: str) -> None:
    """Parsers of earlier grammars or Lark versions (and the grammar caches of earlier govlint
    versions) are of no more use."""
    import glob
    folder = os.path.dirname(current)
    old = [p for p in glob.glob(os.path.join(folder, "report_parser_*.py")) if p != current]
    old += glob.glob(os.path.join(folder, "report-lark*.cache"))
    for p in old:
        pyc = glob.glob(os.path.join(folder, "__pycache__", os.path.basename(p)[:-3] + ".*.pyc"))
        for f in [p] + (pyc if p.endswith(".py") else []):
            try:
                os.remove(f)
            except OSError:
                pass


def _import_file(path: str):
    from importlib.util import module_from_spec, spec_from_file_location

    name = "govlint_" + os.path.splitext(os.path.basename(path))[0]
    spec = spec_from_file_location(name, path)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
        front, sections = parser.parse(prepared.text)
        front = tuple(arrange(front, vocab))
        sections = tuple(s._replace(blocks=tuple(arrange(s.blocks, vocab))) for s in sections)
    except Exception as exc:  # pragma: no cover - every line matches some terminal
        raise ParseError(f"cannot parse: {type(exc).__name__}: {exc}") from exc
    finally:
        if collecting:
            gc.enable()
    return Report(path, prepared.text, front, sections, dict(source or {}),
                  original=text if prepared.text != text else None, inserted=prepared.inserted,
                  repairs=prepared.repairs)
