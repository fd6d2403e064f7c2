"""What Word and WPS put in a .docx that the reader met in session 21 (tests/test_docx21_*.py):
helpers to lint a Word file and to rewrite a Word package's parts (styles, relationships, content
types, the main part's name and namespaces) the way another producer writes them. The reports
stay the harness's invented ones; only the package changes."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable, Dict

_SETTINGS = None


def lint(path) -> list:
    """The findings of the file ``path`` as (code, table, message); its read errors as ("ERROR", message)."""
    global _SETTINGS
    from govlint.checks.registry import load
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_file
    if _SETTINGS is None:
        _SETTINGS = Settings.make(Config(), load(builtins_only=True))
    result = lint_file(str(path), _SETTINGS)
    return [("ERROR", e.message) for e in result.errors] + \
        [(d.code, d.location.table, d.message) for d in result.diagnostics]


def repack(source: Path, target: Path, change: Callable[[Dict[str, bytes]], Dict[str, bytes]]) -> Path:
    """A copy of the package ``source`` at ``target`` whose parts (name → bytes) ``change`` rewrote."""
    with zipfile.ZipFile(source) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts = change(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return target


#: ISO/IEC 29500 Strict's names of the transitional namespaces and relationship types, as Word's
#: "Strict Open XML Document" writes them
STRICT = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
          (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
           b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
          (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
          (b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
           b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"))


def strict(parts: Dict[str, bytes]) -> Dict[str, bytes]:
    """The package as a Strict Open XML document: every part's namespaces (and the relationships'
    types, which share their prefix) in Strict's names."""
    out = {}
    for name, data in parts.items():
        for old, new in STRICT:
            data = data.replace(old, new)
        out[name] = data
    return out


def main_part_renamed(parts: Dict[str, bytes], name: str = "word/main.xml", rels: bool = True) -> Dict[str, bytes]:
    """The main part under another name (the package's relationship and content type follow);
    ``rels=False``: the package's relationships part lost, only ``[Content_Types].xml`` names it."""
    parts = dict(parts)
    parts[name] = parts.pop("word/document.xml")
    folder, _, base = name.rpartition("/")
    parts[f"{folder}/_rels/{base}.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", name.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/" + name.encode())
    if not rels:
        del parts["_rels/.rels"]
    return parts
