"""Loading a registry does not change rule classes: which plugin registered a rule is the
registry's knowledge (``Registry.rule_plugin``), so two registries that get the same class from
different plugins each keep their own attribution.

Before, the plugin host set ``rule.plugin`` on the class itself: the registry loaded last
rewrote the attribution of every other registry holding that class (in its error messages,
``govlint rules`` and the JSON ``tool.rules``).
"""
import json
import textwrap
import types

from govlint.checks import registry as host
from govlint.cli import main
from govlint.diagnostics import FileResult
from govlint.outputs import OutputContext
from govlint.outputs.json import format_results
from govlint.plugin import Rule
from govlint.testing import default_registry, lint, make_registry


class Shared(Rule):
    """One class that two plugins both register (say two distributions vendoring it)."""

    code = "Z990"
    name = "shared-rule"
    summary = "共用的规则"

    def check(self, ctx):
        raise RuntimeError("boom")


def _plugin(name: str, *rules) -> types.ModuleType:
    module = types.ModuleType(name)
    module.govlint_rules = lambda: list(rules)
    return module


def test_two_registries_with_the_same_class_keep_their_own_attribution():
    a = make_registry(_plugin("plugin_a", Shared), builtins=False)
    b = make_registry(_plugin("plugin_b", Shared), builtins=False)
    assert a.rules["Z990"] is b.rules["Z990"] is Shared
    assert (a.rule_plugin["Z990"], b.rule_plugin["Z990"]) == ("plugin_a", "plugin_b")
    assert "plugin" not in vars(Shared) and not hasattr(Shared, "plugin")


def test_a_builtin_class_registered_by_a_plugin_elsewhere_stays_attributed_to_its_family():
    from govlint_rules.fee import FeeStatementMissing

    builtins = default_registry()
    other = make_registry(_plugin("vendored", FeeStatementMissing), builtins=False)
    assert other.rule_plugin["F401"] == "vendored"
    assert builtins.rule_plugin["F401"] == "fee"
    assert make_registry().rule_plugin["F401"] == "fee"


def test_the_error_of_a_raising_rule_names_the_plugin_of_its_own_registry():
    a = make_registry(_plugin("plugin_a", Shared), builtins=False)
    b = make_registry(_plugin("plugin_b", Shared), builtins=False)
    (err_a,) = lint("一、总体情况\n", ["Z990"], registry=a).errors
    (err_b,) = lint("一、总体情况\n", ["Z990"], registry=b).errors
    assert "rule Z990 (shared-rule, from plugin_a) raised RuntimeError: boom" in err_a.message
    assert "rule Z990 (shared-rule, from plugin_b) raised RuntimeError: boom" in err_b.message


def test_json_tool_rules_take_the_attribution_from_the_output_context():
    ctx = OutputContext(rules=[Shared], rule_plugins={"Z990": "plugin_b"})
    doc = json.loads(format_results([FileResult("r.txt")], ctx))
    assert doc["tool"]["rules"][0]["plugin"] == "plugin_b"
    doc = json.loads(format_results([FileResult("r.txt")], OutputContext(rules=[Shared])))
    assert doc["tool"]["rules"][0]["plugin"] is None


def test_the_rules_listing_and_json_output_name_the_plugin(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    installed = host._entry_points  # only govlint's own installed plugins: the same on every machine
    monkeypatch.setattr(host, "_entry_points", lambda: [t for t in installed() if t[0] == host.BUILTIN_DIST])
    (tmp_path / "org.py").write_text(textwrap.dedent('''
        from govlint.plugin import Rule, hookimpl

        class Quiet(Rule):
            code = "Z991"
            name = "quiet"
            summary = "从不报告"

            def check(self, ctx):
                return ()

        @hookimpl
        def govlint_rules():
            return [Quiet]
    '''), encoding="utf-8")
    (tmp_path / "govlint.toml").write_text('plugins = ["org.py"]\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text("示例镇2024年政府信息公开工作年度报告\n一、总体情况\n", encoding="utf-8")

    assert main(["rules", "--format", "json"]) == 0
    listed = {r["code"]: r["plugin"] for r in json.loads(capsys.readouterr()[0])}
    assert (listed["Z991"], listed["F401"], listed["A305"]) == ("org.py", "fee", "arithmetic")

    assert main(["rules"]) == 0
    line = next(l for l in capsys.readouterr()[0].splitlines() if l.startswith("Z991"))
    assert line.split()[:4] == ["Z991", "quiet", "error", "org.py"]

    assert main(["rule", "Z991"]) == 0
    assert "plugin: org.py" in capsys.readouterr()[0]

    main(["check", "r.txt", "--format", "json", "--select", "Z991,F401"])
    tool = json.loads(capsys.readouterr()[0])["tool"]
    assert {r["code"]: r["plugin"] for r in tool["rules"]} == {"F401": "fee", "Z991": "org.py"}
