"""The results cache: a file checked again with the same bytes, path, code and settings is not
read, laid out or linted again; anything it depends on that changes gives a fresh result, the
same as a run without the cache; a damaged entry is checked again, never trusted; the cache keeps
to its size; an empty GOVLINT_CACHE_DIR turns it off."""
import os
import shutil
import sys
from pathlib import Path

import pytest

from govlint.run import engine, runner
from govlint.cli import main
from govlint.config import from_dict
from govlint.readers import cache
from govlint.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "generators"))
import report_formats as rf  # noqa: E402

CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Reports in three formats (text fixtures with findings, a Word file, a web page), checked
    from their folder; the cache in its own folder; every _run call's files recorded."""
    d = tmp_path / "reports"
    d.mkdir()
    for name in ("tabs_2024.txt", "messy_2023.txt", "flat_2024.txt"):
        shutil.copy(FIXTURES / name, d / name)
    bl = rf.blocks(CLEAN.replace("行政许可\t", "行政许可\t7"))
    rf.write_docx(bl, d / "r.docx")
    (d / "r.html").write_bytes(rf.html_page(bl).encode("gbk"))
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GOVLINT_RESULTS_CACHE_MB", "64")  # (off for the rest of the suite: conftest.py)
    monkeypatch.setattr(engine, "RACY_SECONDS", 1e9)  # keys by content alone (by times: a test below)
    monkeypatch.chdir(tmp_path)
    linted = []
    real = runner._run

    def recording(files, *args, **kwargs):
        linted.append(list(files))
        return real(files, *args, **kwargs)
    monkeypatch.setattr(runner, "_run", recording)
    return d, tmp_path / "cache" / "results", linted


def _check(capsys, *args):
    code = main(["check", "--format", "json", "--no-plugins", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _uncached(capsys, monkeypatch, *args):
    with monkeypatch.context() as m:
        m.setenv("GOVLINT_CACHE_DIR", "")
        return _check(capsys, *args)


def _entries(folder: Path):
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_rerun_reads_nothing_and_says_the_same(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    cold = _check(capsys, "reports")
    assert cold[0] == 1 and '"code"' in cold[1]
    assert linted == [sorted(str(p) for p in Path("reports").iterdir())]
    assert len(_entries(results)) == 5
    warm = _check(capsys, "reports")
    assert warm == cold
    assert linted[1:] == []  # nothing read, laid out or linted
    assert _uncached(capsys, monkeypatch, "reports") == cold


def test_a_changed_file_is_checked_again(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    _check(capsys, "reports")
    text = (d / "tabs_2024.txt").read_text("utf-8")
    (d / "tabs_2024.txt").write_text(text.replace("行政许可\t", "行政许可\t9", 1), "utf-8")
    warm = _check(capsys, "reports")
    assert linted[1:] == [[os.path.join("reports", "tabs_2024.txt")]]
    assert warm == _uncached(capsys, monkeypatch, "reports")


@pytest.mark.parametrize("change", [
    ["--select", "A"],                # another rule selection
    ["--ignore", "A"],
    ["--lang", "en"],                 # another language
    ["--format-version", "2019"],     # another format
])
def test_changed_settings_give_fresh_results(corpus, capsys, monkeypatch, change):
    d, results, linted = corpus
    base = _check(capsys, "reports")
    changed = _check(capsys, *change, "reports")
    assert linted[1] == linted[0]  # every file checked again
    assert changed == _uncached(capsys, monkeypatch, *change, "reports")
    assert changed != base
    n = len(linted)
    assert _check(capsys, "reports") == base and len(linted) == n  # the first settings' results still there


def test_a_config_file_setting_gives_fresh_results(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    base = _check(capsys, "reports")
    (d / "govlint.toml").write_text('[severity]\nA101 = "info"\n[per-file-ignores]\n"*.html" = ["T"]\n', "utf-8")
    changed = _check(capsys, "reports")
    assert linted[1] == linted[0]
    assert changed == _uncached(capsys, monkeypatch, "reports") != base


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign"])
def test_a_damaged_entry_is_checked_again(corpus, capsys, monkeypatch, damage):
    d, results, linted = corpus
    cold = _check(capsys, "reports")
    for p in _entries(results):
        raw = p.read_bytes()
        if damage == "truncate":
            p.write_bytes(raw[:len(raw) // 2])
        elif damage == "flip":
            p.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0x40]) + raw[-4:])
        else:
            p.write_bytes(cache.MAGIC + raw[len(cache.RESULTS_MAGIC):])  # a reader entry's header
    assert _check(capsys, "reports") == cold
    assert linted[1] == linted[0]
    assert _check(capsys, "reports") == cold and len(linted) == 2  # written anew
    assert len(_entries(results)) == 5 and all(cache.load_result(str(results), p.parent.name + p.name)
                                               for p in _entries(results))


def test_an_empty_cache_dir_turns_it_off(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    first = _uncached(capsys, monkeypatch, "reports")
    second = _uncached(capsys, monkeypatch, "reports")
    assert first == second and linted[1] == linted[0]
    assert not results.exists()


def test_a_size_of_zero_turns_it_alone_off(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    monkeypatch.setenv("GOVLINT_RESULTS_CACHE_MB", "0")
    assert _check(capsys, "reports") == _check(capsys, "reports")
    assert linted[1] == linted[0] and not results.exists()


def test_the_cache_keeps_to_its_size(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    _check(capsys, "reports")  # the five entries' size, when nothing is pruned
    full = sum(p.stat().st_size for p in _entries(results))
    shutil.rmtree(results)
    limit = full // 2  # room for two or three of the five
    monkeypatch.setattr(cache, "PRUNE_EVERY", 2)
    monkeypatch.setattr(cache, "_writes", 0)  # pruned after the 1st, 3rd and 5th writes
    monkeypatch.setenv("GOVLINT_RESULTS_CACHE_MB", str(limit / (1024 * 1024)))
    assert cache.results_limit_bytes() == limit
    cold = _check(capsys, "reports")
    kept = _entries(results)
    assert 0 < len(kept) < 5 and sum(p.stat().st_size for p in kept) <= limit * 0.9
    assert _check(capsys, "reports") == cold  # the others checked again
    monkeypatch.setenv("GOVLINT_RESULTS_CACHE_MB", "nonsense")
    assert cache.results_limit_bytes() == cache.DEFAULT_RESULTS_MB * 1024 * 1024


def test_an_unchanged_file_is_found_by_its_times_without_reading_it(corpus, capsys, monkeypatch):
    d, results, linted = corpus
    monkeypatch.setattr(engine, "RACY_SECONDS", 0.0)  # (the files were written a moment ago)
    cold = _check(capsys, "reports")
    assert len(_entries(results)) == 10  # by content and by times
    opened = []
    real_key = engine.result_key
    monkeypatch.setattr(engine, "result_key", lambda path, s: opened.append(path) or real_key(path, s))
    assert _check(capsys, "reports") == cold and opened == [] and len(linted) == 1
    os.utime(d / "r.docx")  # touched, not changed: found by its bytes, and not checked again
    assert _check(capsys, "reports") == cold
    assert opened == [os.path.join("reports", "r.docx")] and len(linted) == 1


def test_a_file_changed_a_moment_ago_is_not_trusted_to_its_times(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CLEAN, "utf-8")
    settings = engine.Settings.make(from_dict({}), make_registry())
    assert engine.stat_key(str(f), settings) is None
    os.utime(f, (1, 1))  # (the change time is still now)
    assert engine.stat_key(str(f), settings) is None


def test_a_plugin_rule_edited_in_place_is_another_key(tmp_path, monkeypatch):
    plugin = tmp_path / "myrules.py"
    plugin.write_text(
        "from govlint.plugin import Rule, hookimpl\n"
        "class Mine(Rule):\n    code = 'X901'\n    name = 'mine'\n    summary = 'a test rule'\n"
        "    def check(self, ctx):\n        return ()\n"
        "@hookimpl\ndef govlint_rules():\n    return [Mine]\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    settings = engine.Settings.make(from_dict({}), make_registry(plugin))
    assert "X901" in settings.enabled
    before = engine.settings_digest(settings)
    st = plugin.stat()
    os.utime(plugin, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    again = engine.Settings.make(from_dict({}), make_registry(plugin))
    assert engine.settings_digest(again) != before
