"""表三's head cells broken over lines by the page (a ``<br>`` every two characters in narrow cells),
copied from a browser (voices52e): "社会" / "公益" / "组织" a line each, inside a row of cells apart by
tabs ("…科研\\n机构\\t社会\\n公益\\n组织\\t法律\\n服务\\n机构\\t其他") or between lines of a tab (innerText of
the table, a cell a line). Two pieces were joined, three were not: the name was read as "公益 组织"
(a false V501 on 7 of 8 copies) or "法律服务" (a false V502). Now three pieces that spell a name
together (the first two not) are one, in either copy.

The report is invented: tests/fixtures/tabs_2024.txt.
"""
import sys
from pathlib import Path

import pytest

from govlint.testing import lint

sys.path.insert(0, str(Path(__file__).parent))
from harness.text_forms import cells_with  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
HEAD = "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
BROKEN = {"商业企业": "商业\n企业", "科研机构": "科研\n机构", "社会公益组织": "社会\n公益\n组织", "法律服务机构": "法律\n服务\n机构"}


def _broken(text: str) -> str:
    for name, pieces in BROKEN.items():
        text = text.replace(name, pieces, 1)
    return text


def test_head_cells_broken_inside_a_row_of_tabs():
    assert HEAD in SOURCE
    text = SOURCE.replace(HEAD, _broken(HEAD))
    assert "\t社会\n公益\n组织\t法律\n服务\n机构\t" in text
    assert [(d.code, d.message) for d in lint(text).diagnostics] == []


def test_head_cells_broken_in_a_copy_a_cell_a_line():
    copy = cells_with("\t")(SOURCE)
    text = _broken(copy)
    assert "\n社会\n公益\n组织\n" in text
    assert [(d.code, d.message) for d in lint(text).diagnostics] == [(d.code, d.message) for d in lint(copy).diagnostics]
    assert lint(text).diagnostics == ()


def test_a_head_row_wrapped_between_two_whole_names_is_left():
    """A guard: a row wrapped between two cells ("…科研机构\t社会公益组织" / "法律服务机构\t其他") has two
    names on the two lines, no name broken: no line break is taken out."""
    from govlint.layout.lines import _tab_cells_wrapped
    from govlint.layout.vocabulary import vocabulary
    text = SOURCE.replace(HEAD, HEAD.replace("\t法律服务机构", "\n法律服务机构"))
    assert _tab_cells_wrapped(text, vocabulary()) == []


def test_a_name_of_four_pieces_is_not_joined_from_its_second():
    """A guard: "本年" / "处理" / "决定" / "数量" (a narrow cell of a laid-out copy): its last three spell the
    2019 format's "处理决定数量", but the name is the four pieces' "本年处理决定数量": no join from "处理" (a
    false V501 on two renderings, the harness's narrow borderless pdftotext copies)."""
    from govlint.layout.lines import _join_wrapped
    from govlint.layout.vocabulary import vocabulary
    text = "信息内容\n本年\n处理\n决定\n数量\n"
    assert _join_wrapped(text, vocabulary()) == text


def test_names_a_piece_a_line_one_after_another_each_join():
    """LibreOffice's text of a web page's head, a two-character piece a line and nothing between the cells
    ("…科研" / "机构" / "社会" / "公益" / "组织" / "法律" …): the piece above "社会" ends another name, so the three
    pieces are still one (they were left to "公益组织", an old name: a false V501 on voices50q's copy)."""
    from govlint.layout.lines import _join_wrapped
    from govlint.layout.vocabulary import vocabulary
    text = "商业\n企业\n科研\n机构\n社会\n公益\n组织\n法律\n服务\n机构\n其他\n"
    assert "社会 公益 组织" in _join_wrapped(text, vocabulary())
