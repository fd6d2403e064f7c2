"""The installed package must carry every sub-package and the grammar (pip install ., not -e)."""
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).parent.parent


def test_every_subpackage_is_listed_for_setuptools():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {"govlint." + ".".join(p.parent.relative_to(ROOT / "src" / "govlint").parts)
             for p in (ROOT / "src" / "govlint").rglob("__init__.py")}
    found = {f.rstrip(".") for f in found}
    assert found <= listed, sorted(found - listed)
    assert config["package-data"]["govlint.grammars"] == ["*.lark"]
