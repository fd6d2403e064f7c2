"""The block stage's shortcuts (plain rows appended at once; rows the label repairs leave as they
are, remembered by their texts and kinds in the vocabulary's memo) change no output: every
fixture parses the same with an empty memo as after the memo has seen every other fixture, and
the memo remembers no row whose texts hold a space (the repair of head names written across
columns reads those cells' lines, not only their texts)."""
from __future__ import annotations

from pathlib import Path

import pytest

from govlint.formats import BUILTIN_FORMATS
from govlint.layout import blocks
from govlint.layout.vocabulary import _vocabulary
from govlint.syntax.parser import parse

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))


def _fresh():
    """A vocabulary of the built-in formats with a memo of its own, empty."""
    return _vocabulary(tuple(sorted(BUILTIN_FORMATS.items())))


@pytest.fixture(scope="module")
def warm():
    vocab = _fresh()
    for path in FIXTURES:
        parse(path.read_text(encoding="utf-8"), str(path), None, vocab)
    return vocab


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_a_warm_memo_parses_as_an_empty_one(path, warm):
    text = path.read_text(encoding="utf-8")
    assert parse(text, str(path), None, warm) == parse(text, str(path), None, _fresh())


def test_head_rows_are_remembered_and_none_with_a_space(warm):
    rows = [key for key in warm.memo if isinstance(key, tuple) and key and key[0] == blocks._UNMENDED]
    # the tab-separated fixtures' 表二 heads ("第二十条第（一）项" …) are rows no repair changes
    assert any("第二十条第（一）项" in texts for _, texts, _ in rows)
    assert all(" " not in t for _, texts, _ in rows for t in texts)
