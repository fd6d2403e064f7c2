import pytest


@pytest.fixture(autouse=True)
def no_reader_cache(monkeypatch):
    """Each hostile input is read afresh: no reader cache remembers an earlier run's answer."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
