"""表三 with a 备注 column on a page whose table has the official merged head: the 勾稽 cell over the
label columns (colspan 2, rowspan 3), 申请人情况 over the seven columns, and 备注 beside it spanning
the three head rows; 自然人 and 总计 spanning two rows under it, 法人或其他组织 over its five.

Why: the added column was looked for after the last official column named in a head row (总计),
and 备注 stands in the head's first row, after 申请人情况: no added column was read, the remark
cells went as "extra" text and nothing was said (V501 missed). In a matrix's head the word over
all the columns (申请人情况, not the row's first cell) ends the official ones as 总计 does.

The report is invented: tests/fixtures/tabs_2024.txt, its 表三 written as an HTML table.
Each case fails at 6017ea6 and passes after."""
import html
from pathlib import Path

import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))

from govlint.run.engine import lint_file  # noqa: E402
from harness.compare import SETTINGS  # noqa: E402

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
NOTE = "表三有官方格式没有的列：“备注”；其数字不参与检查，建议按官方格式删去"


def _td(text, cs=1, rs=1):
    at = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
    return f"<td{at}>{html.escape(text)}</td>"


def _page(text: str, remark: str = "含网上申请") -> str:
    """``text`` as a page: paragraphs, 表二 and 表四 as tab-typed lines in <p>, 表三 an HTML table
    with a 备注 column, ``remark`` in 一、本年新收's row."""
    lines = text.split("\n")
    a = next(i for i, x in enumerate(lines) if x.startswith("（本列数据"))
    b = next(i for i, x in enumerate(lines) if x.startswith("四、结转下年度"))
    head = ["<tr>" + _td(lines[a].split("\t")[0], 2, 3) + _td("申请人情况", 7) + _td("备注", 1, 3) + "</tr>",
            "<tr>" + _td("自然人", 1, 2) + _td("法人或其他组织", 5) + _td("总计", 1, 2) + "</tr>",
            "<tr>" + "".join(_td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>"]
    body = []
    for row in lines[a + 3:b + 1]:
        cells = row.split("\t")
        labels, numbers = cells[:-7], cells[-7:]
        lab = _td(labels[0], 2) if len(labels) == 1 else _td(labels[0]) + _td(labels[1])
        note = remark if row.startswith("一、") else ""
        body.append("<tr>" + lab + "".join(_td(n) for n in numbers) + _td(note) + "</tr>")
    table = "<table border=\"1\">" + "".join(head + body) + "</table>"
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in lines[:a] if x.strip())
    rest = "".join(f"<p>{html.escape(x)}</p>" for x in lines[b + 1:] if x.strip())
    return f"<html><body>{paras}{table}{rest}</body></html>"


def _found(tmp_path, page: str):
    path = tmp_path / "report.html"
    path.write_text(page, "utf-8")
    return sorted((d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics)


def test_a_remarks_column_beside_the_merged_head_is_noted_once(tmp_path):
    assert _found(tmp_path, _page(TABS)) == [("V501", NOTE)]


def test_a_wrong_total_beside_the_remarks_column_is_still_said(tmp_path):
    """（一）予以公开's 总计 made 6 (4+1 is 5): A303 and A302 with the V501, the remark in no check."""
    text = TABS.replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    assert [c for c, _ in _found(tmp_path, _page(text))] == ["A302", "A303", "V501"]
