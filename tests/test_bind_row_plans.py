"""The binder's row plans (a plain row, bound by the plan its labels, shape and the table and group
being read were bound by before, :meth:`govlint.binder.bind._Binder.row`), the head rows' memo
(:meth:`~govlint.binder.bind._Binder._check_header`) and the headings' memo
(:func:`govlint.binder.headings._heading_of`) change no binding:
every fixture binds the same with no plans at all, with an empty memo of plans and with a memo
warm from every other fixture; and so do reports whose tables are varied (rows shuffled, dropped
and doubled, labels split over two cells or misspelt, numbers changed, made text or fractions,
cells dropped and added, a 小计 column) — the cases where a plan must not be followed."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from govlint.binder import bind as bind_report
from govlint.formats import BUILTIN_FORMATS
from govlint.syntax.parser import parse

import sys

B = sys.modules["govlint.binder.bind"]
H = sys.modules["govlint.binder.headings"]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("**/*.txt"))


class _Forgetful(dict):
    """A memo of plans that keeps none: every row is bound in full."""

    def __setitem__(self, key, value):
        pass


def _indexes(monkeypatch, forgetful: bool = False):
    """Fresh label indexes of the built-in formats (an empty memo of plans each, or one that keeps
    none) and section titles (an empty memo of headings, or none), for the rest of the test."""
    monkeypatch.setattr(B, "_INDEX_CACHE", {})
    monkeypatch.setattr(H, "_TITLES", {})
    if forgetful:
        monkeypatch.setattr(H, "_heading_of", H._heading)
    for fmt in BUILTIN_FORMATS.values():
        index = B._index(fmt, BUILTIN_FORMATS)
        if forgetful:
            index.plain_rows = _Forgetful()
            index.head_rows = _Forgetful()
    return [B._index(fmt, BUILTIN_FORMATS) for fmt in BUILTIN_FORMATS.values()]


def _bound(text: str) -> str:
    """Everything the binding gives, dicts in their order (the outputs list them so)."""
    b = bind_report(parse(text, "r.txt"))
    return repr((b.format.id, b.format_reason, b.sections, b.tables, b.notes, b.facts, b.unread))


def _texts():
    return {p: p.read_text(encoding="utf-8") for p in FIXTURES}


@pytest.fixture(scope="module")
def unplanned():
    """Each fixture bound with no plans."""
    with pytest.MonkeyPatch.context() as mp:
        _indexes(mp, forgetful=True)
        return {path: _bound(text) for path, text in _texts().items()}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT / "tests" / "fixtures")))
def test_a_fixture_binds_the_same_with_no_plans_an_empty_memo_and_a_warm_one(path, unplanned, monkeypatch):
    text = path.read_text(encoding="utf-8")
    _indexes(monkeypatch)
    assert _bound(text) == unplanned[path]  # the memo empty at first
    for other in FIXTURES:
        if other != path:
            _bound(other.read_text(encoding="utf-8"))
    assert _bound(text) == unplanned[path]  # warm from every other fixture


def test_plain_rows_are_planned(monkeypatch):
    indexes = _indexes(monkeypatch)
    _bound((ROOT / "tests" / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8"))
    plans = [key for index in indexes for key in index.plain_rows]
    # (the labels, the row's cells, its numbers, the table and group being read)
    assert any(labels == ("一、本年新收政府信息公开申请数量",) and numbers == 7 for labels, _, numbers, _, _ in plans)
    assert any(labels == ("规章",) and numbers == 3 for labels, _, numbers, _, _ in plans)


# -- varied tables --------------------------------------------------------------------------------

_TABLE_FIXTURES = [p for p in FIXTURES if p.parent.name == "fixtures" and "\t" in p.read_text(encoding="utf-8")]


@st.composite
def varied_report(draw):
    """A tab-separated fixture whose table rows are shuffled, dropped, doubled, their labels split
    or misspelt, their numbers changed, made text or fractions, cells dropped, added or swapped
    (a head naming some columns, or in another order), a 小计 column added."""
    lines = draw(st.sampled_from(_TABLE_FIXTURES)).read_text(encoding="utf-8").split("\n")
    rows = [i for i, line in enumerate(lines) if "\t" in line]
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.sampled_from(rows))
        cells = lines[i].split("\t")
        op = draw(st.sampled_from(["swap", "drop", "dup", "split", "typo", "number", "text", "fraction",
                                   "dropcell", "addcell", "blank", "subtotal", "order"]))
        if op == "swap":
            j = draw(st.sampled_from(rows))
            lines[i], lines[j] = lines[j], lines[i]
            continue
        if op == "drop":
            lines[i] = ""
            continue
        if op == "dup":
            lines[i] = lines[i] + "\n" + lines[i]
            continue
        label = cells[0]
        if op == "split" and len(label) > 3:  # the label over two cells
            k = draw(st.integers(1, len(label) - 1))
            cells[0:1] = [label[:k], label[k:]]
        elif op == "typo" and len(label) > 3:
            k = draw(st.integers(0, len(label) - 1))
            cells[0] = label[:k] + draw(st.sampled_from("的之申请公开数量其")) + label[k + 1:]
        elif op in ("number", "text", "fraction") and len(cells) > 1:
            k = draw(st.integers(1, len(cells) - 1))
            cells[k] = {"number": str(draw(st.integers(0, 999))), "text": "无", "fraction": "1.5"}[op]
        elif op == "dropcell" and len(cells) > 1:
            del cells[draw(st.integers(1, len(cells) - 1))]
        elif op == "addcell":
            cells.insert(draw(st.integers(1, len(cells))), str(draw(st.integers(0, 9))))
        elif op == "blank":
            cells.insert(draw(st.integers(1, len(cells))), "")
        elif op == "order" and len(cells) > 3:  # two cells swapped: in a head, columns in another order
            j, k = draw(st.integers(1, len(cells) - 1)), draw(st.integers(1, len(cells) - 1))
            cells[j], cells[k] = cells[k], cells[j]
        elif op == "subtotal" and len(cells) > 2:  # a 小计 column in a head row, or its number
            cells.insert(len(cells) - 1, "小计" if not cells[1].strip().isdigit() else "0")
        lines[i] = "\t".join(cells)
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=varied_report())
def test_a_varied_report_binds_as_with_no_plans(text, monkeypatch):
    with monkeypatch.context() as mp:
        _indexes(mp, forgetful=True)
        expected = _bound(text)
    with monkeypatch.context() as mp:
        _indexes(mp)
        for path in _TABLE_FIXTURES:  # plans from the fixtures as written
            _bound(path.read_text(encoding="utf-8"))
        assert _bound(text) == expected
        assert _bound(text) == expected  # and from the report itself


@pytest.mark.parametrize("head, row", [
    # the sub-columns named in another order: the numbers follow the head, not the plan
    ("\t\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他", None),
    # a 小计 column: the rows hold a number more
    ("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计", "\t13"),
])
def test_a_head_that_moves_the_columns_is_followed_not_the_plan(head, row, monkeypatch):
    text = (ROOT / "tests" / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    at = lines.index("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他")
    lines[at] = head
    if row is not None:
        for k in range(at + 1, len(lines)):
            if lines[k].count("\t") >= 7:
                cells = lines[k].split("\t")
                lines[k] = "\t".join(cells[:-1]) + row + "\t" + cells[-1]
    varied = "\n".join(lines)
    with monkeypatch.context() as mp:
        _indexes(mp, forgetful=True)
        expected = _bound(varied)
    with monkeypatch.context() as mp:
        _indexes(mp)
        _bound(text)  # every row of 表三 planned as the format orders its columns
        assert _bound(varied) == expected
    assert expected != _bound(text)
