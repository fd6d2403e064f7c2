"""A mirror site's copy of a report glosses the characters it takes for hard with their pinyin in
brackets: "本年处理决定数(shù)量", "规(guī)章", "统(tǒng)计数(shù)据(jù)时限". Inside a word a gloss breaks
it for every reader: a column's name read as a typo (V502), a row's label as none (C202 "缺少…规章"),
a period sentence as no period (P701); 17 false findings on two real copies (real49a). The text
stage takes the glosses out ("pinyin-glosses"), and every finding is reported where its words stand
in the file as written (:attr:`govlint.layout.Prepared.removed`).

The report is invented: tests/fixtures/tabs_2024.txt, glossed as such a copy glosses."""
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from govlint.layout import prepare, vocabulary
from govlint.testing import lint

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
GLOSSES = {"数": "shù", "规": "guī", "发": "fā", "据": "jù", "统": "tǒng", "镇": "zhèn", "业": "yè"}


def glossed(text: str) -> str:
    return "".join(f"{c}({GLOSSES[c]})" if c in GLOSSES else c for c in text)


def found(text):
    return sorted((d.code, d.span.line, d.span.column, d.span.end_line, d.span.end_column, d.message)
                  for d in lint(text).diagnostics)


def test_a_glossed_copy_reads_as_the_report():
    text = glossed(CLEAN)
    assert "本年处理决定数(shù)量" in text and "规(guī)章" in text and "统(tǒng)计期限" in text
    assert found(text) == found(CLEAN) == []


def test_a_finding_stands_where_its_words_stand_in_the_file():
    """A wrong total: the finding's span covers the same characters of the glossed file as of the plain one."""
    bad = CLEAN.replace("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t14")
    text = glossed(bad)
    plain = {(d.code, d.message): d.span for d in lint(bad).diagnostics}
    got = {(d.code, d.message): d.span for d in lint(text).diagnostics}
    assert sorted(got) == sorted(plain) and len(got) >= 2
    lines, plain_lines = text.split("\n"), bad.split("\n")
    for key, span in got.items():
        p = plain[key]
        assert span.line == p.line and span.end_line == p.end_line
        words = lines[span.line - 1][span.column - 1:span.end_column - 1]
        assert re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", words) == \
            plain_lines[p.line - 1][p.column - 1:p.end_column - 1]


def test_a_glossed_label_with_a_typo_is_said_at_the_label():
    bad = CLEAN.replace("规章\t0\t0\t0", "规章类\t0\t0\t0")
    assert [d[:3] for d in found(glossed(bad)) if d[0] in ("V502", "C202")] == \
        [d[:3] for d in found(bad) if d[0] in ("V502", "C202")]


def test_the_glosses_taken_out_are_recorded():
    text = "一、总体情况\n本年统(tǒng)计数(shù)据。\n"
    prepared = prepare(text, vocabulary())
    assert prepared.text == "一、总体情况\n本年统计数据。\n"
    assert "pinyin-glosses" in prepared.repairs
    assert [text[prepared.original_offset(i)] for i in range(len(prepared.text))] == list(prepared.text)


def test_words_in_brackets_without_a_tone_mark_stay():
    for text in ("门户网站(www)访问量", "统计(de)", "网站（zwgk）栏目", "数(SHÙ)据", "2024(shù)年"):
        assert prepare(text + "\n", vocabulary()).text == text + "\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["示例", "镇", "数据", "统计", "\n", " ", "12", "规章", "一、总体情况\n"]),
                          st.booleans()), min_size=1, max_size=40), st.booleans())
def test_every_character_kept_maps_back_to_itself(pieces, flat):
    """Glosses anywhere, the text flattened (breaks inserted) or not: each character of the
    prepared text that layout did not insert is the file's character at its original offset."""
    text = "".join(p + ("(shù)" if g and p.strip() else "") for p, g in pieces)
    if flat:
        text = CLEAN.replace("\n", " ") + text
    prepared = prepare(text, vocabulary())
    inserted = set(prepared.inserted)
    for i, c in enumerate(prepared.text):
        if i not in inserted and not c.isspace():  # (a break may stand where a space stood)
            assert text[prepared.original_offset(i)] == c
