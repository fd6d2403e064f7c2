"""Count what the SARIF multitool's ``validate`` reported, from its output log (-o FILE).

The multitool exits 0 even when it finds errors, so CI reads its log: every result whose level is
"error" or "warning" (a result without a level is a warning, SARIF §3.27.10), and every tool or
configuration notification of level "error" (the log could not be read, a rule crashed). Prints
one line per problem and a summary; exits 1 if there is any, 0 otherwise.

Usage: python .ci/sarif_multitool_check.py LOG.sarif [LABEL]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Tuple


def problems(log: dict) -> List[Tuple[str, str, str]]:
    """(level, rule id, message) of everything that should fail the check."""
    out: List[Tuple[str, str, str]] = []
    for run in log.get("runs", []):
        strings = {}
        for rule in run.get("tool", {}).get("driver", {}).get("rules", []):
            for key, value in (rule.get("messageStrings") or {}).items():
                strings[(rule.get("id"), key)] = value.get("text", "")
        for res in run.get("results", []):
            level = res.get("level", "warning")
            if level in ("error", "warning"):
                out.append((level, res.get("ruleId", "?"), _text(res.get("message", {}), strings, res.get("ruleId"))))
        for inv in run.get("invocations", []):
            if inv.get("executionSuccessful") is False:
                out.append(("error", "-", "the multitool's run did not succeed"))
            for key in ("toolExecutionNotifications", "toolConfigurationNotifications"):
                for n in inv.get(key, []):
                    if n.get("level", "warning") in ("error", "warning"):
                        out.append((n.get("level", "warning"), (n.get("descriptor") or {}).get("id", "-"),
                                    _text(n.get("message", {}), {}, None)))
    return out


def _text(message: dict, strings: dict, rule_id) -> str:
    """The message's text, or its rule's message string filled with the arguments."""
    if message.get("text"):
        return message["text"]
    args = message.get("arguments", [])
    template = strings.get((rule_id, message.get("id")))
    if template:
        for i, arg in enumerate(args):
            template = template.replace("{%d}" % i, str(arg))
        return template
    return f"{message.get('id', '?')} {args}"


def main(argv: List[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[0])
    label = argv[1] if len(argv) > 1 else path.name
    try:
        log = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        print(f"{label}: cannot read the multitool's log {path}: {exc}", file=sys.stderr)
        return 1
    found = problems(log)
    for level, rule, message in found:
        print(f"{label}: {level} {rule}: {message}")
    errors = sum(1 for level, _, _ in found if level == "error")
    warnings = len(found) - errors
    print(f"{label}: {errors} error(s), {warnings} warning(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
