"""Plugins: discovery, isolation of broken ones, code collisions, options, and the testing kit.

The command-line tests write small plugins and a govlint.toml into tmp_path and run there, so
they do not depend on which plugins happen to be installed.
"""
import json
import re
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from govlint.checks import registry as host
from govlint.cli import main
from govlint.plugin import ConfigError, Rule, hookimpl, variant
from govlint.testing import CaseError, PluginError, check_case, lint, load_cases, make_registry

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
BAD = CLEAN.replace("本年度未收取信息处理费。", "无")  # the built-in F401 fires on line 68

ORG_RULES = '''
from govlint.plugin import Location, Rule, hookimpl

__version__ = "1.2.3"


class WordMissing(Rule):
    code = "Z901"
    name = "word-missing"
    severity = "warning"
    summary = "报告没有提到规定的词语"
    summary_en = "The report does not use the required words"

    def check(self, ctx):
        word, times = ctx.options["word"], ctx.options["min_count"]
        if ctx.report.text.count(word) < times:
            yield ctx.diag(self, ctx.bound.facts.title_span, f"报告提到“{word}”不足{times}次",
                           f"the report mentions “{word}” fewer than {times} times",
                           location=Location(section=ctx.section_label(1)))


@hookimpl
def govlint_rules():
    return [WordMissing]


@hookimpl
def govlint_options():
    return {"Z901": {"word": "政务公开工作要点", "min_count": 1, "ratio": 0.5}}
'''

BROKEN_IMPORT = '''
raise RuntimeError("boom at import")
'''

RAISING_RULE = '''
from govlint.plugin import Rule, hookimpl


class Exploding(Rule):
    code = "Z902"
    name = "exploding"
    summary = "always raises"

    def check(self, ctx):
        return 1 / 0


@hookimpl
def govlint_rules():
    return [Exploding]
'''


def _rule_plugin(code: str, name: str) -> str:
    return f'''
from govlint.plugin import Rule, hookimpl


class R(Rule):
    code = "{code}"
    name = "{name}"
    summary = "x"

    def check(self, ctx):
        return ()


@hookimpl
def govlint_rules():
    return [R]
'''


def write(root: Path, files: dict) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def toml_list(items) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with bad.txt and clean.txt; ``project(plugins=[...], extra=...)`` writes govlint.toml.

    Of the installed plugins only govlint's own are seen, so the results do not depend on what
    else is installed (the example plugin, say)."""
    monkeypatch.chdir(tmp_path)
    installed = host._entry_points
    monkeypatch.setattr(host, "_entry_points",
                        lambda: [t for t in installed() if t[0] == host.BUILTIN_DIST])
    write(tmp_path, {"bad.txt": BAD, "clean.txt": CLEAN, "org_rules.py": ORG_RULES,
                     "broken.py": BROKEN_IMPORT, "raising.py": RAISING_RULE})

    def configure(plugins=(), extra: str = "") -> Path:
        (tmp_path / "govlint.toml").write_text(f"plugins = {toml_list(plugins)}\n{extra}", encoding="utf-8")
        return tmp_path
    return configure


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def codes_in(out: str) -> list:
    """The codes of the findings in text output, in order."""
    return re.findall(r"^bad\.txt:\d+:\d+: ([A-Z]+\d+) ", out, re.M)


# ---------------------------------------------------------------------------------------
# discovery

def test_local_plugin_from_config_runs_with_the_builtins(project, capsys):
    project(["org_rules.py"])
    code, out, err = run(capsys, "check", "bad.txt", "--no-source")
    assert code == 1, err
    assert codes_in(out) == ["Z901", "F401"]
    assert "Z901 [警告] 报告提到“政务公开工作要点”不足1次" in out


def test_local_plugins_are_found_relative_to_the_config_file(project, tmp_path, monkeypatch, capsys):
    # a .py path and a module name, both relative to the folder of govlint.toml; run from below it
    write(tmp_path, {"lint/org_rules.py": ORG_RULES,
                     "orgpkg/__init__.py": "",
                     "orgpkg/rules.py": _rule_plugin("Z903", "from-a-package")})
    project(["lint/org_rules.py", "orgpkg.rules"])
    (tmp_path / "reports").mkdir()
    monkeypatch.chdir(tmp_path / "reports")
    code, out, err = run(capsys, "rules")
    assert code == 0, err
    rows = {line.split()[0]: line.split() for line in out.splitlines()}
    assert rows["Z901"][1:4] == ["word-missing", "warning", "lint/org_rules.py"]
    assert rows["Z903"][3] == "orgpkg.rules"


def test_rules_shows_the_plugin_of_each_rule(project, capsys):
    project(["org_rules.py"])
    code, out, _ = run(capsys, "rules")
    rows = {line.split()[0]: line.split() for line in out.splitlines()}
    assert rows["F401"][3] == "fee"
    assert rows["A301"][3] == "arithmetic"
    assert rows["Z901"][3] == "org_rules.py"
    code, out, _ = run(capsys, "rules", "--format", "json")
    data = {r["code"]: r for r in json.loads(out)}
    assert data["Z901"]["plugin"] == "org_rules.py" and data["Z901"]["family"] == "z"
    code, out, _ = run(capsys, "rule", "z901", "--lang", "en")
    assert "plugin: org_rules.py" in out
    assert 'option: word = "政务公开工作要点" (set under [options.Z901])' in out.splitlines()
    code, out, _ = run(capsys, "rule", "z901")
    assert "插件：org_rules.py" in out
    assert '选项：word = "政务公开工作要点"（在 [options.Z901] 下设置）' in out.splitlines()


def test_version_lists_the_loaded_plugins_with_their_versions(project, capsys):
    project(["org_rules.py"])
    code, out, _ = run(capsys, "--version")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("govlint ")
    assert any(l.startswith("  plugin fee ") and l.endswith(" (govlint)") for l in lines)
    assert "  plugin org_rules.py 1.2.3 (local)" in lines


def test_no_plugins_skips_the_configured_plugins(project, capsys):
    project(["org_rules.py", "broken.py"], extra="[options.Z901]\nword = \"x\"\n")
    code, out, err = run(capsys, "check", "bad.txt", "--no-source", "--no-plugins")
    assert code == 1, err  # not 2: broken.py is not even imported, options of Z901 do not matter
    assert codes_in(out) == ["F401"]
    code, out, _ = run(capsys, "rules", "--no-plugins")
    assert code == 0
    assert "Z901" not in out and "F401" in out


# ---------------------------------------------------------------------------------------
# isolation

def test_a_plugin_that_fails_to_import_is_one_error_and_the_rest_still_runs(project, capsys):
    project(["broken.py", "org_rules.py"])
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt", "--no-source")
    assert code == 2
    assert codes_in(out) == ["Z901", "F401"]
    messages = [l for l in (out + err).splitlines() if "broken.py" in l]
    assert len(messages) == 1
    assert "plugin broken.py failed to load: RuntimeError: boom at import" in messages[0]


def test_a_missing_plugin_file_is_a_load_error_naming_it(project, capsys):
    project(["nowhere.py"])
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt", "--no-source")
    assert code == 2
    assert "plugin nowhere.py failed to load: FileNotFoundError" in out + err
    assert codes_in(out) == ["F401"]


def test_a_rule_that_raises_is_one_error_and_the_other_rules_still_report(project, capsys):
    project(["raising.py"])
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt", "--no-source")
    assert code == 2
    assert codes_in(out) == ["F401"]
    messages = [l for l in (out + err).splitlines() if "Z902" in l]
    assert len(messages) == 1
    assert "rule Z902 (exploding, from raising.py) raised ZeroDivisionError" in messages[0]
    assert "raising.py:" in messages[0]  # where in the plugin it raised


def test_a_rule_that_raises_is_reported_in_machine_formats_too(project, capsys):
    project(["raising.py"])
    code, out, err = run(capsys, "check", "bad.txt", "--format", "json")
    if code == 2 and "unknown format" in err:
        pytest.skip("the JSON formatter is not there yet")
    assert code == 2
    assert "Z902" in out + err


def test_a_rule_code_taken_by_a_builtin_is_a_load_error_naming_both(project, tmp_path, capsys):
    write(tmp_path, {"dup.py": _rule_plugin("F401", "my-fee")})
    project(["dup.py"])
    code, out, err = run(capsys, "rules", "--lang", "en")
    assert code == 2
    assert "rule code F401 is registered twice: by fee and by dup.py; the one from dup.py is not loaded" in err
    code, out, _ = run(capsys, "rule", "--lang", "en", "F401")
    assert "plugin: fee" in out  # the built-in one stays


def test_two_plugins_with_the_same_code_are_a_load_error_naming_both(project, tmp_path, capsys):
    write(tmp_path, {"one.py": _rule_plugin("Z950", "first"), "two.py": _rule_plugin("Z950", "second")})
    project(["one.py", "two.py"])
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt", "--no-source")
    assert code == 2
    assert "rule code Z950 is registered twice: by one.py and by two.py" in out + err
    assert codes_in(out) == ["F401"]


def test_entry_points_load_builtins_first_and_a_broken_distribution_is_isolated(monkeypatch):
    """Installed plugins are found through metadata; the order of sys.path does not matter."""
    def dist(name, eps):
        return SimpleNamespace(metadata={"Name": name}, version="9.9", entry_points=eps)

    def ep(name, value, loaded, group="govlint"):
        def load():
            if isinstance(loaded, Exception):
                raise loaded
            return loaded
        return SimpleNamespace(group=group, name=name, value=value, load=load)

    dup = SimpleNamespace(__name__="dupmod", govlint_rules=lambda: [_make_rule("F401", "other-fee")])
    import govlint_rules.fee as fee
    fake = [dist("aaa-plugin", [ep("x", "aaa", dup), ep("main", "aaa.cli", None, group="console_scripts")]),
            dist("govlint", [ep("fee", "govlint_rules.fee", fee)]),
            dist("bbb-plugin", [ep("y", "bbb", ImportError("no module named bbb"))]),
            dist("aaa-plugin", [ep("x", "aaa", dup)])]  # the same distribution again, later on sys.path
    from importlib import metadata
    monkeypatch.setattr(metadata, "distributions", lambda: fake)
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")  # scan, do not read what a real run cached
    reg = host.load(lang="en")
    assert [p.name for p in reg.plugins] == ["fee", "aaa-plugin"]
    assert reg.rule_plugin["F401"] == "fee"
    messages = [e.message for e in reg.errors]
    assert "rule code F401 is registered twice: by fee and by aaa-plugin; the one from aaa-plugin is not loaded" \
        in messages
    assert any(m.startswith("plugin bbb-plugin 9.9 (y = bbb) failed to load: ImportError") for m in messages)
    assert [p.name for p in host.load(builtins_only=True).plugins] == ["fee"]


# ---------------------------------------------------------------------------------------
# options

def test_option_defaults_reach_the_rule_and_config_overrides_them(project, capsys):
    project(["org_rules.py"], extra='[options.Z901]\nword = "信息处理费"\nmin_count = 2\nratio = 1\n')
    code, out, err = run(capsys, "check", "bad.txt", "--no-source", "--select", "Z901")
    assert code == 1, err  # "信息处理费" occurs once in bad.txt
    assert "报告提到“信息处理费”不足2次" in out


@pytest.mark.parametrize("extra, message", [
    ('[options.Z901]\nwrod = "x"\n', "options.Z901: unknown option wrod (known: min_count, ratio, word)"),
    ('[options.Z901]\nmin_count = "two"\n', "options.Z901.min_count = 'two': expected an integer, like the default 1"),
    ('[options.Z901]\nmin_count = true\n', "options.Z901.min_count = True: expected an integer"),
    ('[options.Z901]\nword = ["a"]\n', "options.Z901.word = ['a']: expected a string"),
    ('[options.Z901]\nratio = "half"\n', "options.Z901.ratio = 'half': expected a number"),
    ('[options.Z999]\nword = "x"\n', "options.Z999: no loaded rule has that code"),
    ('[options.F401]\nword = "x"\n', "options.F401: rule F401 has no options"),
    ('[options]\nZ901 = 3\n', "options.Z901 must be a table"),
])
def test_bad_options_are_configuration_errors_naming_the_option(project, capsys, extra, message):
    project(["org_rules.py"], extra=extra)
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt")
    assert code == 2
    assert out == ""
    assert message in err
    assert "govlint.toml" in err


def test_options_type_rules():
    assert host._type_ok(1.5, 2) and not host._type_ok(1, 2.5) and not host._type_ok(1, True)
    assert host._type_ok(["a"], ["b", "c"]) and not host._type_ok(["a"], ["b", 3]) and host._type_ok([], [1])
    assert host._type_ok(None, "anything") and host._type_ok({}, {"a": 1})
    assert host._type_name(["a"]) == ("字符串列表", "a list of strings") and host._type_name(True).en == "true or false"


def test_options_declared_for_another_plugins_rule_are_a_load_error():
    plugin = SimpleNamespace(__name__="greedy", govlint_options=lambda: {"F401": {"x": 1}})
    reg = make_registry(plugin, strict=False, lang="en")
    assert [e.message for e in reg.errors] == [
        "plugin greedy: govlint_options() declares options for 'F401', which is not the code of one of its rules"]


# ---------------------------------------------------------------------------------------
# the other hooks

def test_a_format_variant_from_a_plugin_replaces_the_builtin_format():
    text = CLEAN.replace("社会公益组织", "社会组织")
    assert [d.code for d in lint(text, ["V501"]).diagnostics] == ["V501"]

    class Province:
        @hookimpl
        def govlint_formats(self):
            return [variant("2021", aliases={"表三.public_interest": ["社会组织"]})]

    assert lint(text, ["V501"], registry=make_registry(Province())).diagnostics == ()


def test_variant_refuses_unknown_tables_and_keys():
    with pytest.raises(KeyError):
        variant("2021", aliases={"表三.nope": ["x"]})
    with pytest.raises(KeyError):
        variant("2021", aliases={"表九.total": ["x"]})
    v = variant("2021", id="2021-demo", name="demo", fee_statement_required=False)
    assert v.id == "2021-demo" and not v.fee_statement_required and v.tables == variant("2021").tables


def test_a_formatter_from_a_plugin_is_a_format_choice(project, tmp_path, capsys):
    write(tmp_path, {"count.py": '''
        from govlint.plugin import hookimpl

        def count(results, ctx):
            return f"{sum(len(r.diagnostics) for r in results)} findings, {len(ctx.plugins)} plugins\\n"

        @hookimpl
        def govlint_formatters():
            return {"count": count}
    ''', "takeover.py": '''
        from govlint.plugin import hookimpl

        @hookimpl
        def govlint_formatters():
            return {"text": lambda results, ctx: "hijacked"}
    '''})
    project(["count.py"])
    code, out, _ = run(capsys, "check", "--lang", "en", "bad.txt", "--format", "count")
    assert code == 1
    assert out.startswith("1 findings, ")
    project(["takeover.py"])
    code, out, err = run(capsys, "check", "--lang", "en", "bad.txt")
    assert code == 2
    assert "hijacked" not in out
    assert "formatter 'text' has the name of a built-in format" in out + err


def test_a_reader_from_a_plugin_reads_its_files(project, tmp_path, capsys):
    import base64
    (tmp_path / "bad.b64").write_bytes(base64.b64encode(BAD.encode("utf-8")))
    write(tmp_path, {"b64.py": '''
        import base64
        import re
        from govlint.plugin import Document, hookimpl

        class Base64Reader:
            name = "base64"
            extensions = (".b64",)

            def sniff(self, head):
                return re.fullmatch(rb"[A-Za-z0-9+/=\\s]+", head) is not None

            def read(self, path, data):
                return Document(base64.b64decode(data).decode("utf-8"), {"kind": "text"})

        @hookimpl
        def govlint_readers():
            return [Base64Reader()]
    '''})
    project(["b64.py"])
    code, out, err = run(capsys, "check", "bad.b64", "--no-source")
    assert code == 1, out + err
    assert out.startswith("bad.b64:68:1: F401")


# ---------------------------------------------------------------------------------------
# what a plugin gets wrong, reported with its name

def _make_rule(code, name, base=Rule, **attrs):
    body = {"code": code, "name": name, "summary": "x", "check": lambda self, ctx: (), **attrs}
    return type(f"Rule_{name.replace('-', '_')}", (base,), body)


@pytest.mark.parametrize("rules, message", [
    ([_make_rule("x901", "lower")], "has code 'x901': a code is 1-4 upper-case letters and 1-4 digits"),
    ([_make_rule("X901", "Not_Kebab")], "rule X901 has name 'Not_Kebab': a name is kebab-case"),
    ([_make_rule("X901", "sev", severity="fatal")], "rule X901 has severity 'fatal'"),
    ([_make_rule("X901", "no-check", check=Rule.check)], "rule X901 does not define check(self, ctx)"),
    ([object], "is not a subclass of govlint.plugin.Rule"),
])
def test_malformed_rules_are_load_errors(rules, message):
    plugin = SimpleNamespace(__name__="sloppy", govlint_rules=lambda: rules)
    reg = make_registry(plugin, strict=False, lang="en")
    assert len(reg.errors) == 1
    assert reg.errors[0].message.startswith("plugin sloppy: ") and message in reg.errors[0].message


def test_hook_problems_are_load_errors_naming_the_plugin():
    def raising():
        raise ValueError("nope")

    class Typo:
        @hookimpl
        def govlint_rulez(self):
            return []

    cases = [
        (SimpleNamespace(__name__="raiser", govlint_rules=raising),
         "plugin raiser: govlint_rules() raised ValueError: nope"),
        (SimpleNamespace(__name__="wrongtype", govlint_rules=lambda: _make_rule("X901", "one")),
         "plugin wrongtype: govlint_rules() must return a list, not type"),
        (Typo(), "plugin Typo implements unknown hook govlint_rulez"),
    ]
    for plugin, message in cases:
        with pytest.raises(PluginError, match=re.escape(message)):
            make_registry(plugin, lang="en")


def test_undecorated_hook_functions_are_accepted_and_a_module_given_twice_loads_once():
    rule = _make_rule("X901", "plain")
    plugin = SimpleNamespace(__name__="plain", govlint_rules=lambda: [rule])
    reg = make_registry(plugin, plugin)
    assert reg.rules["X901"] is rule and reg.errors == []
    assert reg.rules["X901"].family() == "x"
    only = make_registry(plugin, builtins=False)
    assert list(only.rules) == ["X901"]


# ---------------------------------------------------------------------------------------
# govlint.testing for plugin authors

def test_make_registry_takes_paths_module_names_and_objects(tmp_path, monkeypatch):
    write(tmp_path, {"org_rules.py": ORG_RULES, "pkg/__init__.py": "",
                     "pkg/more.py": _rule_plugin("Z903", "more")})
    reg = make_registry("org_rules.py", "pkg.more", base=tmp_path)
    assert {"Z901", "Z903", "F401"} <= set(reg.rules)
    assert [p.name for p in reg.plugins][-2:] == ["org_rules.py", "pkg.more"]
    with pytest.raises(PluginError, match="plugin broken.py failed to load: RuntimeError: boom at import"):
        write(tmp_path, {"broken.py": BROKEN_IMPORT})
        make_registry("broken.py", base=tmp_path, lang="en")
    with pytest.raises(PluginError, match="插件 broken.py 加载失败：抛出了异常 RuntimeError：boom at import"):
        make_registry("broken.py", base=tmp_path)


def test_the_default_registry_is_the_builtins_only():
    from govlint.testing import default_registry
    assert {p.dist for p in default_registry().plugins} == {"govlint"}


def test_case_files_can_name_plugins_and_expect_locations(tmp_path):
    write(tmp_path, {"plugins/org_rules.py": ORG_RULES, "fixtures/bad.txt": BAD, "cases/org.toml": '''
        [[case]]
        name = "the word is missing"
        fixture = "../fixtures/bad.txt"
        plugins = ["../plugins/org_rules.py"]
        [[case.expect]]
        code = "Z901"
        line = 1
        severity = "warning"
        message = "报告提到“政务公开工作要点”不足1次"
        location = { section = "一、总体情况" }

        [[case]]
        name = "options in the case's config"
        fixture = "../fixtures/bad.txt"
        plugins = ["../plugins/org_rules.py"]
        select = ["Z901"]
        config = { options = { Z901 = { word = "示例镇" } } }

        [[case]]
        name = "a wrong location"
        fixture = "../fixtures/bad.txt"
        plugins = ["../plugins/org_rules.py"]
        [[case.expect]]
        code = "Z901"
        location = { section = "六、其他需要报告的事项" }
    '''})
    found, options, wrong = load_cases(tmp_path / "cases" / "org.toml")
    check_case(found)
    check_case(options)
    with pytest.raises(AssertionError, match="location.section expected '六、其他需要报告的事项', got '一、总体情况'"):
        check_case(wrong)
    with pytest.raises(CaseError, match="not both"):
        check_case(found, make_registry())


def test_case_files_reject_malformed_plugins_and_locations(tmp_path):
    write(tmp_path, {"a.toml": '[[case]]\ntext = "x"\nselect = ["F401"]\nplugins = "org.py"\n',
                     "b.toml": '[[case]]\ntext = "x"\n[[case.expect]]\ncode = "F401"\nlocation = { place = 1 }\n',
                     "c.toml": '[[case]]\ntext = "x"\nselect = ["F401"]\nconfig = { plugins = ["org.py"] }\n'})
    with pytest.raises(CaseError, match="plugins must be a list of strings"):
        load_cases(tmp_path / "a.toml")
    with pytest.raises(CaseError, match="expect.location takes the keys"):
        load_cases(tmp_path / "b.toml")
    with pytest.raises(CaseError, match="give plugins as the case's own plugins key"):
        load_cases(tmp_path / "c.toml")


def test_lint_helper_runs_selected_rules_with_options(tmp_path):
    write(tmp_path, {"org_rules.py": ORG_RULES})
    reg = make_registry("org_rules.py", base=tmp_path)
    result = lint(BAD, ["Z901"], registry=reg, lang="en")
    assert [d.message for d in result.diagnostics] == ["the report mentions “政务公开工作要点” fewer than 1 times"]
    assert lint(BAD, ["Z901"], registry=reg, config={"options": {"Z901": {"word": "示例镇"}}}).diagnostics == ()
    with pytest.raises(ConfigError, match="unknown option colour"):
        lint(BAD, ["Z901"], registry=reg, config={"options": {"Z901": {"colour": "red"}}})


def test_a_rule_that_yields_something_else_is_a_rule_error():
    rule = _make_rule("X901", "yields-text", check=lambda self, ctx: iter(["oops"]))
    quiet = _make_rule("X902", "returns-none", check=lambda self, ctx: None)
    reg = make_registry(SimpleNamespace(__name__="odd", govlint_rules=lambda: [rule, quiet]))
    result = lint(CLEAN, ["X9"], registry=reg, lang="en")
    assert result.diagnostics == ()
    assert len(result.errors) == 1
    assert "rule X901 (yields-text, from odd) raised TypeError: check() yielded str" in result.errors[0].message
    zh = lint(CLEAN, ["X9"], registry=reg).errors[0].message
    assert zh.startswith("规则 X901（yields-text，来自 odd）的 check() 返回了 str，而不是 Diagnostic（请用 ctx.diag），位置 ")


def test_the_public_api_is_complete():
    import govlint.plugin as api
    for name in api.__all__:
        assert hasattr(api, name), name
    for name in ("hookimpl", "Rule", "Context", "Diagnostic", "Location", "Related", "BoundReport", "Report",
                 "FormatSpec", "TableSpec", "Relation", "failures", "instances", "Document", "ReadError",
                 "OutputContext", "variant", "section_text", "norm_label"):
        assert name in api.__all__, name
    for method in ("diag", "msg", "table_location", "cell_location", "section_label"):
        assert hasattr(api.Context, method)
    # docs/plugins.md describes every public name
    docs = (Path(__file__).parent.parent / "docs" / "plugins.md").read_text("utf-8")
    missing = [n for n in api.__all__ if f"`{n}" not in docs]
    assert not missing, f"docs/plugins.md does not describe {missing}"


def test_options_are_a_fresh_copy_for_each_rule_and_file():
    """A rule that changes ``ctx.options`` (a list, a nested table) changes only its own copy:
    the next file, and the run's settings, see the defaults as declared."""
    from govlint.config import Config
    from govlint.run.engine import Settings, lint_text

    seen = []

    class Mutating(Rule):
        code = "Z950"
        name = "mutating"
        summary = "changes its options"

        def check(self, ctx):
            seen.append((list(ctx.options["words"]), dict(ctx.options["limits"]), ctx.options["ratio"]))
            ctx.options["words"].append("多出")
            ctx.options["limits"]["max"] = -1
            ctx.options["ratio"] = 0.0
            return ()

    class Plugin:
        @staticmethod
        @hookimpl
        def govlint_rules():
            return [Mutating]

        @staticmethod
        @hookimpl
        def govlint_options():
            return {"Z950": {"words": ["甲", "乙"], "limits": {"max": 3, "names": ["x"]}, "ratio": 0.5}}

    reg = host.load(builtins_only=True, extra=[Plugin])
    settings = Settings.make(Config(select=["Z950"]), reg)
    for name in ("a.txt", "b.txt"):
        lint_text(CLEAN, name, settings)
    assert seen == [(["甲", "乙"], {"max": 3, "names": ["x"]}, 0.5)] * 2
    assert settings.options["Z950"] == {"words": ["甲", "乙"], "limits": {"max": 3, "names": ["x"]}, "ratio": 0.5}
    assert reg.options["Z950"]["words"] == ["甲", "乙"]
