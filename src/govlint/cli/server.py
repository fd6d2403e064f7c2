"""``govlint server``: a language server (LSP, over stdio) for the text and Markdown reports people
edit in VS Code, Vim, Emacs or any LSP editor. docs/editors.md shows the set-up.

- Diagnostics when a report is opened, changed (debounced: a pause of
  ``initializationOptions.debounce`` seconds, default 0.4, after the last change) and saved; each
  with the rule's code, a link to its page, and the cells of a failed relation as related
  information. A text that is no report gets no diagnostics (the editor opens many text files).
- Hover on a finding shows its message and the rule's docs.
- Code actions: the safe fix of each finding under the cursor (a quick fix), and all of a
  report's safe fixes at once (``source.fixAll.govlint``).
- The configuration is the report's own: the closest ``govlint.toml`` / ``pyproject.toml``
  ``[tool.govlint]`` above the file, as ``govlint check`` would find it (rules, options, language,
  suppression entries), read again when it changes.

Positions are converted to the encoding the client and pygls agreed on (UTF-16 by default).
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Dict, Optional, Tuple

from .. import __version__
from ..config import Config, ConfigError, find_config, load_config
from ..diagnostics import Diagnostic, FileResult
from ..syntax.ast import Span

log = logging.getLogger("govlint.cli.server")

SOURCE = "govlint"
DEBOUNCE = 0.4
FIX_ALL = "source.fixAll.govlint"
TEXT_SUFFIXES = (".txt", ".md", ".text", "")


def _types():
    from lsprotocol import types
    return types


class Linter:
    """Settings per configuration file, and the last result per document."""

    def __init__(self):
        #: (configuration file, its modification time) → Settings: an edited configuration is read again
        self.settings: Dict[Tuple[Optional[Path], int], object] = {}
        self.results: Dict[str, Tuple[int, FileResult]] = {}  # uri → (version, result)

    def settings_for(self, path: Path):
        from ..run.engine import Settings
        from ..checks.registry import load
        cfg_path = find_config(path.parent)
        try:
            key = (cfg_path, cfg_path.stat().st_mtime_ns if cfg_path else 0)
        except OSError:
            key = (cfg_path, 0)
        if key not in self.settings:
            cfg = load_config(cfg_path) if cfg_path else Config()
            reg = load(builtins_only=False, local=cfg.plugins, base=cfg.base)
            self.settings = {k: v for k, v in self.settings.items() if k[0] != cfg_path}
            self.settings[key] = Settings.make(cfg, reg)
        return self.settings[key]

    def lint(self, path: Path, text: str) -> FileResult:
        from ..run.engine import lint_text
        from ..diagnostics.triage import Triage
        settings = self.settings_for(path)
        result = lint_text(text, str(path), settings, {"kind": "text"})
        cfg = settings.config
        triage = Triage(cfg.suppress, cfg.path, None, settings.lang)
        return triage.apply(result) if triage else result


def _range(doc, span: Optional[Span]):
    """An LSP range (in the client's units) of a govlint span (1-based, code points)."""
    types = _types()
    if span is None:
        pos = types.Position(line=0, character=0)
        return types.Range(start=pos, end=pos)
    server_range = types.Range(start=types.Position(line=span.line - 1, character=span.column - 1),
                               end=types.Position(line=span.end_line - 1, character=span.end_column - 1))
    return doc.range_to_client_units(server_range)


def _severity(level: str):
    types = _types()
    return {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "note": types.DiagnosticSeverity.Information}.get(level, types.DiagnosticSeverity.Warning)


def to_lsp(doc, d: Diagnostic):
    from ..outputs.ruledocs import rule_url
    types = _types()
    related = [types.DiagnosticRelatedInformation(
        location=types.Location(uri=doc.uri, range=_range(doc, r.span)), message=r.message)
        for r in d.related if r.span is not None]
    return types.Diagnostic(range=_range(doc, d.span), message=d.message, severity=_severity(d.severity),
                            code=d.code, code_description=types.CodeDescription(href=rule_url(d.code)),
                            source=SOURCE, related_information=related or None)


def _contains(span: Optional[Span], line: int, character: int) -> bool:
    """Whether a 1-based span holds the 0-based (line, code-point character) position."""
    if span is None:
        return False
    start, end = (span.line - 1, span.column - 1), (span.end_line - 1, span.end_column - 1)
    return start <= (line, character) <= max(end, (start[0], start[1] + 1))


def _overlaps(span: Optional[Span], rng) -> bool:
    if span is None:
        return False
    start, end = (span.line - 1, span.column - 1), (span.end_line - 1, span.end_column - 1)
    a, b = (rng.start.line, rng.start.character), (rng.end.line, rng.end.character)
    return start <= b and a <= max(end, (start[0], start[1] + 1))


def _edits(doc, d: Diagnostic):
    from ..run.fixes import apply_edits
    types = _types()
    # only the edits that still match the document (apply_edits checks each one)
    _, made = apply_edits(doc.source, d.fix)
    return [types.TextEdit(range=_range(doc, e.span), new_text=e.text) for e in made]


def build_server():
    from pygls.lsp.server import LanguageServer
    types = _types()

    server = LanguageServer("govlint", __version__)
    linter = Linter()
    pending: Dict[str, asyncio.TimerHandle] = {}
    options = {"debounce": DEBOUNCE}

    def path_of(uri: str) -> Optional[Path]:
        from pygls.uris import to_fs_path
        p = to_fs_path(uri)
        if not p or Path(p).suffix.lower() not in TEXT_SUFFIXES:
            return None
        return Path(p)

    def publish(uri: str) -> None:
        pending.pop(uri, None)
        doc = server.workspace.get_text_document(uri)
        path = path_of(uri)
        if path is None:
            return
        try:
            result = linter.lint(path, doc.source)
        except ConfigError as exc:
            server.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                               message=f"govlint: {exc}"))
            return
        linter.results[uri] = (doc.version or 0, result)
        diagnostics = [to_lsp(doc, d) for d in result.diagnostics] if not result.errors else []
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=doc.version, diagnostics=diagnostics))

    def later(uri: str) -> None:
        old = pending.pop(uri, None)
        if old is not None:
            old.cancel()
        pending[uri] = asyncio.get_running_loop().call_later(options["debounce"], publish, uri)

    @server.feature(types.INITIALIZE)
    def initialize(ls, params: types.InitializeParams):
        init = params.initialization_options or {}
        if isinstance(init, dict) and isinstance(init.get("debounce"), (int, float)):
            options["debounce"] = max(0.0, float(init["debounce"]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: types.DidOpenTextDocumentParams):
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: types.DidChangeTextDocumentParams):
        later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls, params: types.DidSaveTextDocumentParams):
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        old = pending.pop(uri, None)
        if old is not None:
            old.cancel()
        linter.results.pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def current(uri: str) -> Optional[FileResult]:
        doc = server.workspace.get_text_document(uri)
        found = linter.results.get(uri)
        if found is None or found[0] != (doc.version or 0):
            publish(uri)  # the client asked before the debounced lint: lint now
            found = linter.results.get(uri)
        return found[1] if found else None

    def server_position(doc, position):
        return doc.position_codec.position_from_client_units(doc.lines, position)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: types.HoverParams):
        uri = params.text_document.uri
        result = current(uri)
        if result is None:
            return None
        doc = server.workspace.get_text_document(uri)
        pos = server_position(doc, params.position)
        hits = [d for d in result.diagnostics if _contains(d.span, pos.line, pos.character)]
        if not hits:
            return None
        rules = linter.settings_for(path_of(uri)).registry.rules
        lang = linter.settings_for(path_of(uri)).lang
        parts = []
        for d in hits:
            rule = rules.get(d.code)
            parts.append(f"**{d.code}** {d.message}\n\n" + (rule.docs(lang) if rule else ""))
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value="\n\n---\n\n".join(parts)),
                           range=_range(doc, hits[0].span))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]))
    def code_action(ls, params: types.CodeActionParams):
        uri = params.text_document.uri
        result = current(uri)
        if result is None:
            return []
        doc = server.workspace.get_text_document(uri)
        start = server_position(doc, params.range.start)
        end = server_position(doc, params.range.end)
        rng = types.Range(start=start, end=end)
        wanted = params.context.only
        lang = linter.settings_for(path_of(uri)).lang
        actions = []
        if not wanted or types.CodeActionKind.QuickFix in wanted:
            for d in result.diagnostics:
                if not d.fix or not _overlaps(d.span, rng):
                    continue
                edits = _edits(doc, d)
                if not edits:
                    continue
                title = (f"govlint: fix {d.code}" if lang == "en" else f"govlint：修复 {d.code}") + \
                    f" ({d.fix[0].original} → {d.fix[0].text})"
                actions.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                                diagnostics=[to_lsp(doc, d)], is_preferred=True,
                                                edit=types.WorkspaceEdit(changes={uri: edits})))
        if not wanted or FIX_ALL in wanted or types.CodeActionKind.Source in wanted:
            from ..run.fixes import apply_edits
            edits = [e for d in result.diagnostics for e in d.fix]
            _, made = apply_edits(doc.source, edits)
            if made:
                actions.append(types.CodeAction(
                    title="govlint: fix all safe fixes" if lang == "en" else "govlint：修复全部可安全修复的问题",
                    kind=FIX_ALL, edit=types.WorkspaceEdit(changes={uri: [
                        types.TextEdit(range=_range(doc, e.span), new_text=e.text) for e in made]})))
        return actions

    return server


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    build_server().start_io()
    return 0
