"""docs/rules/CODE.md are generated from the rules' metadata; this keeps them current."""
from pathlib import Path

from govlint.outputs.ruledocs import builtin_pages, page
from govlint.checks.registry import load

DOCS = Path(__file__).parent.parent / "docs" / "rules"


def test_every_rule_has_its_page_and_the_pages_are_current():
    expected = builtin_pages()
    assert set(expected) == {f"{code}.md" for code in load(builtins_only=True).rules} | {"README.md"}
    stale = [name for name, text in expected.items()
             if not (DOCS / name).is_file() or (DOCS / name).read_text("utf-8") != text]
    assert not stale, f"run `python -m govlint.outputs.ruledocs docs/rules`: {stale} out of date"
    extra = sorted(p.name for p in DOCS.glob("*.md") if p.name not in expected)
    assert not extra, f"pages of rules that no longer exist: {extra}"


def test_a_page_carries_the_docs_and_the_facts():
    rule = load(builtins_only=True).rules["A303"]
    text = page(rule, "arithmetic")
    assert text.startswith("# A303 row-total\n\n表三某行：总计 ≠ 六类申请人之和\n\n*表三, per row: 总计 ≠ the sum of the six "
                           "applicant columns*\n\n- 严重程度 / severity: 错误 / error\n- 类别 / family: arithmetic\n"
                           "- 插件 / plugin: arithmetic\n")
    assert "## 检查内容\n\n对表三的每一行" in text
    assert "## 如何修改\n\n重新合计该行六类申请人的数字。\n" in text
    assert "\n\n\n" not in text and text.endswith("\n")
