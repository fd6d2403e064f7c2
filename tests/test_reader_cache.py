"""The reader cache: a file read once is not read again while its bytes and the reader are the
same; a damaged entry is read again, never trusted; the cache stays within its size; an empty
GOVLINT_CACHE_DIR turns it off."""
import os
import sys
from pathlib import Path

import pytest

from govlint.cli import main
from govlint.readers import Document, ReadError, TextBlock, read
from govlint.readers import cache

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


class CountingReader:
    """A real reader (a plugin's, for .rpt files) that counts how often it reads."""

    name = "counting"
    extensions = (".rpt",)
    binary = True
    cache_version = "1"

    def __init__(self):
        self.reads = 0

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"RPT")

    def read(self, path, data: bytes):
        self.reads += 1
        if data.startswith(b"RPT-BAD"):
            raise ReadError("this .rpt file is damaged")
        lines = data[3:].decode("utf-8").split("\n")
        return Document("", {"kind": "rpt", "lines": len(lines)},
                        tuple(TextBlock(t, paragraph=n) for n, t in enumerate(lines, 1)))


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(d))
    return d / "readers"


def _entries(folder: Path):
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_file_is_read_once_then_served_from_the_cache(tmp_path, cache_dir):
    reader = CountingReader()
    f = tmp_path / "a.rpt"
    f.write_bytes("RPT一、总体情况\n二、主动公开政府信息情况".encode("utf-8"))
    first = read(f, [reader])
    second = read(f, [reader])
    assert reader.reads == 1
    assert second.own_blocks == first.own_blocks and second.source == first.source == {"kind": "rpt", "lines": 2}
    assert len(_entries(cache_dir)) == 1
    # the same bytes under another name are the same entry; other bytes are read
    copy = tmp_path / "renamed.rpt"
    copy.write_bytes(f.read_bytes())
    read(copy, [reader])
    assert reader.reads == 1
    f.write_bytes("RPT一、总体情况".encode("utf-8"))
    assert read(f, [reader]).source["lines"] == 1 and reader.reads == 2


def test_a_read_error_is_kept_too(tmp_path, cache_dir):
    reader = CountingReader()
    f = tmp_path / "bad.rpt"
    f.write_bytes(b"RPT-BAD")
    for _ in range(2):
        with pytest.raises(ReadError, match="this .rpt file is damaged"):
            read(f, [reader])
    assert reader.reads == 1


def test_an_error_of_this_machine_is_not_kept(tmp_path, cache_dir):
    from govlint.readers import missing_library

    class Missing(CountingReader):
        def read(self, path, data):
            self.reads += 1
            raise missing_library("rptlib", ".rpt files")

    reader = Missing()
    f = tmp_path / "a.rpt"
    f.write_bytes(b"RPTx")
    for _ in range(2):
        with pytest.raises(ReadError, match="needs the Python package rptlib"):
            read(f, [reader])
    assert reader.reads == 2 and _entries(cache_dir) == []


@pytest.mark.parametrize("damage", ["flipped", "truncated", "foreign", "empty"])
def test_a_damaged_entry_is_read_again_and_replaced(tmp_path, cache_dir, damage):
    reader = CountingReader()
    f = tmp_path / "a.rpt"
    f.write_bytes("RPT一、总体情况\n三、收到和处理政府信息公开申请情况".encode("utf-8"))
    good = read(f, [reader])
    [entry] = _entries(cache_dir)
    raw = entry.read_bytes()
    if damage == "flipped":  # one bit of the body: the checksum no longer holds
        raw = raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:]
    elif damage == "truncated":
        raw = raw[: len(raw) // 2]
    elif damage == "foreign":  # another program's file where the entry was
        raw = b"\x00" * 64
    else:
        raw = b""
    entry.write_bytes(raw)
    again = read(f, [reader])
    assert reader.reads == 2
    assert again.own_blocks == good.own_blocks
    assert entry.read_bytes() != raw  # written anew
    read(f, [reader])
    assert reader.reads == 2


def test_another_reader_version_is_another_entry(tmp_path, cache_dir):
    reader = CountingReader()
    f = tmp_path / "a.rpt"
    f.write_bytes(b"RPTx")
    read(f, [reader])
    reader.cache_version = "2"
    read(f, [reader])
    assert reader.reads == 2 and len(_entries(cache_dir)) == 2


def test_an_empty_cache_dir_turns_it_off(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    assert cache.folder() is None
    reader = CountingReader()
    f = tmp_path / "a.rpt"
    f.write_bytes(b"RPTx")
    read(f, [reader])
    read(f, [reader])
    assert reader.reads == 2


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(blocker / "cache"))
    reader = CountingReader()
    f = tmp_path / "a.rpt"
    f.write_bytes(b"RPTx")
    assert read(f, [reader]).source["lines"] == 1
    assert read(f, [reader]).source["lines"] == 1
    assert reader.reads == 2


def test_the_cache_keeps_to_its_size(tmp_path, cache_dir):
    reader = CountingReader()
    for i in range(30):
        f = tmp_path / f"r{i}.rpt"
        f.write_bytes(("RPT" + f"第{i}行\n" * 400).encode("utf-8"))
        read(f, [reader])
    sizes = [p.stat().st_size for p in _entries(cache_dir)]
    assert len(sizes) == 30
    # the oldest go first, down to 90 % of the limit
    limit = sum(sizes) // 3
    kept = cache.prune(str(cache_dir), limit)
    assert kept <= limit * 0.9
    left = _entries(cache_dir)
    assert 0 < len(left) < 30
    # the entry used last is kept
    read(tmp_path / "r29.rpt", [reader])
    assert reader.reads == 30


def test_the_size_limit_is_configurable(monkeypatch):
    monkeypatch.setenv("GOVLINT_READER_CACHE_MB", "1.5")
    assert cache.limit_bytes() == int(1.5 * 1024 * 1024)
    monkeypatch.setenv("GOVLINT_READER_CACHE_MB", "nonsense")
    assert cache.limit_bytes() == cache.DEFAULT_MB * 1024 * 1024


def test_check_gives_the_same_output_cold_and_warm(tmp_path, cache_dir, capsys, monkeypatch):
    """The built-in readers (PDF, Word, web page): the second run reads nothing and says the same."""
    pytest.importorskip("reportlab", reason="reportlab (the test extra) builds the PDF fixtures")
    bl = rf.blocks(CLEAN)
    files = [tmp_path / "r.pdf", tmp_path / "r.docx", tmp_path / "r.html", tmp_path / "damaged.pdf"]
    rf.write_pdf(bl, files[0])
    rf.write_docx(bl, files[1])
    files[2].write_bytes(rf.html_page(bl).encode("gbk"))
    files[3].write_bytes(files[0].read_bytes()[:2000])
    monkeypatch.chdir(tmp_path)
    names = [f.name for f in files]
    code = main(["check", "--format", "json", *names])
    cold = capsys.readouterr()
    assert len(_entries(cache_dir)) == 4  # the damaged PDF's error too
    from govlint.readers import pdf as pdf_reader

    def no_reading(*args, **kwargs):
        raise AssertionError("read again")
    monkeypatch.setattr(pdf_reader, "_document", no_reading)
    assert main(["check", "--format", "json", *names]) == code == 2
    warm = capsys.readouterr()
    assert warm.out == cold.out and warm.err == cold.err
    assert '"damaged.pdf"' in warm.out
