"""The renderings are built once per test session, into one temporary directory."""
import pytest

from .renderings import build


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("harness"))
