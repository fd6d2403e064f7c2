"""The example plugin's tests: its rules as govlint.testing cases, plus its option checks."""
from pathlib import Path

import pytest

import govlint_plugin_example
from govlint.plugin import ConfigError
from govlint.testing import case_params, check_case, lint, make_registry

HERE = Path(__file__).parent
# govlint's built-in rules plus this plugin, whether or not the plugin is installed
REGISTRY = make_registry(govlint_plugin_example)


@pytest.mark.parametrize("case", case_params(HERE / "cases"))
def test_case(case):
    check_case(case, REGISTRY)


def test_rules_are_registered_with_their_documentation():
    for code in ("X901", "X902", "X903"):
        rule = REGISTRY.rules[code]
        assert REGISTRY.rule_plugin[code] == "govlint_plugin_example"
        assert rule.family() == "x"
        for text in (rule.summary, rule.summary_en, rule.what, rule.why, rule.basis, rule.example, rule.fix):
            assert text.strip()
        assert f"# {code} {rule.name}" in rule.docs("en")


def test_the_clean_report_passes_every_rule():
    """The fixture the cases start from must be clean for the built-ins too, or the cases mislead."""
    result = lint((HERE / "fixtures" / "qinghe_2024.txt").read_text("utf-8"), registry=REGISTRY)
    assert result.errors == ()
    assert [d.code for d in result.diagnostics] == []


def test_option_of_the_wrong_type_is_a_configuration_error():
    text = (HERE / "fixtures" / "qinghe_2024.txt").read_text("utf-8")
    with pytest.raises(ConfigError, match=r"options\.X902\.required_keywords = '建议': expected a list of strings"):
        lint(text, ["X902"], registry=REGISTRY, config={"options": {"X902": {"required_keywords": "建议"}}})


def test_unknown_option_is_a_configuration_error():
    text = (HERE / "fixtures" / "qinghe_2024.txt").read_text("utf-8")
    with pytest.raises(ConfigError, match="unknown option keywords"):
        lint(text, ["X902"], registry=REGISTRY, config={"options": {"X902": {"keywords": ["建议"]}}})


def test_options_are_not_shared_between_runs():
    """ctx.options is the rule's own copy: the default list is not changed by a run."""
    text = (HERE / "fixtures" / "qinghe_2024_fee_only.txt").read_text("utf-8")
    lint(text, ["X902"], registry=REGISTRY, config={"options": {"X902": {"required_keywords": ["建议"]}}})
    assert REGISTRY.options["X902"] == {"required_keywords": ["建议", "提案"]}


def test_the_province_table_binds_and_parse_shows_it():
    """表五 is bound from the format data alone: its cells, with their values, as `govlint parse` shows."""
    from govlint.binder.bind import bind
    from govlint.outputs.parsed import dump_bound
    from govlint.layout import vocabulary
    from govlint.syntax.parser import parse

    formats = dict(REGISTRY.formats)
    text = (HERE / "fixtures" / "qinghe_2024.txt").read_text("utf-8")
    bound = bind(parse(text, "r.txt", vocab=vocabulary(formats)), formats, "qinghe-2021")
    table = dump_bound(bound)["tables"]["表五"]
    assert table["present"] and table["section"] == 6
    assert {k: [c["value"] for c in r["cells"].values()] for k, r in table["rows"].items()} == {
        "weibo": [2, 120, 30], "wechat": [1, 200, 45], "video": [1, 15, 3]}
