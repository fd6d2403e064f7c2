"""``govlint check --fix`` and ``--diff``: the safe fixes, applied to the source.

A rule that declares ``fixable`` attaches :class:`~govlint.diagnostics.Edit` s to its findings: the
text at a span, as the rule read it (``original``), and what it becomes (an outdated 2019 label →
the 2021 one, a misspelt label or section title → the official text). Here they are applied to
the file itself:

- only to text reports (.txt, .md) that were read and checked without any error (a file govlint
  could not read, that is no report, or on which a rule raised is never touched);
- each edit only where the file still reads ``original`` at the span (whitespace aside), and never
  two edits that overlap;
- in the file's own encoding (UTF-8, with its BOM if it had one, UTF-16, GB18030) and line endings;
- written atomically (a temporary file in the same folder, then a rename), with the file's mode;
- until nothing is left to fix (a fix cannot make another one possible more than a few times), so a
  second ``--fix`` changes nothing.

``--diff`` shows the same changes as a unified diff and writes nothing.

A Word report (.docx) is not rewritten in place: its fixed copy is written beside it as
``NAME.fixed.docx`` (the original stays as it was). Its findings' positions are those of the
extracted text, so an edit is placed by its text instead: a paragraph (of the body or of a table
cell) that reads exactly the edit's ``original``; where the number of such paragraphs is not the
number of edits with that text, those edits are not made.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..records import Record
from ..config import ConfigError
from ..diagnostics import Edit, FileResult
from .engine import Settings
from ..readers.text import decode
from .runner import run
from ..diagnostics.triage import write_atomic

#: passes over the files: a fix may be hidden by another until that one is made
MAX_PASSES = 4
TEXT_KINDS = ("text",)


class FileFix(Record):
    path: str
    before: str
    after: str
    fixed: int  # edits made
    codes: Tuple[str, ...]


def _offsets(text: str) -> List[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _squash(s: str) -> str:
    return "".join(s.split())


def apply_edits(text: str, edits: Iterable[Edit]) -> Tuple[str, List[Edit]]:
    """``text`` with the edits that still match it made, and the edits made."""
    starts = _offsets(text)
    placed: List[Tuple[int, int, Edit]] = []
    for e in edits:
        s = e.span
        if not (1 <= s.line <= len(starts) and 1 <= s.end_line <= len(starts)):
            continue
        start = starts[s.line - 1] + s.column - 1
        end = starts[s.end_line - 1] + s.end_column - 1
        line_end = text.find("\n", starts[s.end_line - 1])
        if start < 0 or end < start or end > (len(text) if line_end < 0 else line_end):
            continue
        if _squash(text[start:end]) != _squash(e.original) or text[start:end] == e.text:
            continue  # the file no longer reads what the rule read
        if any(start < b and a < end for a, b, _ in placed):
            continue  # overlaps an edit already taken: the next pass will see
        placed.append((start, end, e))
    out = text
    for start, end, e in sorted(placed, key=lambda p: p[0], reverse=True):
        out = out[:start] + e.text + out[end:]
    return out, [e for _, _, e in sorted(placed, key=lambda p: p[0])]


def _encode(text: str, encoding: str, original: bytes) -> Optional[bytes]:
    if encoding == "utf-16":
        big = original.startswith(b"\xfe\xff")
        data = (b"\xfe\xff" if big else b"\xff\xfe") + text.encode("utf-16-be" if big else "utf-16-le")
    else:
        try:
            data = text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return None
    return data if decode(data)[0] == text else None


def fixable_edits(result: FileResult) -> List[Edit]:
    if result.kind not in TEXT_KINDS or result.errors:
        return []
    return [e for d in result.diagnostics for e in d.fix]


def plan(results: Sequence[FileResult]) -> Dict[str, FileFix]:
    """One pass: path → the fixed text of every file with an edit to make."""
    out: Dict[str, FileFix] = {}
    for r in results:
        edits = fixable_edits(r)
        if not edits:
            continue
        try:
            data = Path(r.path).read_bytes()
        except OSError:
            continue
        text, encoding = decode(data)
        if text is None:
            continue
        after, made = apply_edits(text, edits)
        if made and after != text and _encode(after, encoding, data) is not None:
            codes = tuple(sorted({d.code for d in r.diagnostics for e in d.fix if e in made}))
            out[r.path] = FileFix(r.path, text, after, len(made), codes)
    return out


def fix_files(files: Sequence[str], settings: Settings, write: bool, jobs: Optional[int] = 1) -> List[FileFix]:
    """Fix ``files`` (``write``), or work out what fixing them would change (not ``write``:
    ``--diff``, one pass, nothing written). One FileFix per changed file, in the order of ``files``."""
    done: Dict[str, FileFix] = {}
    todo = list(files)
    documents: List[FileFix] = []
    for n in range(MAX_PASSES if write else 1):
        if not todo:
            break
        results = list(run(todo, settings, jobs))
        if n == 0:
            documents = fix_documents(results, write)
        step = plan(results)
        for path, f in step.items():
            data = Path(path).read_bytes()
            _, encoding = decode(data)
            new = _encode(f.after, encoding, data)
            if new is None:
                continue
            if write:
                _write(Path(path), new)
            first = done.get(path)
            done[path] = FileFix(path, first.before if first else f.before, f.after,
                                 (first.fixed if first else 0) + f.fixed,
                                 tuple(sorted(set(first.codes if first else ()) | set(f.codes))))
        todo = [p for p in todo if p in step]
    return [done[p] for p in files if p in done] + documents


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        from ..i18n import Msg
        from ..readers.messages import os_reason
        why = exc.strerror or str(exc)
        raise ConfigError(Msg(f"{path}：无法写出修复后的文件（{os_reason(why).zh}）",
                              f"{path}: cannot write the fixed file: {why}")) from None


DOCX_KINDS = ("docx",)


def fixed_docx_path(path: str) -> Path:
    p = Path(path)
    return p.with_name(f"{p.stem}.fixed{p.suffix}")


def fix_docx(path: str, edits: Sequence[Edit]) -> Tuple[Optional[bytes], List[Edit]]:
    """The fixed document's bytes (None if nothing could be placed) and the edits made."""
    import io
    from collections import defaultdict
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        return None, []
    document = docx.Document(path)
    paragraphs = [Paragraph(p, None) for p in document.element.body.iter(qn("w:p"))]
    by_text = defaultdict(list)
    for p in paragraphs:
        by_text[p.text.strip()].append(p)
    wanted = defaultdict(list)
    for e in edits:
        wanted[(e.original.strip(), e.text)].append(e)
    made: List[Edit] = []
    for (original, text), group in wanted.items():
        found = by_text.get(original, [])
        if not original or len(found) != len(group) or len({t for o, t in wanted if o == original}) > 1:
            continue  # not placed with certainty
        for p in found:
            runs = [r for r in p.runs if r.text]
            whole = p.text
            one = next((r for r in runs if original in r.text), None)
            if one is not None:
                one.text = one.text.replace(original, text, 1)
            elif runs:
                runs[0].text = whole.replace(original, text, 1)
                for r in runs[1:]:
                    r.text = ""
            else:
                continue
        made += group
    if not made:
        return None, []
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), made


def fix_documents(results: Sequence[FileResult], write: bool) -> List[FileFix]:
    """The .docx reports' fixed copies (written beside them when ``write``)."""
    out: List[FileFix] = []
    for r in results:
        if r.kind not in DOCX_KINDS or r.errors:
            continue
        edits = [e for d in r.diagnostics for e in d.fix]
        if not edits:
            continue
        try:
            data, made = fix_docx(r.path, edits)
        except Exception:  # python-docx cannot open what govlint's own reader could: leave it
            continue
        if data is None:
            continue
        target = fixed_docx_path(r.path)
        if write:
            _write(target, data)
        codes = tuple(sorted({d.code for d in r.diagnostics for e in d.fix if e in made}))
        out.append(FileFix(str(target), "", "", len(made), codes))
    return out


def unified_diff(fixes: Sequence[FileFix]) -> str:
    out: List[str] = []
    for f in fixes:
        if is_document(f):  # a Word document's fixed copy: no text to compare (see copies())
            continue
        out += difflib.unified_diff(f.before.splitlines(keepends=True), f.after.splitlines(keepends=True),
                                    fromfile=f"a/{f.path}", tofile=f"b/{f.path}")
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n\\ No newline at end of file\n"
    return "".join(out)


def is_document(f: FileFix) -> bool:
    return not f.before and not f.after


def copies(fixes: Sequence[FileFix], lang: str, written: bool) -> List[str]:
    """One line per Word document's fixed copy."""
    out = []
    for f in fixes:
        if is_document(f):
            if lang == "en":
                out.append(f"{'wrote' if written else 'would write'} {f.path} ({f.fixed} fix{'es' if f.fixed != 1 else ''}: "
                           f"{', '.join(f.codes)}); the original is unchanged")
            else:
                out.append(f"{'已写出' if written else '将写出'} {f.path}（{f.fixed} 处：{'、'.join(f.codes)}），原文件不变")
    return out


def summary(fixes: Sequence[FileFix], lang: str, written: bool) -> str:
    n = sum(f.fixed for f in fixes)
    files = len(fixes)
    if lang == "en":
        verb = "Made" if written else "Would make"
        return f"{verb} {n} fix{'es' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}."
    return f"{'已修复' if written else '可修复'} {n} 处（{files} 个文件）。"
