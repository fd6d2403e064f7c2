"""JUnit XML, the test report every CI system shows (GitLab, Jenkins, Azure Pipelines, …).

One ``<testsuite>`` per file; one ``<testcase>`` per finding, failed (``<failure type="CODE">``); a
file without findings has one passing test case; a file that could not be checked has one test case
in ``<error>``. Counts are on every ``<testsuite>`` and on ``<testsuites>``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from ..diagnostics import FileResult
from . import OutputContext


def _position(d) -> str:
    return f"{d.span.line}:{d.span.column}" if d.span else "1:1"


def format_results(results: Sequence[FileResult], ctx: OutputContext) -> str:
    en = ctx.lang == "en"
    root = ET.Element("testsuites", name="govlint")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    if ctx.run_errors:
        suite = ET.SubElement(root, "testsuite", name="govlint", tests=str(len(ctx.run_errors)), failures="0",
                              errors=str(len(ctx.run_errors)))
        for e in ctx.run_errors:
            case = ET.SubElement(suite, "testcase", name=e.kind, classname="govlint")
            ET.SubElement(case, "error", type=e.kind, message=e.message).text = e.message
        totals["tests"] += len(ctx.run_errors)
        totals["errors"] += len(ctx.run_errors)
    for r in results:
        tests = max(len(r.diagnostics) + len(r.errors), 1)
        suite = ET.SubElement(root, "testsuite", name=r.path, tests=str(tests), failures=str(len(r.diagnostics)),
                              errors=str(len(r.errors)))
        for e in r.errors:
            case = ET.SubElement(suite, "testcase", name=f"govlint {e.kind}", classname=r.path, file=r.path)
            ET.SubElement(case, "error", type=e.kind, message=e.message).text = e.message
        for d in r.diagnostics:
            attrs = {"name": f"{d.code} {d.rule} ({_position(d)})".replace("  ", " "), "classname": r.path,
                     "file": d.path or r.path}
            if d.span is not None and r.kind == "text":
                attrs["line"] = str(d.span.line)
            case = ET.SubElement(suite, "testcase", **attrs)
            text = f"{d.path}:{_position(d)}: {d.code} [{d.severity}] {d.message}"
            if d.origin:
                text += f"\n({d.origin})"
            ET.SubElement(case, "failure", type=d.code, message=d.message).text = text
        if not r.diagnostics and not r.errors:
            ET.SubElement(suite, "testcase", name="all checks passed" if en else "全部检查通过", classname=r.path,
                          file=r.path)
        totals["tests"] += tests
        totals["failures"] += len(r.diagnostics)
        totals["errors"] += len(r.errors)
    for k, v in totals.items():
        root.set(k, str(v))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
