"""The entry-point cache: used while nothing was installed, rescanned when anything was.

Reading every distribution's metadata costs more than linting a report, so the list of
plugins is remembered; a stale list would hide a plugin just installed, or load one removed.
"""
from __future__ import annotations

import json
import marshal
import os
from types import SimpleNamespace

import pytest

from govlint.checks import entrypoints


@pytest.fixture
def fake_scan(monkeypatch, tmp_path):
    """A scan that counts its calls and finds one plugin whose entry_points.txt is in tmp_path."""
    ep_file = tmp_path / "demo-1.0.dist-info" / "entry_points.txt"
    ep_file.parent.mkdir()
    ep_file.write_text("[govlint]\ndemo = json.decoder:JSONDecoder\n", encoding="utf-8")
    calls = []

    def scan(group):
        calls.append(group)
        ep = SimpleNamespace(name="demo", value="json.decoder:JSONDecoder", group=group)
        return [("demo-plugin", "1.0", ep, str(ep_file))]
    monkeypatch.setattr(entrypoints, "scan", scan)
    return SimpleNamespace(calls=calls, ep_file=ep_file, cache=tmp_path / "cache")


def test_second_run_reads_the_cache_and_loads_the_same_object(fake_scan):
    first = entrypoints.entry_points("govlint", str(fake_scan.cache))
    second = entrypoints.entry_points("govlint", str(fake_scan.cache))
    assert fake_scan.calls == ["govlint"]  # scanned once
    assert [(d, v, ep.name, ep.value) for d, v, ep in second] == [(d, v, ep.name, ep.value) for d, v, ep in first]
    assert isinstance(second[0][2], entrypoints.CachedEntryPoint)
    assert second[0][2].load() is json.decoder.JSONDecoder


def test_a_changed_entry_points_file_makes_the_cache_stale(fake_scan):
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    st = fake_scan.ep_file.stat()
    os.utime(fake_scan.ep_file, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    assert fake_scan.calls == ["govlint", "govlint"]


def test_a_changed_sys_path_folder_makes_the_cache_stale(fake_scan, monkeypatch, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    assert len(fake_scan.calls) == 1
    (site / "newplugin-1.0.dist-info").mkdir()  # what installing a distribution does
    st = site.stat()
    os.utime(site, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    assert len(fake_scan.calls) == 2


def test_a_damaged_cache_is_rescanned_and_rewritten(fake_scan):
    entrypoints.entry_points("govlint", str(fake_scan.cache))
    (cache_file,) = fake_scan.cache.iterdir()
    cache_file.write_bytes(b"\xffnot marshal data")
    found = entrypoints.entry_points("govlint", str(fake_scan.cache))
    assert len(fake_scan.calls) == 2 and found[0][0] == "demo-plugin"
    assert marshal.loads(cache_file.read_bytes())["contexts"][0]["entries"][0][:4] == \
        ["demo-plugin", "1.0", "demo", "json.decoder:JSONDecoder"]


def test_no_cache_folder_always_scans(fake_scan):
    entrypoints.entry_points("govlint", None)
    entrypoints.entry_points("govlint", None)
    assert len(fake_scan.calls) == 2


def test_an_unwritable_cache_folder_is_no_error(fake_scan, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    found = entrypoints.entry_points("govlint", str(blocker / "cache"))
    assert found[0][2].name == "demo"


@pytest.mark.parametrize("value, expected", [
    ("json", json), ("json:loads", json.loads), ("json.decoder : JSONDecoder.decode", json.decoder.JSONDecoder.decode),
    ("json:dumps [extra]", json.dumps)])
def test_cached_entry_point_load_reads_module_and_attribute(value, expected):
    assert entrypoints.CachedEntryPoint("x", value, "govlint").load() is expected


def test_the_real_scan_finds_the_builtin_rule_families():
    """govlint's own rule families are entry points of the installed govlint distribution."""
    found = entrypoints.scan("govlint")
    names = {ep.name for dist, _, ep, _ in found if dist == "govlint"}
    assert {"sections", "completeness", "arithmetic", "fee"} <= names


def test_two_sys_path_settings_take_turns_without_rescanning(fake_scan, monkeypatch, tmp_path):
    """``govlint`` and ``python -m govlint`` see different sys.path lists: each keeps its own
    entry in the one cache file, so taking turns does not scan every time."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    cache = str(fake_scan.cache)
    entrypoints.entry_points("govlint", cache)  # setting A: scanned
    with monkeypatch.context() as m:
        m.syspath_prepend(str(other))
        entrypoints.entry_points("govlint", cache)  # setting B: scanned
        entrypoints.entry_points("govlint", cache)  # B again: cached
    entrypoints.entry_points("govlint", cache)  # A again: cached
    assert len(fake_scan.calls) == 2
    (cache_file,) = fake_scan.cache.iterdir()
    assert len(marshal.loads(cache_file.read_bytes())["contexts"]) == 2
