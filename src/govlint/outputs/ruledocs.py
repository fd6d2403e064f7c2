"""The rule pages: ``docs/rules/CODE.md``, one per rule, generated from the rule's metadata.

The rule class is the one source (``Rule.docs``, its severity and family); this module lays it out
as a page and says where the page is published, so that SARIF's ``helpUri`` and the pages agree.
``tests/test_rule_pages.py`` fails while a page in the repository differs from what this writes::

    python -m govlint.outputs.ruledocs docs/rules      # write the built-in rules' pages again

The pages' address: ``$GOVLINT_DOCS_URL`` when set (a base such as
``https://docs.example.org/govlint/rules/``, or a template with ``{code}``), else
:data:`DEFAULT_DOCS_URL`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional

#: where the built-in rule pages are published (docs/rules/ of the repository)
DEFAULT_DOCS_URL = "https://github.com/govlint/govlint/blob/main/docs/rules/{code}.md"
_SEVERITY = {"error": ("错误", "error"), "warning": ("警告", "warning"), "note": ("提示", "note")}


def rule_url(code: str, env: Optional[Mapping[str, str]] = None) -> str:
    """The absolute address of a rule's page."""
    base = (os.environ if env is None else env).get("GOVLINT_DOCS_URL") or DEFAULT_DOCS_URL
    if "{code}" in base:
        return base.replace("{code}", code)
    return base + ("" if base.endswith("/") else "/") + f"{code}.md"


def page(rule: type, plugin: str = "") -> str:
    """One rule's page (Markdown): the Chinese docs, the English summary, and the facts a user
    looks for (severity, family, plugin, whether it has a safe fix)."""
    zh = rule.docs("zh").rstrip("\n").split("\n")
    sev = _SEVERITY.get(rule.severity, (rule.severity, rule.severity))
    facts = [
        f"- 严重程度 / severity: {sev[0]} / {sev[1]}",
        f"- 类别 / family: {rule.family()}",
    ]
    if plugin:
        facts.append(f"- 插件 / plugin: {plugin}")
    fixable = bool(getattr(rule, "fixable", False))
    facts.append(f"- 自动修复 / fix: {'有（`govlint check --fix`）' if fixable else '无'} / "
                 f"{'available (`govlint check --fix`)' if fixable else 'none'}")
    head, body = zh[:3], zh[3:]
    out = head + [""]
    if rule.summary_en:
        out += [f"*{rule.summary_en}*", ""]
    out += facts + [""] + body
    out += ["", f"`govlint rule {rule.code}` shows these docs in a terminal (`--lang en` in English).", ""]
    return "\n".join(line.rstrip() for line in out).replace("\n\n\n", "\n\n")


def index(rules: Iterable[type]) -> str:
    lines = ["# Rules", "", "Generated from the rules' metadata by `python -m govlint.outputs.ruledocs docs/rules`;",
             "do not edit by hand.", "", "| code | name | severity | summary |", "|---|---|---|---|"]
    for r in rules:
        lines.append(f"| [{r.code}]({r.code}.md) | {r.name} | {r.severity} | {r.summary} |")
    return "\n".join(lines) + "\n"


def pages(rules: Iterable[type], plugins: Mapping[str, str] = {}) -> Dict[str, str]:
    """File name → text, for every rule and the index (README.md)."""
    rules = list(rules)
    out = {f"{r.code}.md": page(r, plugins.get(r.code, "")) for r in rules}
    out["README.md"] = index(rules)
    return out


def builtin_pages() -> Dict[str, str]:
    from ..checks.registry import load
    reg = load(builtins_only=True)
    return pages(reg.sorted_rules(), reg.rule_plugin)


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/rules")
    out.mkdir(parents=True, exist_ok=True)
    for name, text in builtin_pages().items():
        (out / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
