"""The compiled programs of govlint's patterns, kept between runs (lexicon/pattern.py): a pattern
compiled from a kept program is the pattern ``re.compile`` makes, cold and warm; a damaged or
foreign file is not used; ``GOVLINT_CACHE_DIR=`` keeps nothing."""
import importlib
import pkgutil
import re

import pytest

import govlint
from govlint.lexicon import pattern as P


def _all_lazy_patterns():
    """Every lazy pattern of govlint's modules (the built-in rules' too)."""
    found = {}
    names = [m.name for m in pkgutil.walk_packages(govlint.__path__, "govlint.")
             if not m.name.endswith(("__main__", ".build", "server"))]
    import govlint_rules
    names += [m.name for m in pkgutil.walk_packages(govlint_rules.__path__, "govlint_rules.")]
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:  # (an optional dependency)
            continue
        for value in vars(module).values():
            if isinstance(value, P.LazyPattern):
                found[(value.pattern, value._flags)] = value
    return list(found)


PATTERNS = _all_lazy_patterns()


@pytest.fixture
def programs(tmp_path, monkeypatch):
    """A fresh program store over an empty cache folder (and the process's own put back after)."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path))
    fresh = P._Programs()
    monkeypatch.setattr(P, "_PROGRAMS", fresh)
    return fresh


def test_there_are_patterns_to_check():
    assert len(PATTERNS) > 80
    assert any(isinstance(p, bytes) for p, _ in PATTERNS)  # (the readers' sniffing patterns)
    assert any(f & re.IGNORECASE for _, f in PATTERNS) or any(f for _, f in PATTERNS)


def test_every_pattern_cold_then_warm_is_re_compiles(programs, tmp_path):
    for pattern, flags in PATTERNS:
        assert P.compile_pattern(pattern, flags) == re.compile(pattern, flags), pattern
    assert len(programs.new) == len(PATTERNS)
    P._save(programs)
    [path] = tmp_path.iterdir()
    assert path.name.startswith("patterns-") and path.name.endswith(".marshal")
    warm = P._Programs()
    warm.load()
    assert set(warm.known) == {(p, int(f)) for p, f in PATTERNS}
    P._PROGRAMS = warm
    try:
        for pattern, flags in PATTERNS:
            compiled = P.compile_pattern(pattern, flags)
            assert compiled == re.compile(pattern, flags), pattern
            assert (compiled.groups, compiled.groupindex) == (re.compile(pattern, flags).groups,
                                                              re.compile(pattern, flags).groupindex)
        assert warm.new == {}  # all of them from the file
    finally:
        P._PROGRAMS = programs


def test_a_lazy_pattern_matches_as_re_does_from_a_kept_program(programs):
    lp = P.lazy(r"(?P<year>\d{4})年(?P<month>\d{1,2})月")
    assert lp.fullmatch("2024年12月").groupdict() == {"year": "2024", "month": "12"}
    P._save(programs)
    warm = P._Programs()
    warm.load()
    P._PROGRAMS = warm
    try:
        again = P.lazy(r"(?P<year>\d{4})年(?P<month>\d{1,2})月")
        assert again.fullmatch("2024年12月").groupdict() == {"year": "2024", "month": "12"}
        assert again.search("二〇二四年") is None
        assert warm.new == {}
    finally:
        P._PROGRAMS = programs


def test_a_damaged_file_is_not_used_and_is_written_again(programs, tmp_path):
    P.compile_pattern("第[一二三]条", 0)
    P._save(programs)
    [path] = tmp_path.iterdir()
    path.write_bytes(b"\x00garbage")
    again = P._Programs()
    again.load()
    assert again.known == {}
    P._PROGRAMS = again
    try:
        assert P.compile_pattern("第[一二三]条", 0) == re.compile("第[一二三]条")
        assert again.new
        P._save(again)
        fixed = P._Programs()
        fixed.load()
        assert ("第[一二三]条", 0) in fixed.known
    finally:
        P._PROGRAMS = programs


def test_a_program_that_does_not_compile_to_the_pattern_is_not_used(programs):
    """A program _sre's check refuses (a damaged entry) is dropped and the pattern compiled as
    usual. (The file is trusted as the byte code in __pycache__ is: it is the user's own folder,
    named by the interpreter's version, and a program goes into it only when it compiled to
    exactly re.compile's pattern.)"""
    programs.loaded = True
    programs.path = None
    good = P._program("a+", 0)
    programs.known[("a+", 0)] = (good[0], [999, 1, 2], good[2], good[3], good[4])
    assert P.compile_pattern("a+", 0) == re.compile("a+")
    assert ("a+", 0) not in programs.known


def test_no_cache_folder_keeps_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    fresh = P._Programs()
    monkeypatch.setattr(P, "_PROGRAMS", fresh)
    assert P.compile_pattern("x+y", 0) == re.compile("x+y")
    assert fresh.path is None and fresh.new == {}


def test_a_lazy_patterns_compiled_pattern_on_first_use():
    """``lazy(...).compiled`` as the first use gives the real pattern (it answered an
    AttributeError: the name was looked up on the compiled pattern, which has no ``compiled``)."""
    from govlint.lexicon.pattern import lazy
    p = lazy(r"甲|乙")
    assert p.compiled == re.compile(r"甲|乙")
    assert p.compiled is p.compiled
    assert lazy(r"丙").search("一丙").group() == "丙"
