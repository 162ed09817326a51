"""The language server: a thin LSP shell over the engine (pygls 2.x).

Documents are kept as :class:`goleash.document.Document` (text + incremental
tree) for open files only. Diagnostics are pushed (debounced on typing, a newer
edit supersedes a pending analysis) or pulled (``textDocument/diagnostic``) when
the client supports it. Code actions turn engine fixes into WorkspaceEdits.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from dataclasses import replace
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import from_fs_path

from . import __version__, syntax
from .analysis import Analyzer, Evidence, visible
from .docs import doc_url
from .config import Settings, load_file_settings, module_go_version
from .document import UTF8, UTF16, UTF32, Document, SourceText
from .findings import Finding, Severity
from .project import PackageIndex, check_paths, read_source
from .rules import by_code
from .workspace_diagnostics import ClosedFileDiagnostics

log = logging.getLogger("goleash.server")

DEBOUNCE_SECONDS = 0.15
ANALYZE_COMMAND = "goleash.analyzeWorkspace"
EVIDENCE_COMMAND = "goleash.loadEvidence"
_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
             Severity.INFORMATION: types.DiagnosticSeverity.Information, Severity.HINT: types.DiagnosticSeverity.Hint}
_ENCODING = {"utf-8": UTF8, "utf-16": UTF16, "utf-32": UTF32}


def uri_to_path(uri: str) -> str | None:
    p = urlparse(uri)
    if p.scheme != "file":
        return None
    path = unquote(p.path)
    if os.name == "nt" and path.startswith("/"):
        path = path[1:]
    return path


class GoleashProtocol(LanguageServerProtocol):
    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        # Prefer utf-8 positions whenever the client offers them (no conversion at all).
        general = params.capabilities.general if params.capabilities else None
        if general is not None and general.position_encodings and \
                types.PositionEncodingKind.Utf8 in general.position_encodings:
            general.position_encodings = [types.PositionEncodingKind.Utf8] + [
                e for e in general.position_encodings if e != types.PositionEncodingKind.Utf8]
        return (yield from super().lsp_initialize(params))


class GoleashServer(LanguageServer):
    def __init__(self):
        super().__init__("goleash", __version__, protocol_cls=GoleashProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.docs: dict[str, Document] = {}
        self.client_settings: dict = {}
        self.settings = Settings()
        self.analyzer = Analyzer(self.settings)
        self.index = PackageIndex(self.analyzer)
        self.rules = by_code()
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.findings: dict[str, tuple[int | None, list[Finding]]] = {}
        self.use_pull = False
        self.pull_refresh = False
        self.evidence = Evidence(read=read_source)
        self.closed = ClosedFileDiagnostics()  # scan and evidence findings of files that are not open

    # ------------------------------------------------------------- settings
    @property
    def encoding(self) -> str:
        try:
            enc = self.workspace.position_encoding
            return _ENCODING.get(getattr(enc, "value", enc), UTF16)
        except Exception:
            return UTF16

    def apply_settings(self, data) -> None:
        if isinstance(data, dict):
            self.client_settings = data.get("goleash", data) if isinstance(data.get("goleash"), dict) else data
        root = None
        try:
            root = uri_to_path(self.workspace.root_uri) if self.workspace.root_uri else None
        except Exception:
            root = None
        base = load_file_settings(root) if root else Settings()
        new = base.merged(self.client_settings)
        for w in new.warnings:
            self.log(types.MessageType.Warning, f"goleash: {w}")
        self.settings = replace(new, warnings=())
        self.analyzer.settings = self.settings
        self.findings.clear()

    def log(self, kind: types.MessageType, message: str) -> None:
        log.log(logging.WARNING if kind <= types.MessageType.Warning else logging.INFO, message)
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # not connected yet
            pass

    # ------------------------------------------------------------- analysis
    def analyze(self, doc: Document) -> list[Finding]:
        cached = self.findings.get(doc.uri)
        if cached is not None and cached[0] == doc.version and cached[1] is not None:
            return cached[1]
        t0 = time.perf_counter()
        try:
            open_docs = {d.path: (d.source, d.tree) for d in self.docs.values() if d.path and d is not doc}
            facts = self.index.facts_for(doc.path, (doc.source, doc.tree), open_docs)
            gov = module_go_version(doc.path, self.settings.go_version)
            found = self.analyzer.analyze(doc.source, doc.tree, doc.path, facts, gov, self.evidence)
        except Exception as e:  # the server keeps serving whatever happens
            log.exception("analysis failed for %s", doc.uri)
            self.log(types.MessageType.Error, f"goleash: analysis of {doc.uri} failed: {e}")
            found = []
        for err in self.analyzer.drain_errors():
            self.log(types.MessageType.Warning, f"goleash: {err}")
        self.findings[doc.uri] = (doc.version, found)
        log.info("analysed %s v%s in %.1f ms: %d findings", doc.uri, doc.version,
                 (time.perf_counter() - t0) * 1000, len(found))
        return found

    def diagnostics(self, doc_or_text, uri: str, findings: list[Finding]) -> list[types.Diagnostic]:
        out = []
        enc = self.encoding
        for f in visible(findings, self.settings, self.rules):
            out.append(self.to_diagnostic(doc_or_text, uri, f, enc))
        return out

    def to_diagnostic(self, text: SourceText, uri: str, f: Finding, enc: str) -> types.Diagnostic:
        related = []
        for r in f.related:
            where, where_uri = text, uri
            if r.path:  # another file of the package: its text from the open buffer or the disk
                open_doc = next((d for d in self.docs.values() if d.path == r.path), None)
                try:
                    where = open_doc or SourceText(read_source(r.path))
                except OSError:
                    continue
                where_uri = from_fs_path(r.path) or r.path
            related.append(types.DiagnosticRelatedInformation(
                location=types.Location(uri=where_uri, range=_range(where, r.start, r.end, enc)), message=r.message))
        tags = [types.DiagnosticTag.Unnecessary] if "unnecessary" in f.tags else None
        return types.Diagnostic(
            range=_range(text, f.start, f.end, enc),
            message=f.message,
            severity=_SEVERITY[f.severity],
            code=f.code,
            code_description=types.CodeDescription(href=doc_url(f.code, self.settings.docs_url)),
            source="goleash",
            related_information=related or None,
            tags=tags,
            data={"code": f.code, "start": f.start, "end": f.end},
        )

    def publish(self, uri: str) -> None:
        self.pending.pop(uri, None)
        doc = self.docs.get(uri)
        if doc is None:
            return
        findings = self.analyze(doc)
        if self.use_pull:
            return
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=doc.version, diagnostics=self.diagnostics(doc, uri, findings)))

    def schedule(self, uri: str, delay: float = DEBOUNCE_SECONDS) -> None:
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()  # a newer edit supersedes the pending analysis
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.publish(uri)
            return
        self.pending[uri] = loop.call_later(delay, self._safe_publish, uri)

    def _safe_publish(self, uri: str) -> None:
        try:
            self.publish(uri)
        except Exception:
            log.exception("publishing diagnostics for %s failed", uri)

    def refresh_all(self) -> None:
        """Settings or package facts changed: recompute every open document."""
        self.findings.clear()
        self.refresh_closed_files()
        if self.use_pull:
            if self.pull_refresh:
                try:
                    self.workspace_diagnostic_refresh(None)
                except Exception:
                    log.debug("diagnostic refresh failed", exc_info=True)
            return
        for uri in list(self.docs):
            self.schedule(uri, 0)

    # ------------------------------------------- files that are not open
    def analyze_file_on_disk(self, path: str) -> tuple[bytes, list[Finding]]:
        """A file that is not open, analysed from disk with its package's facts and the evidence."""
        src = read_source(path)
        tree = syntax.parse(src)
        open_docs = {d.path: (d.source, d.tree) for d in self.docs.values() if d.path}
        found = self.analyzer.analyze(src, tree, path, self.index.facts_for(path, (src, tree), open_docs),
                                      module_go_version(path, self.settings.go_version), self.evidence)
        return src, found

    def deliver_closed_file(self, uri: str, path: str, source: bytes, findings: list[Finding]) -> int:
        """Show the findings of a file that is not open (workspace pull or push); return how many show."""
        diags = self.diagnostics(SourceText(source), uri, findings)
        self.closed.deliver(self, uri, path, diags)
        return len(diags)

    def count_open_document(self, uri: str) -> int:
        """How many diagnostics an open document shows (a scan's summary counts them too)."""
        doc = self.docs.get(uri)
        return len(visible(self.analyze(doc), self.settings, self.rules)) if doc is not None else 0

    def refresh_closed_file(self, uri: str) -> None:
        path = self.closed.tracked.get(uri)
        if path is None or uri in self.docs:
            return
        try:
            src, found = self.analyze_file_on_disk(path)
        except OSError:
            src, found = b"", []  # deleted or unreadable: nothing to show
        except Exception:
            log.exception("analysis of %s failed", path)
            return
        self.deliver_closed_file(uri, path, src, found)

    def refresh_closed_files(self) -> None:
        for uri in list(self.closed.tracked):
            self.refresh_closed_file(uri)
        self.closed.flush(self, self.pull_refresh)


server = GoleashServer()


def _range(text: SourceText, start: int, end: int, enc: str) -> types.Range:
    sl, sc = text.position_at(start, enc)
    el, ec = text.position_at(end, enc)
    return types.Range(start=types.Position(line=sl, character=sc), end=types.Position(line=el, character=ec))


# --------------------------------------------------------------- lifecycle
@server.feature(types.INITIALIZE)
def initialize(ls: GoleashServer, params: types.InitializeParams) -> None:
    caps = params.capabilities
    td = caps.text_document if caps else None
    ls.use_pull = bool(td is not None and td.diagnostic is not None)
    ws = caps.workspace if caps else None
    ls.pull_refresh = bool(ws is not None and ws.diagnostics is not None and ws.diagnostics.refresh_support)
    try:
        ls.apply_settings(params.initialization_options or {})
    except Exception as e:
        ls.log(types.MessageType.Warning, f"goleash: bad initializationOptions ignored: {e}")
    client = params.client_info.name if params.client_info else "unknown client"
    log.info("initialized for %s, position encoding %s, %s diagnostics", client, ls.encoding,
             "pull" if ls.use_pull else "push")


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: GoleashServer, params: types.DidChangeConfigurationParams) -> None:
    data = params.settings
    if not isinstance(data, dict) or not data:
        try:
            got = await ls.workspace_configuration_async(types.ConfigurationParams(
                items=[types.ConfigurationItem(section="goleash")]))
            data = got[0] if got else None
        except Exception as e:
            log.info("workspace/configuration not answered: %s", e)
            data = None
    if isinstance(data, dict):
        ls.apply_settings(data)
        ls.refresh_all()


# --------------------------------------------------------------- documents
def _is_go(uri: str) -> bool:
    return uri.endswith(".go")


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: GoleashServer, params: types.DidOpenTextDocumentParams) -> None:
    td = params.text_document
    if not _is_go(td.uri) and td.language_id != "go":
        return
    ls.docs[td.uri] = Document(td.uri, td.text, td.version, uri_to_path(td.uri))
    ls.closed.opened(ls, td.uri, ls.use_pull)
    ls.schedule(td.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: GoleashServer, params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    doc = ls.docs.get(uri)
    if doc is None:
        return
    changes = []
    for c in params.content_changes:
        rng = getattr(c, "range", None)
        if rng is None:
            changes.append((None, c.text))
        else:
            changes.append(((rng.start.line, rng.start.character, rng.end.line, rng.end.character), c.text))
    try:
        doc.apply_changes(changes, params.text_document.version, ls.encoding)
    except Exception:
        log.exception("could not apply edit to %s; reloading from the client's text", uri)
        try:
            doc.apply_changes([(None, ls.workspace.get_text_document(uri).source)], params.text_document.version)
        except Exception:
            log.exception("reload failed for %s", uri)
            return
    ls.findings.pop(uri, None)
    ls.schedule(uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: GoleashServer, params: types.DidSaveTextDocumentParams) -> None:
    # package facts of the siblings may have changed: recheck the open files of that package
    uri = params.text_document.uri
    doc = ls.docs.get(uri)
    if doc is None:
        return
    d = os.path.dirname(doc.path or "")
    for other in ls.docs.values():
        if os.path.dirname(other.path or "") == d:
            ls.findings.pop(other.uri, None)
            ls.schedule(other.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: GoleashServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.docs.pop(uri, None)  # trees are kept only for open documents
    ls.findings.pop(uri, None)
    h = ls.pending.pop(uri, None)
    if h is not None:
        h.cancel()
    if not ls.use_pull:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
    ls.refresh_closed_file(uri)  # a scanned file keeps its findings, now from the disk
    ls.closed.flush(ls, ls.pull_refresh)


@server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="goleash", inter_file_dependencies=True,
                                        workspace_diagnostics=False))
def pull_diagnostics(ls: GoleashServer, params: types.DocumentDiagnosticParams):
    doc = ls.docs.get(params.text_document.uri)
    if doc is None:  # not open: what the workspace scan or evidence found there
        return types.RelatedFullDocumentDiagnosticReport(items=ls.closed.items_for(params.text_document.uri))
    items = ls.diagnostics(doc, doc.uri, ls.analyze(doc))
    return types.RelatedFullDocumentDiagnosticReport(items=items)


@server.feature(types.WORKSPACE_DIAGNOSTIC)
async def workspace_diagnostics(ls: GoleashServer, params: types.WorkspaceDiagnosticParams):
    """Findings of files that are not open (scan, evidence): held until they change."""
    return await ls.closed.answer(params)


# ------------------------------------------------------------ code actions
@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False))
def code_action(ls: GoleashServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    doc = ls.docs.get(uri)
    if doc is None:
        return []
    enc = ls.encoding
    start, end = _line_span(doc, params.range, enc)
    actions: list[types.CodeAction] = []
    shown = {id(f) for f in visible(ls.analyze(doc), ls.settings, ls.rules)}
    for f in ls.analyze(doc):
        if f.end < start or f.start > end:
            continue
        diag = ls.to_diagnostic(doc, uri, f, enc)
        linked = [diag] if id(f) in shown else _matching_client_diags(params, diag)
        for fix in f.fixes:
            edits = [types.TextEdit(range=_range(doc, e.start, e.end, enc), new_text=e.new_text) for e in fix.edits]
            actions.append(types.CodeAction(
                title=f"{fix.title} ({f.code})", kind=types.CodeActionKind.QuickFix,
                diagnostics=linked or None, is_preferred=fix.preferred or None,
                edit=types.WorkspaceEdit(changes={uri: edits})))
        actions.append(_suppress_action(doc, uri, f, diag, enc))
    return actions


def _line_span(doc: Document, r: types.Range, enc: str) -> tuple[int, int]:
    """The byte span of the whole lines a code action request touches: fixes are offered anywhere on a
    flagged line (the cursor in the indentation, at the end of the line, on another token)."""
    start = doc.offset_at(r.start.line, 0, enc)
    end_line = r.end.line - 1 if r.end.line > r.start.line and r.end.character == 0 else r.end.line
    next_line = doc.offset_at(end_line + 1, 0, enc)
    end = next_line - 1 if next_line > start and doc.source[next_line - 1:next_line] == b"\n" else next_line
    return start, max(start, end)


def _matching_client_diags(params: types.CodeActionParams, diag: types.Diagnostic) -> list[types.Diagnostic]:
    """gopls's diagnostics in the request that cover ours (deferToGopls: our fix on their range)."""
    out = []
    for d in params.context.diagnostics or []:
        if d.source == "goleash":
            continue
        if d.range.start.line <= diag.range.start.line <= d.range.end.line:
            out.append(d)
    return out


def _suppress_action(doc: Document, uri: str, f: Finding, diag: types.Diagnostic, enc: str) -> types.CodeAction:
    from . import syntax
    ls_ = syntax.line_start(doc.source, f.start)
    indent = syntax.line_indent(doc.source, f.start)
    text = f"{indent}//goleash:ignore {f.code} TODO: explain why this is safe\n"
    pos = _range(doc, ls_, ls_, enc)
    return types.CodeAction(
        title=f"Ignore {f.code} here with //goleash:ignore", kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag], edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=pos, new_text=text)]}))


# ------------------------------------------------------------------- hover
@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: GoleashServer, params: types.HoverParams) -> types.Hover | None:
    from .goroutines import describe, go_statement_at
    doc = ls.docs.get(params.text_document.uri)
    if doc is None:
        return None
    enc = ls.encoding
    offset = doc.offset_at(params.position.line, params.position.character, enc)
    g = go_statement_at(doc.tree, offset)
    if g is None or g.has_error:
        return None
    text = describe(doc.source, g, ls.analyze(doc))
    head_end = min(g.end_byte, g.start_byte + 2)
    kind = _hover_format(ls)
    if kind == types.MarkupKind.PlainText:
        text = _plain_text(text)
    return types.Hover(contents=types.MarkupContent(kind=kind, value=text),
                       range=_range(doc, g.start_byte, head_end, enc))


def _hover_format(ls: GoleashServer) -> types.MarkupKind:
    """Markdown only for a client that renders it: the first of its hover contentFormat we support."""
    try:
        formats = ls.client_capabilities.text_document.hover.content_format
    except AttributeError:
        formats = None
    for f in formats or []:
        if f in (types.MarkupKind.Markdown, types.MarkupKind.PlainText):
            return types.MarkupKind(f)
    return types.MarkupKind.PlainText if formats else types.MarkupKind.Markdown


def _plain_text(markdown: str) -> str:
    """The hover's markdown as plain text: no emphasis stars, no backticks."""
    return markdown.replace("**", "").replace("`", "")


# ---------------------------------------------------------------- commands
@server.command(ANALYZE_COMMAND)
def analyze_workspace(ls: GoleashServer, *args) -> dict:
    roots = []
    try:
        for folder in (ls.workspace.folders or {}).values():
            p = uri_to_path(folder.uri)
            if p:
                roots.append(p)
        if not roots and ls.workspace.root_uri:
            p = uri_to_path(ls.workspace.root_uri)
            if p:
                roots.append(p)
    except Exception:
        log.exception("no workspace folders")
    errors: list[str] = []
    files = findings = 0
    for res in check_paths(roots, ls.analyzer, errors, ls.evidence):
        files += 1
        uri = from_fs_path(res.path) or res.path
        if uri in ls.docs:  # open: its own diagnostics show (and count) what its buffer holds
            ls.closed.tracked[uri] = res.path  # and when it is closed, its file's findings stay
            findings += ls.count_open_document(uri)
            continue
        findings += ls.deliver_closed_file(uri, res.path, res.source, res.findings)
    for e in errors:
        ls.log(types.MessageType.Warning, f"goleash: {e}")
    ls.closed.flush(ls, ls.pull_refresh)
    return {"files": files, "findings": findings}


@server.command(EVIDENCE_COMMAND)
def load_evidence(ls: GoleashServer, *args) -> dict:
    """Load a goroutine dump or race report (a file path, or the text itself); [] clears it."""
    from .evidence import anchors_for, parse
    arg = args[0] if args else None
    if isinstance(arg, list):
        arg = arg[0] if arg else None
    text = ""
    if isinstance(arg, str) and arg and "\n" not in arg and os.path.isfile(arg):
        with open(arg, encoding="utf-8", errors="replace") as f:
            text = f.read()
    elif isinstance(arg, str):
        text = arg
    roots = tuple(p for p in (uri_to_path(f.uri) for f in (ls.workspace.folders or {}).values()) if p)
    old_paths = ls.evidence.paths
    items = parse(text, roots)
    ls.evidence = Evidence(items, anchors_for(items, read_source), read_source)
    open_paths = {d.path for d in ls.docs.values()}
    for path in (ls.evidence.paths | old_paths) - open_paths:  # evidence on files that are not open
        ls.closed.tracked.setdefault(from_fs_path(path) or path, path)
    ls.refresh_all()
    return {"findings": len(ls.evidence.items), "files": len(ls.evidence.paths)}


def run(tcp: str | None = None, log_level: str = "warning", log_file: str | None = None) -> int:
    level = getattr(logging, str(log_level).upper(), logging.WARNING)
    handler = logging.FileHandler(log_file) if log_file else logging.StreamHandler(sys.stderr)
    logging.basicConfig(level=level, handlers=[handler], format="goleash %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pygls").setLevel(max(level, logging.WARNING))  # pygls logs every message at INFO
    if tcp:
        host, _, port = tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
    else:
        server.start_io()
    return 0
