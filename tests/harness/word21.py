"""What Word and WPS put in a .docx that the reader met in session 21 (tests/test_docx21_*.py):
helpers to lint a Word file and to rewrite a Word package's parts (styles, relationships, content
types, the main part's name and namespaces) the way another producer writes them. The reports
stay the harness's invented ones; only the package changes."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable, Dict

_SETTINGS = None
#: the invented clean report every docx21 test edits (tests/fixtures/tabs_2024.txt)
CLEAN = (Path(__file__).parents[1] / "fixtures" / "tabs_2024.txt").read_text("utf-8")


def write_plain(folder: Path) -> Path:
    """:data:`CLEAN` as a Word file in the harness's "grid" style (each test module's ``plain``)."""
    from .docx_styles import BY_NAME, write_docx
    return write_docx(CLEAN, BY_NAME["grid"], folder / "plain.docx")


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


def marked(mark: str, align: str = "superscript", figure: str = "13"):
    """An edit of the harness's Word file (for ``word_features.edit``): 表三's first total shown as
    ``figure`` followed by ``mark`` set in ``align`` (a note's mark: "13¹", "13①")."""
    from . import word_features as wf

    def change(root):
        r = wf.cell(root, "13").find(".//" + wf.q("r"))
        r.find(wf.q("t")).text = figure
        m = wf.run(mark)
        rpr = wf.element("rPr")
        rpr.append(wf.element("vertAlign", val=align))
        m.insert(0, rpr)
        r.addnext(m)
    return change


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


# ----------------------------------------------------------------------------------------
# w:altChunk: a part in another format that Word converts into the document when it opens it

W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def html_fragment(text: str) -> str:
    """The tab-layout report ``text`` as the bare HTML a report generator embeds: paragraphs and
    tables (merged cells as rowspan / colspan), no site around them."""
    import html
    import sys
    sys.path.insert(0, str(Path(__file__).parent.parent / "fixtures" / "generators"))
    import report_formats as rf
    out = ['<html><head><meta charset="utf-8"></head><body>']
    for kind, item in rf.blocks(text):
        if kind == "p":
            out.append(f"<p>{html.escape(item)}</p>")
            continue
        out.append('<table border="1">')
        for row in item:
            cells = []
            for c in row:
                if c is None:
                    continue
                span = (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "") + \
                    (f' colspan="{c.colspan}"' if c.colspan > 1 else "")
                cells.append(f"<td{span}>{html.escape(c.text)}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _between(body, first: str, last: str) -> list:
    """The body's elements from the paragraph starting ``first`` to the one before the
    paragraph starting ``last``."""
    from harness import word_features as wf
    kids = list(body)
    start = next(k for k, el in enumerate(kids) if el.tag == wf.q("p") and wf.text_of(el).startswith(first))
    end = next(k for k, el in enumerate(kids) if k > start and el.tag == wf.q("p") and wf.text_of(el).startswith(last))
    return kids[start:end]


def alt_chunk(text: str, first: str, last: str, kind: str = "html", content_type: str = None,
              missing: bool = False) -> Callable[[Dict[str, bytes]], Dict[str, bytes]]:
    """A change (for :func:`repack`) putting the report's part from the paragraph ``first`` to
    the one before ``last`` into an embedded part named by a w:altChunk where it stood: ``kind``
    "html" (that part of ``text`` as :func:`html_fragment`), "text" (its tab-layout lines),
    "docx" (a Word package of those very elements) or "rtf" (an RTF the reader does not read);
    ``missing``: the relationship names a part the package lacks."""
    from lxml import etree
    from harness import word_features as wf

    def change(parts):
        root = etree.fromstring(parts["word/document.xml"])
        body = wf.body(root)
        moved = _between(body, first, last)
        lines = text.split("\n")
        a = next(k for k, ln in enumerate(lines) if ln.startswith(first))
        b = next(k for k, ln in enumerate(lines) if k > a and ln.startswith(last))
        piece = "\n".join(lines[a:b])
        chunk = etree.Element(wf.q("altChunk"))
        chunk.set("{%s}id" % R, "rIdChunk1")
        moved[0].addprevious(chunk)
        for el in moved:
            body.remove(el)
        parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        ext, ctype = {"html": ("htm", "text/html"), "text": ("txt", "text/plain"), "rtf": ("rtf", "application/rtf"),
                      "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")}[kind]
        ctype = content_type or ctype
        name = f"afchunk1.{ext}"
        if kind == "html":
            data = html_fragment(piece).encode("utf-8")
        elif kind == "text":
            data = piece.encode("utf-8")
        elif kind == "rtf":
            data = b"{\\rtf1\\ansi " + piece.encode("ascii", "ignore") + b"}"
        else:
            inner_root = etree.fromstring(parts["word/document.xml"])
            inner_body = wf.body(inner_root)
            for el in [x for x in inner_body if x.tag != wf.q("sectPr")]:
                inner_body.remove(el)
            for el in moved:
                inner_body.insert(len(inner_body) - 1, el)
            inner = dict(parts)
            inner["word/document.xml"] = etree.tostring(inner_root, xml_declaration=True, encoding="UTF-8",
                                                       standalone=True)
            import io
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for n, d in inner.items():
                    zf.writestr(n, d)
            data = buf.getvalue()
        if not missing:
            parts["word/" + name] = data
        rel = f'<Relationship Id="rIdChunk1" Type="{AF_CHUNK}" Target="{name}"/></Relationships>'.encode()
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel)
        over = f'<Override PartName="/word/{name}" ContentType="{ctype}"/></Types>'.encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", over)
        return parts
    return change


# ----------------------------------------------------------------------------------------
# Word's automatic numbering: the numeral shown is numbering.xml's, not the paragraph's text

#: list definitions as Chinese staff set them in Word or WPS: 一、 for the sections (abstract 901),
#: （一） for the 办理结果 groups and 1. for their items (abstract 902, two levels)
NUMBERING = (b'<w:abstractNum w:abstractNumId="901"><w:multiLevelType w:val="singleLevel"/>'
             b'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
             b'<w:lvlText w:val="%1\xe3\x80\x81"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
             b'<w:abstractNum w:abstractNumId="902"><w:multiLevelType w:val="multilevel"/>'
             b'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/>'
             b'<w:lvlText w:val="\xef\xbc\x88%1\xef\xbc\x89"/><w:lvlJc w:val="left"/></w:lvl>'
             b'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             b'<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
NUMS = (b'<w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num>'
        b'<w:num w:numId="902"><w:abstractNumId w:val="902"/></w:num>')


def numbered(parts: Dict[str, bytes], sections: bool = True, rows: bool = True) -> Dict[str, bytes]:
    """The six section headings' "一、" (``sections``) and 表三's "（一）" / "1." row labels
    (``rows``) left to Word's list numbering (w:numPr → numbering.xml): taken out of the text,
    the paragraphs given the list's level. What Word shows is unchanged."""
    import re
    from lxml import etree
    from harness import word_features as wf
    numbering = parts["word/numbering.xml"]
    first = numbering.index(b"<w:num ") if b"<w:num " in numbering else numbering.index(b"</w:numbering>")
    numbering = numbering[:first] + NUMBERING + numbering[first:]
    parts["word/numbering.xml"] = numbering.replace(b"</w:numbering>", NUMS + b"</w:numbering>")
    root = etree.fromstring(parts["word/document.xml"])

    def number(p, num: int, level: int, cut: int):
        t = p.find(".//" + wf.q("t"))
        t.text = t.text[cut:]
        ppr = p.find(wf.q("pPr"))
        if ppr is None:
            ppr = wf.element("pPr")
            p.insert(0, ppr)
        numpr = wf.element("numPr")
        numpr.append(wf.element("ilvl", val=str(level)))
        numpr.append(wf.element("numId", val=str(num)))
        ppr.insert(0, numpr)

    body = wf.body(root)
    if sections:
        for p in body.iterchildren(wf.q("p")):
            if re.match("^[一二三四五六]、(总体|主动公开政府|收到和处理|政府信息公开行政复议|存在的主要|其他需要)", wf.text_of(p)):
                number(p, 901, 0, 2)
    if rows:
        for tc in root.iter(wf.q("tc")):
            for p in tc.iterchildren(wf.q("p")):
                text = wf.text_of(p)
                m = re.match("^(（[一二三四五六七]）|[1-8]\\.)(?=\\S)", text)
                if m and p.find(".//" + wf.q("t")).text.startswith(m.group()):
                    number(p, 902, 0 if m.group().startswith("（") else 1, len(m.group()))
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return parts


def table_three_total(total: int) -> list:
    """The findings of the harness's clean report (tests/fixtures/tabs_2024.txt) when 表三's
    first total reads ``total`` (its parts make 13): A301 and A303, exactly."""
    return [("A301", "表三", f"表三“总计”列勾稽关系不成立：一、本年新收政府信息公开申请数量({total}) + 二、上年结转政府信息公开申请数量(1) = "
                          f"{total + 1}，而 （七）总计(13) + 四、结转下年度继续办理(1) = 14，相差 {total - 13}（应满足：一、本年新收 + 二、上年结转 = "
                          "（七）总计 + 四、结转下年度继续办理）"),
            ("A303", "表三", f"表三“一、本年新收政府信息公开申请数量”行勾稽关系不成立：总计 = {total}，而 自然人(10) + 商业企业(2) + 科研机构(0) + "
                          f"社会公益组织(1) + 法律服务机构(0) + 其他(0) = 13，相差 {total - 13}（应满足：总计 = 自然人 + 商业企业 + 科研机构 + "
                          "社会公益组织 + 法律服务机构 + 其他）")]


# ----------------------------------------------------------------------------------------
# footnotes and endnotes

_NOTE_TYPES = {"footnote": ("footnotes", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
               "endnote": ("endnotes", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")}


def as_note(sentence: str, where: str = None, in_cell: str = None, kind: str = "footnote", note: str = None):
    """A change (for :func:`repack`) moving ``sentence`` out of the body into a footnote (or
    endnote) whose reference stands where the sentence was (``where``: the paragraph starting so),
    or after the text of the table cell ``in_cell``; ``note``: the note's text when it is not the
    sentence. The notes part has Word's separator notes too."""
    from lxml import etree
    from harness import word_features as wf
    part, rel_type, ctype = _NOTE_TYPES[kind]

    def change(parts):
        root = etree.fromstring(parts["word/document.xml"])
        if in_cell is not None:
            r = wf.cell(root, in_cell).find(".//" + wf.q("r"))
        else:
            r = wf.paragraph_run(root, where)
            t = r.find(wf.q("t"))
            assert sentence in t.text
            t.text = t.text.replace(sentence, "")
        ref = wf.element("r")
        ref.append(wf.element(kind + "Reference", id="1"))
        r.addnext(ref)
        parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        parts[f"word/{part}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{part} xmlns:w="{W.decode()}">'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:id="1"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {note or sentence}</w:t>'
            f'</w:r></w:p></w:{kind}></w:{part}>').encode("utf-8")
        rel = f'<Relationship Id="rIdNotes1" Type="{rel_type}" Target="{part}.xml"/></Relationships>'.encode()
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel)
        over = f'<Override PartName="/word/{part}.xml" ContentType="{ctype}"/></Types>'.encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", over)
        return parts
    return change
