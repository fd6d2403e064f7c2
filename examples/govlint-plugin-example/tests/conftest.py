"""Run the tests against the source tree when the plugin is not installed."""
import sys
from pathlib import Path

try:
    import govlint_plugin_example  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
