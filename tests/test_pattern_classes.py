"""The classes of govlint's patterns optimised once a process (lexicon/pattern.py,
``_optimised_class``): every pattern compiled with the memo is the pattern ``re`` compiles without
it (``re.Pattern`` equality compares the compiled code), the memo answers a class seen before, and
``re``'s own optimiser is put back after each compile (no other code's compiling changes)."""
import re

import pytest

from govlint.lexicon import pattern as P

from test_pattern_cache import PATTERNS

try:
    from re import _compiler as compiler
except ImportError:  # pragma: no cover - Python 3.9, 3.10
    import sre_compile as compiler


@pytest.fixture
def cold(monkeypatch):
    """No kept programs (every pattern compiled by re), an empty memo, re's cache emptied."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    monkeypatch.setattr(P, "_PROGRAMS", P._Programs())
    monkeypatch.setattr(P, "_CLASSES", {})
    re.purge()
    yield P._CLASSES
    re.purge()


def _plain(pattern, flags=0):
    """What re compiles with its own optimiser (its cache emptied first)."""
    re.purge()
    assert compiler._optimize_charset is not P._optimised_class
    return re.compile(pattern, flags)


def test_every_pattern_compiled_with_the_memo_is_res(cold):
    made = [P.compile_pattern(p, f) for p, f in PATTERNS]  # (one memo over them all, as a run has)
    assert len(cold) > 50
    for (p, f), got in zip(PATTERNS, made):
        assert got == _plain(p, f), p


def test_a_class_seen_before_is_answered_from_the_memo(cold):
    first = P.compile_pattern(r"[\u4e00-\u9fff]+件")
    assert len(cold) == 1
    kept = dict(cold)
    second = P.compile_pattern(r"第[\u4e00-\u9fff]+条")
    assert dict(cold) == kept  # (the same class: no new entry)
    assert first == _plain(r"[\u4e00-\u9fff]+件")
    assert second == _plain(r"第[\u4e00-\u9fff]+条")
    assert second.fullmatch("第十四条") and not second.fullmatch("第14条")


def test_negated_cased_and_non_bmp_classes_are_res(cold):
    for pattern, flags in ((r"[^\t\n\u4e00-\u9fff]*+[\u4e00-\u9fff]", 0), (r"[a-zA-Z\u0130-\u0131]+", re.I),
                           (r"[K\u212a]+", re.I), (r"[\U00020000-\U0002a6df\u4e00-\u9fff]", 0),
                           (r"[\d\s\w]", 0), (br"[\x00-\x7f]+", 0), (r"(?a)[\w-]+", re.I)):
        assert P.compile_pattern(pattern, flags) == _plain(pattern, flags), pattern
    assert P.compile_pattern(r"[K\u212a]+", re.I).fullmatch("k\u212aK")


def test_res_own_optimiser_is_put_back(cold):
    before = compiler._optimize_charset
    P.compile_pattern(r"[\u3400-\u4dbf]")
    assert compiler._optimize_charset is before
    with pytest.raises(re.error):
        P.compile_pattern(r"[\u4e00-")  # (an error inside the compile puts it back too)
    assert compiler._optimize_charset is before


def test_the_memo_is_bounded(cold, monkeypatch):
    monkeypatch.setattr(P, "_CLASSES_MAX", 3)
    for i in range(10):
        P.compile_pattern(f"[\\u4e00-\\u{0x4e10 + i:04x}]")
        assert len(cold) <= 3
