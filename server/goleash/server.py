"""The pygls side of the language server: code actions, hover, commands, workspace diagnostics.

The core (``session.py``) owns the connection, the lifecycle, the documents and the
diagnostics of open documents; it loads this module in the background (pygls and
lsprotocol take half a second to import) and hands it every other message. Handlers here
read analysed *snapshots*: ``await ls.ready(uri)`` gives the document's current text with
its tree and findings (a ``worker.Snapshot``, which has ``offset_at``/``position_at``), or
None when the analysis of the current text is not there within ``session.REQUEST_WAIT`` —
so a request is answered at once even while a long analysis runs. Analysis itself never
runs here: files that are not open are analysed in the worker thread
(``session.in_worker``) or by the scan subprocess (``scan.py``).

A new feature here must also appear in ``session.CAPABILITIES`` (the initialize answer
is sent before this module is loaded); a test compares the two.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import time

import cattrs
from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import JsonRPCNotification, JsonRPCRequestMessage, LanguageServerProtocol, lsp_method
from pygls.workspace import Workspace

from . import __version__, lspconv, rpc
from .document import SourceText
from .findings import Finding
from .project import read_source
from .workspace_diagnostics import ClosedFileDiagnostics

log = logging.getLogger("goleash.server")

ANALYZE_COMMAND = "goleash.analyzeWorkspace"
EVIDENCE_COMMAND = "goleash.loadEvidence"
WORK_DONE_TOKEN: contextvars.ContextVar = contextvars.ContextVar("goleash_work_done_token", default=None)
COMMAND_ID: contextvars.ContextVar = contextvars.ContextVar("goleash_command_id", default=None)


class GoleashProtocol(LanguageServerProtocol):
    def _execute_handler(self, msg_id, handler, callback, args=None, kwargs=None):
        super()._execute_handler(msg_id, handler, callback, args, kwargs)
        # pygls keeps the future of every notification (and of every internal step of its
        # built-in handlers) under a fresh id and never removes it: ~2 KB per message
        fut = self._request_futures.get(msg_id)
        if fut is not None:
            def done(f, msg_id=msg_id):
                if self._request_futures.get(msg_id) is f:
                    del self._request_futures[msg_id]
            fut.add_done_callback(done)

    @lsp_method(types.WORKSPACE_EXECUTE_COMMAND)
    def lsp_workspace__execute_command(self, params: types.ExecuteCommandParams):
        WORK_DONE_TOKEN.set(params.work_done_token)  # the command's task copies this context
        COMMAND_ID.set(self.msg_id)
        return (yield from super().lsp_workspace__execute_command(params))


class GoleashServer(LanguageServer):
    def __init__(self):
        super().__init__("goleash", __version__, protocol_cls=GoleashProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.session = None
        self._rules = None
        self.closed = ClosedFileDiagnostics()  # scan and evidence findings of files that are not open
        self._released = time.monotonic()

    # the core's state, for the handlers -------------------------------------
    @property
    def docs(self) -> dict:
        """Open documents: uri -> their latest snapshot (text, tree, findings)."""
        return {uri: d.snapshot for uri, d in self.session.docs.items() if d.snapshot is not None}

    @property
    def settings(self):
        return self.session.settings

    @property
    def encoding(self) -> str:
        return self.session.encoding

    @property
    def use_pull(self) -> bool:
        return self.session.use_pull

    @property
    def pull_refresh(self) -> bool:
        return self.session.pull_refresh

    @property
    def evidence(self):
        return self.session.evidence

    @property
    def rules(self) -> dict:
        if self._rules is None:
            from .rules import by_code
            self._rules = by_code()
        return self._rules

    async def ready(self, uri: str):
        return await self.session.current(uri)

    def analyze(self, snapshot) -> list[Finding]:
        return snapshot.findings if snapshot is not None else []

    def log(self, kind: types.MessageType, message: str) -> None:
        self.session.log_message(int(kind), message)

    def report_server_error(self, error, source) -> None:
        # no window/showMessage "Error in server" pop-ups: pygls has logged it in one line
        log.debug("goleash: %s: %s", getattr(source, "__name__", source), error)

    def to_diagnostic(self, text: SourceText, uri: str, f: Finding, enc: str) -> types.Diagnostic:
        return self.protocol._converter.structure(
            lspconv.diagnostic(text, uri, f, enc, self._other, self.settings.docs_url), types.Diagnostic)

    def diagnostics(self, text: SourceText, uri: str, findings: list[Finding]) -> list[types.Diagnostic]:
        from .analysis import visible
        enc = self.encoding
        return [self.to_diagnostic(text, uri, f, enc) for f in visible(findings, self.settings, self.rules)]

    def _other(self, path: str):
        for d in list(self.session.docs.values()):
            if d.path == path:
                return d.text
        try:
            return SourceText(read_source(path))
        except OSError:
            return None

    # files that are not open (issue 13: workspace pull or push) ---------------
    def deliver_json(self, uri: str, path: str, params: bytes) -> None:
        """A file's diagnostics from the scan subprocess (LSP JSON), to show while it is not open.
        A held workspace pull is answered at most once a second meanwhile (then at the end)."""
        items = json.loads(params)["diagnostics"]
        diags = self.protocol._converter.structure(items, list[types.Diagnostic]) if items else []
        self.closed.deliver(self, uri, path, diags, wake=False)
        now = time.monotonic()
        if now - self._released > 1.0:
            self._released = now
            self.closed.release()

    def count_open_tracked(self, uri: str, path: str) -> int:
        """A scanned file that is open: when it is closed, its file's findings stay."""
        self.closed.tracked[uri] = path
        return self.count_open_document(uri)

    def count_open_document(self, uri: str) -> int:
        """How many diagnostics an open document shows (a scan's summary counts them too)."""
        doc = self.session.docs.get(uri)
        return len(doc.snapshot.fragments) if doc is not None and doc.snapshot is not None else 0

    async def refresh_closed_files(self, uris: list[str] | None = None) -> None:
        """Recompute, from the disk, the findings of tracked files that are not open (after a
        close, new settings or evidence); analysed in the worker thread."""
        session = self.session
        todo = [(u, p) for u, p in self.closed.tracked.items()
                if (uris is None or u in uris) and u not in session.docs]
        if not todo:
            self.closed.flush(self, self.pull_refresh)
            return
        worker = session.worker

        def analyse():
            from .config import module_go_version
            from .document import parse as parse_source
            out = []
            with session.lock:
                open_docs = {d.path: (d.tree_text.source, d.tree) for d in session.docs.values()
                             if d.path and d.tree is not None}
            for uri, path in todo:
                try:
                    src = read_source(path)
                    tree = parse_source(src)
                    facts = worker.index.facts_for(path, (src, tree), open_docs)
                    found = worker.analyzer.analyze(src, tree, path, facts,
                                                    module_go_version(path, session.settings.go_version),
                                                    session.evidence)
                except Exception as e:  # deleted, unreadable, unparsable: nothing to show
                    log.info("goleash: %s: %s", path, e)
                    src, found = b"", []
                out.append((uri, path, src, found))
            worker.analyzer.drain_skipped()
            return out

        for uri, path, src, found in await session.in_worker(analyse):
            if uri not in session.docs:
                self.closed.deliver(self, uri, path, self.diagnostics(SourceText(src), uri, found))
        self.closed.flush(self, self.pull_refresh)

    # messages from the core --------------------------------------------------
    def dispatch(self, msg: rpc.Message) -> None:
        proto = self.protocol
        if msg.kind == "response":
            error = None
            if msg.error is not None:
                try:
                    error = proto._converter.structure(msg.error, types.ResponseError)
                except Exception:
                    error = types.ResponseError(code=rpc.INTERNAL_ERROR, message=str(msg.error)[:200])
            proto._handle_response(msg.id, msg.result, error)
            return
        if msg.method not in proto.fm.features and msg.method not in proto.fm.builtin_features:
            if msg.kind == "request":
                self.session.respond_error(msg.id, rpc.METHOD_NOT_FOUND, f"Method not found: {msg.method}")
            else:
                log.info("ignoring notification %s: not supported", msg.method)
            return
        data = {"jsonrpc": "2.0", "method": msg.method}
        if msg.kind == "request":
            data["id"] = msg.id
        if msg.has_params:
            data["params"] = msg.params
        typ = proto.get_message_type(msg.method) or \
            (JsonRPCRequestMessage if msg.kind == "request" else JsonRPCNotification)
        try:
            obj = proto._converter.structure(data, typ)
        except (Exception, RecursionError) as e:
            why = _why(e)
            rpc.protocol_log(logging.WARNING, "goleash: invalid params in %s: %s", msg.method, why)
            if msg.kind == "request":
                self.session.respond_error(msg.id, rpc.INVALID_PARAMS, f"Invalid params: {why}")
            return
        proto.handle_message(obj)

    def cancel(self, msg_id) -> None:
        self.protocol._handle_cancel_notification(msg_id)


def _why(e: BaseException) -> str:
    try:
        msgs = cattrs.transform_error(e) if isinstance(e, cattrs.BaseValidationError) else [str(e)]
    except Exception:
        msgs = [str(e)]
    return "; ".join(m for m in msgs[:3])[:300] or type(e).__name__


class _Writer:
    def __init__(self, writer: rpc.Writer):
        self.writer = writer

    def write(self, data: bytes) -> None:
        self.writer.send(data)

    def close(self) -> None:
        pass


class _Hooks:
    """What the core tells this side about documents (see session.Hooks)."""

    def __init__(self, srv: GoleashServer):
        self.srv = srv

    def opened(self, uri: str) -> None:
        self.srv.closed.opened(self.srv, uri, self.srv.use_pull)

    def closed_doc(self, uri: str) -> None:
        if uri in self.srv.closed.tracked:  # a scanned file keeps its findings, now from the disk
            self.srv.session.loop.create_task(self.srv.refresh_closed_files([uri]))

    def refreshed(self) -> None:
        if self.srv.closed.tracked:
            self.srv.session.loop.create_task(self.srv.refresh_closed_files())

    def closed_items(self, uri: str) -> list[dict]:
        return self.srv.protocol._converter.unstructure(self.srv.closed.items_for(uri))


server = GoleashServer()


def attach(session) -> GoleashServer:
    """Connect the pygls server to the core session (called once, from the loader thread)."""
    srv = server
    srv.session = session
    proto = srv.protocol
    proto.set_writer(_Writer(session.writer))
    params = session.init_params or {}
    try:
        caps = proto._converter.structure(params.get("capabilities") or {}, types.ClientCapabilities)
    except Exception:
        caps = types.ClientCapabilities()
    proto.client_capabilities = caps
    folders = []
    for f in params.get("workspaceFolders") or []:
        try:
            folders.append(proto._converter.structure(f, types.WorkspaceFolder))
        except Exception:
            pass
    root_uri = params.get("rootUri") if isinstance(params.get("rootUri"), str) else None
    if root_uri is None and isinstance(params.get("rootPath"), str):
        root_uri = lspconv.path_uri(params["rootPath"])
    proto._workspace = Workspace(root_uri, types.TextDocumentSyncKind.Incremental, folders,
                                 position_encoding=session.encoding)
    srv.process_id = params.get("processId") if isinstance(params.get("processId"), int) else None
    session.hooks = _Hooks(srv)
    return srv


def _range(text: SourceText, start: int, end: int, enc: str) -> types.Range:
    sl, sc = text.position_at(start, enc)
    el, ec = text.position_at(end, enc)
    return types.Range(start=types.Position(line=sl, character=sc), end=types.Position(line=el, character=ec))


def uri_to_path(uri: str) -> str | None:
    from .session import uri_to_path as convert
    return convert(uri)


# --------------------------------------------------------- workspace pull
@server.feature(types.WORKSPACE_DIAGNOSTIC)
async def workspace_diagnostics(ls: GoleashServer, params: types.WorkspaceDiagnosticParams):
    """Findings of files that are not open (scan, evidence): held until they change."""
    return await ls.closed.answer(params)


# ------------------------------------------------------------ code actions
@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False))
async def code_action(ls: GoleashServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    doc = await ls.ready(uri)
    if doc is None:
        return []
    from .analysis import visible
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


def _line_span(doc, r: types.Range, enc: str) -> tuple[int, int]:
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


def _suppress_action(doc, uri: str, f: Finding, diag: types.Diagnostic, enc: str) -> types.CodeAction:
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
async def hover(ls: GoleashServer, params: types.HoverParams) -> types.Hover | None:
    from .goroutines import describe, go_statement_at
    doc = await ls.ready(params.text_document.uri)
    if doc is None or doc.tree is None:
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
def _roots(ls: GoleashServer) -> list[str]:
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
    return roots


@server.command(ANALYZE_COMMAND)
async def analyze_workspace(ls: GoleashServer, *args) -> dict:
    """Check every Go file of the workspace in a subprocess, delivering per file as it goes
    (open documents keep the server's own diagnostics, and count them). A newer run cancels
    this one, as do window/workDoneProgress/cancel and $/cancelRequest."""
    from .scan import scan_workspace
    result = await scan_workspace(ls.session, _roots(ls), WORK_DONE_TOKEN.get(), request_id=COMMAND_ID.get(),
                                  on_file=ls.deliver_json, on_open=ls.count_open_tracked)
    ls.closed.flush(ls, ls.pull_refresh)
    return result


@server.command(EVIDENCE_COMMAND)
async def load_evidence(ls: GoleashServer, *args) -> dict:
    """Load a goroutine dump or race report (a file path, or the text itself); [] clears it."""
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
    session = ls.session

    def load():
        from .analysis import Evidence
        from .evidence import anchors_for, parse
        items = parse(text, roots)
        return Evidence(items, anchors_for(items, read_source), read_source)

    old_paths = session.evidence.paths if session.evidence is not None else set()
    evidence = await session.in_worker(load)  # reads the evidenced files: off the request loop
    session.set_evidence(evidence, text)
    open_paths = {d.path for d in session.docs.values()}
    for path in (evidence.paths | old_paths) - open_paths:  # evidence on files that are not open
        ls.closed.tracked.setdefault(lspconv.path_uri(path), path)
    session.refresh_all()  # open documents, and (hooks.refreshed) the tracked files that are not
    return {"findings": len(evidence.items), "files": len(evidence.paths)}
