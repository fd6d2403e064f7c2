"""N601's readings: the figures each kind of claim can mean, taken from the tables.

Most reports have every cell the readings use, and N601 takes them in one lookup per table; a
report with a blank cell takes them reading by reading. Both give the same readings.
"""
from pathlib import Path

from govlint.binder.bind import bind
from govlint.formats import BUILTIN_FORMATS
from govlint.syntax.parser import parse
from govlint_rules.narrative import table_readings

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ALL = ["applications", "new_said", "carry", "next", "done", "alldone", "open", "open_partial", "partial", "deny", "unable", "noproc", "nohold", "nomake", "unclear", "casefile",
       #: (the other rows of （三）, （五） and （六）1., 2. named in words: "因涉及国家秘密不予公开1件")
       "deny_1", "deny_2", "deny_3", "deny_4", "deny_5", "deny_6", "deny_8", "noproc_1", "noproc_2", "noproc_3", "noproc_4",
       "noproc_5", "other_1", "other_2", "organisations", "natural", "individuals", "business", "research",
       "public_interest", "legal", "review", "litigation",
       "direct", "after", "review_pending", "litigation_pending",
       #: (表四's result columns, said after a count of cases: "行政复议2件（结果维持1件、尚未审结1件）")
       "review_upheld", "review_corrected", "review_other", "litigation_upheld", "litigation_corrected", "litigation_other",
       "direct_upheld", "direct_corrected", "direct_other", "direct_pending", "after_upheld", "after_corrected",
       "after_other", "after_pending", "normative", "normative_any", "repealed", "valid", "licensing", "penalty", "enforcement"]


def _readings(text: str) -> dict:
    return table_readings(bind(parse(text, "report.txt"), BUILTIN_FORMATS, None))


def test_a_complete_report_has_every_kind_with_its_sums():
    readings = _readings(CLEAN)
    assert list(readings) == ALL
    assert [len(readings[k]) for k in ALL] == [3, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1] + [1] * 14 + [2, 2, 5, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1] + [1] * 14 + [1, 2, 1, 1, 1, 1, 1]
    for options in readings.values():
        for r in options:
            assert r.value == sum(c.value for c in r.cells)


def test_a_blank_cell_takes_out_only_the_kinds_whose_readings_use_it():
    # (figures left out: the row's 总计 and its 自然人 both blank, which the column's sums say are not 0;
    # the total is not worked out beside a blank item, nor the item from the others)
    old = "4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1"
    assert CLEAN.count(old) == 1
    clean = _readings(CLEAN)
    readings = _readings(CLEAN.replace(old, "4.保护第三方合法权益\t\t0\t0\t0\t0\t0\t"))
    assert list(readings) == [k for k in ALL if k not in ("deny", "deny_4")]
    def figures(readings):  # (the text after the blank cell is one character shorter: not the spans)
        return {k: [(r.zh, r.en, r.value, [(c.table, c.row, c.column) for c in r.cells]) for r in v]
                for k, v in readings.items()}
    assert figures(readings) == {k: v for k, v in figures(clean).items() if k not in ("deny", "deny_4")}


def test_a_total_left_blank_beside_its_filled_items_is_read_as_their_sum():
    """(the row's 总计 left blank, its items "1 0 0 0 0 0": every reading as with the 1 written)"""
    old = "4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1"
    clean = _readings(CLEAN)
    readings = _readings(CLEAN.replace(old, "4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t"))
    assert list(readings) == ALL
    assert {k: [r.value for r in v] for k, v in readings.items()} == {k: [r.value for r in v] for k, v in clean.items()}


def test_a_blank_cell_the_arithmetic_shows_to_be_zero_is_read_as_zero():
    """(a tab-separated 表三 with a 0 left blank: its row's six 0s and its column's sums make it 0)"""
    old = "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0"
    assert CLEAN.count(old) == 1
    clean = _readings(CLEAN)
    readings = _readings(CLEAN.replace(old, "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t"))
    assert list(readings) == ALL
    assert {k: [r.value for r in v] for k, v in readings.items()} == {k: [r.value for r in v] for k, v in clean.items()}
