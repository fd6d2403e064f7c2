"""A results cache entry read back is the result that was stored, object for object: findings
with spans, locations, related places and fixes, a result small enough to be kept uncompressed
and one large enough to be compressed; an entry whose storage mark is unknown is not trusted."""
import pytest

from govlint.diagnostics import Diagnostic, Edit, FileResult, Location, Related
from govlint.readers import cache
from govlint.syntax.ast import Span


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch):
    monkeypatch.setenv("GOVLINT_RESULTS_CACHE_MB", "64")  # (off for the rest of the suite: conftest.py)


def _result(n_lines: int) -> FileResult:
    span = Span(3, 2, 3, 9, 40, 47)
    d1 = Diagnostic("A304", "error", "表四“行政复议”勾稽关系不成立", "r.pdf", span,
                    Location("四、行政复议", "表四", "行政复议", "总计", "total", "review"),
                    (Related("结果维持", Span(4, 1, 4, 3, 50, 52), Location(table="表四")),
                     Related("去年", None, Location(), "last.pdf")),
                    {"expected": 11, "got": 0}, "arithmetic", "(第4页)",
                    (Edit(span, "11", "0"),))
    d2 = Diagnostic("P701", "warning", "日期", "r.pdf", None)
    lines = {i: f"第{i}行　示例镇人民政府 0 0 0" for i in range(1, n_lines + 1)}
    return FileResult("r.pdf", (d1, d2), lines=lines, kind="pdf", snapshot={"agency": "示例镇人民政府", "year": 2024})


def _round_trip(tmp_path, r: FileResult) -> bytes:
    base = str(tmp_path)
    cache.store_result(base, "ab" * 20, r)
    raw = open(cache._path(base, "ab" * 20), "rb").read()
    back = cache.load_result(base, "ab" * 20)
    assert back == r and repr(back) == repr(r)
    assert list(vars(back)) == list(vars(r)) and back.lines == r.lines and back.snapshot == r.snapshot
    for a, b in zip(back.diagnostics, r.diagnostics):
        assert list(vars(a).items()) == list(vars(b).items())
        assert type(a.location) is Location and (a.span is None or type(a.span) is Span)
        assert all(type(x) is Related for x in a.related) and all(type(e) is Edit for e in a.fix)
    return raw


def test_small_result_kept_plain(tmp_path):
    raw = _round_trip(tmp_path, _result(5))
    assert raw[len(cache.RESULTS_MAGIC) + 16:][:1] == b"m"


def test_large_result_compressed(tmp_path):
    raw = _round_trip(tmp_path, _result(2000))
    assert raw[len(cache.RESULTS_MAGIC) + 16:][:1] == b"z"


def test_unknown_storage_mark_is_not_trusted(tmp_path):
    raw = _round_trip(tmp_path, _result(5))
    body = b"q" + raw[len(cache.RESULTS_MAGIC) + 16 + 1:]
    forged = cache.RESULTS_MAGIC + cache.blake2b(body, digest_size=16).digest() + body
    assert cache._decode_result(forged) is None
