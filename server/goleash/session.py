"""The language server's core: lifecycle, documents, settings, diagnostics.

This module answers everything the first diagnostics need (initialize, the text
document notifications, push and pull diagnostics, configuration) with plain JSON and
without pygls or lsprotocol: importing those costs half a second, more than the whole
start-up budget. The remaining features (code actions, hover, commands; ``server.py``)
run on pygls, loaded in the background once the first diagnostics are out (or when a
message needs it first); their messages wait for it meanwhile.

The request loop (asyncio, main thread) never analyses and never parses: the worker
thread does (``worker.py``), the workspace scan runs in a subprocess (``scan.py``).
Reading, framing and JSON decoding happen in a reader thread, writing in a writer
thread (``rpc.py``).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import sys
import threading
import time
from dataclasses import replace
from urllib.parse import quote, unquote, urlparse

from . import __version__, rpc
from .config import Settings, load_file_settings
from .document import UTF8, UTF16, UTF32, SourceText, input_edit
from .worker import LiveDoc, Worker

log = logging.getLogger("goleash.server")

DEBOUNCE_SECONDS = float(os.environ.get("GOLEASH_DEBOUNCE", "0.15"))  # seconds after the last edit
REQUEST_WAIT = 0.1        # hover/codeAction wait this long for the analysis of the current text
WATCHDOG_PERIOD = 0.05
INT_MAX = 2**31 - 1

# What initialize advertises. server.py's pygls features must match it:
# tests/lsp/test_protocol.py::test_static_capabilities_match_the_handlers checks that.
CAPABILITIES = {
    "textDocumentSync": {"openClose": True, "change": 2, "save": True},
    "hoverProvider": True,
    "codeActionProvider": {"codeActionKinds": ["quickfix"], "resolveProvider": False},
    "executeCommandProvider": {"commands": ["goleash.analyzeWorkspace", "goleash.loadEvidence"]},
    "diagnosticProvider": {"interFileDependencies": True, "workspaceDiagnostics": True, "identifier": "goleash"},
    "workspace": {"workspaceFolders": {"supported": True, "changeNotifications": True}, "fileOperations": {}},
}
CORE_REQUESTS = {"initialize", "shutdown", "textDocument/diagnostic"}
CORE_NOTIFICATIONS = {"initialized", "exit", "textDocument/didOpen", "textDocument/didChange",
                      "textDocument/didClose", "textDocument/didSave", "workspace/didChangeConfiguration",
                      "window/workDoneProgress/cancel", "$/cancelRequest", "$/setTrace"}


class InvalidParams(Exception):
    pass


class Hooks:
    """What the pygls side (server.py) wants to hear about documents; no-ops until it is
    loaded (before that, nothing about files that are not open is tracked)."""

    def opened(self, uri: str) -> None:
        pass

    def closed_doc(self, uri: str) -> None:
        pass

    def refreshed(self) -> None:
        pass

    def closed_items(self, uri: str) -> list[dict]:
        return []


def uri_to_path(uri: str) -> str | None:
    p = urlparse(uri)
    if p.scheme != "file":
        return None
    path = unquote(p.path)
    if os.name == "nt" and path.startswith("/"):
        path = path[1:]
    return path


def path_to_uri(path: str) -> str:
    return "file://" + quote(path)


# ------------------------------------------------------------ param checks
def _obj(v, what: str) -> dict:
    if not isinstance(v, dict):
        raise InvalidParams(f"{what} must be an object")
    return v


def _str(d: dict, key: str, what: str) -> str:
    v = d.get(key)
    if not isinstance(v, str):
        raise InvalidParams(f"{what}.{key} must be a string")
    return v


def _int(v, what: str, nullable: bool = False):
    if v is None and nullable:
        return None
    if not isinstance(v, int) or isinstance(v, bool):
        raise InvalidParams(f"{what} must be an integer")
    return v


def _position(v, what: str) -> tuple[int, int]:
    p = _obj(v, what)
    # out-of-range positions (negative, beyond 2^31-1) are clamped like positions past the end
    line = min(max(_int(p.get("line"), what + ".line"), 0), INT_MAX)
    ch = min(max(_int(p.get("character"), what + ".character"), 0), INT_MAX)
    return line, ch


def _section(d, *keys):
    for k in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


class Session:
    def __init__(self, loop: asyncio.AbstractEventLoop, writer: rpc.Writer):
        self.loop = loop
        self.writer = writer
        self.state = "new"                     # new -> running -> shutdown
        self.exit_code: int | None = None
        self.docs: dict[str, LiveDoc] = {}
        self.lock = threading.Lock()           # documents' text/tree hand-over with the worker
        self._revisions = itertools.count(1)
        self.settings = Settings()
        self.settings_gen = 0
        self.client_settings: dict = {}
        self.encoding = UTF16
        self.use_pull = False
        self.pull_refresh = False
        self.progress_support = False
        self.init_params: dict = {}
        self.root: str | None = None
        self.evidence = None                   # analysis.Evidence, set by goleash.loadEvidence
        self.evidence_text = ""
        self.worker = Worker(self)
        self.bridge = PyglsBridge(self)
        self._outgoing: dict = {}
        self._ids = itertools.count(1)
        self._waiters: dict[str, list] = {}
        self._pull: dict = {}                  # request id -> task of a waiting pull request
        self._watchdog = None
        self.scan = None                       # scan.WorkspaceScan while one runs
        self.hooks = Hooks()                   # server.py's, once loaded

    # ------------------------------------------------------------- output
    def send(self, obj, key=None) -> None:
        self.writer.send(obj, key)

    def respond(self, msg_id, result=None) -> None:
        self.send({"jsonrpc": "2.0", "id": msg_id, "result": result})

    def respond_error(self, msg_id, code: int, message: str) -> None:
        self.send(rpc.error_response(msg_id, code, message))

    def notify(self, method: str, params) -> None:
        if self.state == "shutdown" and method != "window/logMessage":
            return
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    async def request(self, method: str, params, timeout: float | None = None):
        """Send a request to the client and wait for its result."""
        msg_id = f"goleash-{next(self._ids)}"
        fut = self.loop.create_future()
        self._outgoing[msg_id] = fut
        self.send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self._outgoing.pop(msg_id, None)

    def log_message(self, kind: int, message: str) -> None:
        """A line for the client's output channel (window/logMessage) and our log."""
        log.log(logging.WARNING if kind <= 2 else logging.INFO, message)
        if self.state != "new":
            self.send({"jsonrpc": "2.0", "method": "window/logMessage", "params": {"type": kind, "message": message}})

    def log_warning(self, message: str) -> None:
        """From any thread."""
        self.loop.call_soon_threadsafe(self.log_message, 2, message)

    def log_info(self, message: str) -> None:
        self.loop.call_soon_threadsafe(self.log_message, 3, message)

    # ------------------------------------------------------------- input
    def on_message(self, msg: rpc.Message | None, err: dict | None) -> None:
        """Every message the reader thread decoded, in order, on the loop."""
        try:
            if err is not None:
                self.send(err)
                return
            if msg.kind == "response":
                self._on_response(msg)
            elif msg.kind == "request":
                self._on_request(msg)
            else:
                self._on_notification(msg)
        except Exception:
            log.exception("goleash: internal error handling %r", msg)
            if msg is not None and msg.kind == "request":
                self.respond_error(msg.id, rpc.INTERNAL_ERROR, "internal error")

    def on_eof(self) -> None:
        log.info("the client closed the connection")
        self.stop(0 if self.state == "shutdown" else 1)

    def _on_response(self, msg: rpc.Message) -> None:
        fut = self._outgoing.pop(msg.id, None) if isinstance(msg.id, (str, int)) else None
        if fut is not None:
            if not fut.done():
                if msg.error is not None:
                    fut.set_exception(RuntimeError(f"client error: {msg.error}"))
                else:
                    fut.set_result(msg.result)
            return
        self.bridge.dispatch(msg)

    def _on_request(self, msg: rpc.Message) -> None:
        method = msg.method
        if method == "initialize":
            if self.state != "new":
                self.respond_error(msg.id, rpc.INVALID_REQUEST, "initialize may only be sent once")
                return
        elif self.state == "new":
            self.respond_error(msg.id, rpc.SERVER_NOT_INITIALIZED, "the server is not initialized yet")
            return
        elif self.state == "shutdown":
            self.respond_error(msg.id, rpc.INVALID_REQUEST, "the server is shutting down")
            return
        if method not in CORE_REQUESTS:
            self.bridge.dispatch(msg)
            return
        try:
            if method == "initialize":
                self.respond(msg.id, self.initialize(_obj(msg.params, "params")))
            elif method == "shutdown":
                self.shutdown()
                self.respond(msg.id, None)
            elif method == "textDocument/diagnostic":
                self.pull_diagnostics(msg.id, _obj(msg.params, "params"))
        except InvalidParams as e:
            rpc.protocol_log(logging.WARNING, "goleash: invalid params in %s: %s", method, e)
            self.respond_error(msg.id, rpc.INVALID_PARAMS, f"Invalid params: {e}")

    def _on_notification(self, msg: rpc.Message) -> None:
        method = msg.method
        if method == "exit":
            self.stop(0 if self.state == "shutdown" else 1)
            return
        if self.state != "running":
            log.info("ignoring %s: the server is %s", method, "not initialized" if self.state == "new" else "shut down")
            return
        if method not in CORE_NOTIFICATIONS:
            if not method.startswith("$/"):
                self.bridge.dispatch(msg)
            return
        try:
            params = _obj(msg.params, "params")
            if method == "textDocument/didOpen":
                self.did_open(params)
            elif method == "textDocument/didChange":
                self.did_change(params)
            elif method == "textDocument/didClose":
                self.did_close(params)
            elif method == "textDocument/didSave":
                self.did_save(params)
            elif method == "workspace/didChangeConfiguration":
                self.did_change_configuration(params)
            elif method == "window/workDoneProgress/cancel":
                if self.scan is not None:
                    self.scan.cancel_token(params.get("token"))
            elif method == "$/cancelRequest":
                self.cancel_request(params.get("id"))
        except InvalidParams as e:
            rpc.protocol_log(logging.WARNING, "goleash: ignored %s with invalid params: %s", method, e)

    # ---------------------------------------------------------- lifecycle
    def initialize(self, params: dict) -> dict:
        self.init_params = params
        caps = params.get("capabilities")
        caps = caps if isinstance(caps, dict) else {}
        offered = _section(caps, "general", "positionEncodings")
        enc = UTF16
        if isinstance(offered, list):
            if UTF8 in offered:
                enc = UTF8  # no conversion at all
            else:
                enc = next((e for e in offered if e in (UTF16, UTF32)), UTF16)
        self.encoding = enc
        self.use_pull = isinstance(_section(caps, "textDocument"), dict) and \
            _section(caps, "textDocument", "diagnostic") is not None
        self.pull_refresh = bool(_section(caps, "workspace", "diagnostics", "refreshSupport"))
        self.progress_support = bool(_section(caps, "window", "workDoneProgress"))
        root_uri = params.get("rootUri")
        if not isinstance(root_uri, str) and isinstance(params.get("rootPath"), str):
            root_uri = path_to_uri(params["rootPath"])
        self.root = uri_to_path(root_uri) if isinstance(root_uri, str) else None
        self.state = "running"
        self.apply_settings(params.get("initializationOptions") or {})
        client = _section(params, "clientInfo", "name") or "unknown client"
        log.info("initialized for %s, position encoding %s, %s diagnostics", client, enc,
                 "pull" if self.use_pull else "push")
        self._watchdog = self.loop.call_later(WATCHDOG_PERIOD, self._watch)
        self.loop.call_later(2.0, self.bridge.load)  # at the latest: code actions soon work without delay
        return {"capabilities": {"positionEncoding": enc, **CAPABILITIES},
                "serverInfo": {"name": "goleash", "version": __version__}}

    def shutdown(self) -> None:
        self.state = "shutdown"
        if self.scan is not None:
            self.scan.cancel()
        self.worker.stop()
        for task in list(self._pull.values()):
            task.cancel()

    def stop(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
        if self.scan is not None:
            self.scan.kill()
        self.worker.stop()
        self.loop.stop()

    def _watch(self) -> None:
        self.worker.watch()
        if self.exit_code is None:
            self._watchdog = self.loop.call_later(WATCHDOG_PERIOD, self._watch)

    # ---------------------------------------------------------- settings
    def apply_settings(self, data) -> None:
        if isinstance(data, dict):
            self.client_settings = data.get("goleash", data) if isinstance(data.get("goleash"), dict) else data
        base = load_file_settings(self.root) if self.root else Settings()
        new = base.merged(self.client_settings)
        for w in new.warnings:
            self.log_message(2, f"goleash: {w}")
        self.settings = replace(new, warnings=())
        self.settings_gen += 1

    def did_change_configuration(self, params: dict) -> None:
        data = params.get("settings")
        if isinstance(data, dict) and data:
            self.apply_settings(data)
            self.refresh_all()
            return

        async def pull():
            try:
                got = await self.request("workspace/configuration", {"items": [{"section": "goleash"}]}, 10)
            except Exception as e:
                log.info("workspace/configuration not answered: %s", e)
                return
            if isinstance(got, list) and got and isinstance(got[0], dict):
                self.apply_settings(got[0])
                self.refresh_all()

        self.loop.create_task(pull())

    def refresh_all(self) -> None:
        """Settings, evidence or package facts changed: recompute every open document."""
        self.settings_gen += 1
        for uri in list(self.docs):
            self.worker.request(uri, 0)
        self.hooks.refreshed()
        if self.use_pull and self.pull_refresh:
            self._refresh_pull()

    def _refresh_pull(self) -> None:
        async def go():
            try:
                await self.request("workspace/diagnostic/refresh", None, 10)
            except Exception as e:
                log.debug("diagnostic refresh failed: %s", e)
        self.loop.create_task(go())

    # ---------------------------------------------------------- documents
    def did_open(self, params: dict) -> None:
        td = _obj(params.get("textDocument"), "textDocument")
        uri = _str(td, "uri", "textDocument")
        text = _str(td, "text", "textDocument")
        version = _int(td.get("version"), "textDocument.version", nullable=True)
        lang = td.get("languageId")
        if not uri.endswith(".go") and lang != "go":
            return
        old = self.docs.get(uri)
        doc = LiveDoc(uri, uri_to_path(uri), SourceText(text.encode("utf-8", "surrogatepass")), version,
                      next(self._revisions))
        with self.lock:
            if old is not None:
                old.closed = True  # reopened: a new document, whatever its version says
            self.docs[uri] = doc
        if old is not None:
            self._wake(old)
        self.hooks.opened(uri)
        self.worker.request(uri, 0)

    def did_change(self, params: dict) -> None:
        td = _obj(params.get("textDocument"), "textDocument")
        uri = _str(td, "uri", "textDocument")
        version = _int(td.get("version"), "textDocument.version", nullable=True)
        changes = params.get("contentChanges")
        if not isinstance(changes, list):
            raise InvalidParams("contentChanges must be an array")
        doc = self.docs.get(uri)
        if doc is None:
            log.info("didChange for %s, which is not open: ignored", uri)
            return
        if version is not None and doc.version is not None and version < doc.version:
            log.info("didChange for %s with version %s older than %s: ignored", uri, version, doc.version)
            return
        parsed = []
        for i, c in enumerate(changes):
            c = _obj(c, f"contentChanges[{i}]")
            new = _str(c, "text", f"contentChanges[{i}]")
            rng = c.get("range")
            if rng is None:
                parsed.append((None, new))
            else:
                rng = _obj(rng, f"contentChanges[{i}].range")
                parsed.append((_position(rng.get("start"), "range.start") + _position(rng.get("end"), "range.end"),
                               new))
        text = doc.text
        edits = []
        enc = self.encoding
        for rng, new in parsed:
            data = new.encode("utf-8", "surrogatepass")
            if rng is None:
                text = SourceText(data)
                edits.append(None)
                continue
            start = text.offset_at(rng[0], rng[1], enc)
            end = max(start, text.offset_at(rng[2], rng[3], enc))
            after = text.replaced(start, end, data)
            edits.append(input_edit(text, start, end, len(data), after))
            text = after
        with self.lock:
            doc.text = text
            doc.edits.extend(edits)
            doc.version = version
            doc.revision = next(self._revisions)
        self.worker.request(uri, DEBOUNCE_SECONDS)

    def did_close(self, params: dict) -> None:
        td = _obj(params.get("textDocument"), "textDocument")
        uri = _str(td, "uri", "textDocument")
        with self.lock:
            doc = self.docs.pop(uri, None)
            if doc is not None:
                doc.closed = True
        if doc is None:
            return
        self.worker.forget(uri)
        self.worker.call(self.worker.trim)  # what the closed document held goes (its tree, cache entries)
        self._wake(doc)
        if not self.use_pull:
            self.send(_publish_empty(uri), key=("publish", uri))
        self.hooks.closed_doc(uri)

    def did_save(self, params: dict) -> None:
        td = _obj(params.get("textDocument"), "textDocument")
        doc = self.docs.get(_str(td, "uri", "textDocument"))
        if doc is None or not doc.path:
            return
        d = os.path.dirname(doc.path)
        for other in list(self.docs.values()):  # package facts of the siblings may have changed
            if other.path and os.path.dirname(other.path) == d:
                self.worker.request(other.uri, 0)

    # ---------------------------------------------------------- results
    def post_snapshot(self, doc: LiveDoc, snap) -> None:
        """From the worker: a finished (or degraded) analysis."""
        self.loop.call_soon_threadsafe(self._on_snapshot, doc, snap)

    def _on_snapshot(self, doc: LiveDoc, snap) -> None:
        if doc.closed or self.docs.get(doc.uri) is not doc:
            return
        old = doc.snapshot
        if old is not None and snap.revision < old.revision:
            return
        doc.snapshot = snap
        self._wake(doc)
        if snap.degraded and snap.degraded != doc.logged:
            self.log_message(3, f"goleash: {doc.path or doc.uri}: {snap.degraded}: no diagnostics for this version")
        doc.logged = snap.degraded
        if snap.revision != doc.revision or self.state != "running":
            return  # a newer version is on its way
        changed = old is None or old.fragments != snap.fragments or old.version != snap.version
        if not changed:
            return
        if self.use_pull:
            if old is not None and old.revision == snap.revision and self.pull_refresh:
                self._refresh_pull()  # new package facts, same text: ask the client to pull again
        else:
            from .lspconv import publish_message
            self.send(publish_message(doc.uri, snap.version, snap.fragments), key=("publish", doc.uri))
        self.bridge.warm()

    def _wake(self, doc: LiveDoc) -> None:
        waiters = self._waiters.get(doc.uri)
        if not waiters:
            return
        snap = doc.snapshot
        keep = []
        for min_rev, fut in waiters:
            if fut.done():
                continue
            if doc.closed or self.docs.get(doc.uri) is not doc:
                fut.set_result(None)
            elif snap is not None and snap.revision >= min_rev:
                fut.set_result(snap)
            else:
                keep.append((min_rev, fut))
        if keep:
            self._waiters[doc.uri] = keep
        else:
            self._waiters.pop(doc.uri, None)

    def _wait(self, doc: LiveDoc) -> asyncio.Future:
        fut = self.loop.create_future()
        snap = doc.snapshot
        if snap is not None and snap.revision >= doc.revision:
            fut.set_result(snap)
            return fut
        self._waiters.setdefault(doc.uri, []).append((doc.revision, fut))
        self.worker.request(doc.uri, 0)  # someone waits: no debounce
        return fut

    async def current(self, uri: str, timeout: float | None = REQUEST_WAIT):
        """The snapshot of ``uri``'s current text, waiting up to ``timeout`` for its analysis;
        None when the document is not open or not analysed in time."""
        doc = self.docs.get(uri)
        if doc is None:
            return None
        rev = doc.revision
        try:
            snap = await asyncio.wait_for(self._wait(doc), timeout)
        except asyncio.TimeoutError:
            return None
        return snap if snap is not None and snap.revision == rev else None

    def pull_diagnostics(self, msg_id, params: dict) -> None:
        td = _obj(params.get("textDocument"), "textDocument")
        uri = _str(td, "uri", "textDocument")
        doc = self.docs.get(uri)
        if doc is None:  # not open: what the workspace scan or evidence found there
            self.respond(msg_id, {"kind": "full", "items": self.hooks.closed_items(uri)})
            return

        async def answer():
            from .lspconv import report_message
            try:
                snap = await self._wait(doc)
            except asyncio.CancelledError:
                self.respond_error(msg_id, rpc.REQUEST_CANCELLED, "cancelled")
                return
            finally:
                self._pull.pop(msg_id, None)
            self.send(report_message(msg_id, snap.fragments if snap is not None else []))

        self._pull[msg_id] = self.loop.create_task(answer())

    def cancel_request(self, msg_id) -> None:
        task = self._pull.get(msg_id)
        if task is not None:
            task.cancel()
            return
        if self.scan is not None and self.scan.request_id is not None and self.scan.request_id == msg_id:
            self.scan.cancel()  # pygls answers the request as cancelled, but does not stop its task
        self.bridge.cancel(msg_id)

    # ---------------------------------------------------------- helpers
    def in_worker(self, fn) -> asyncio.Future:
        """Run ``fn()`` in the analysis thread; awaitable from the loop."""
        return asyncio.wrap_future(self.worker.call(fn), loop=self.loop)

    def set_evidence(self, evidence, text: str) -> None:
        self.evidence = evidence
        self.evidence_text = text


def _publish_empty(uri: str) -> dict:
    return {"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": {"uri": uri, "diagnostics": []}}


class PyglsBridge:
    """Loads ``server.py`` (pygls + lsprotocol) in a background thread and hands it the
    messages the core does not answer itself; they wait in order until it is loaded."""

    def __init__(self, session: Session):
        self.session = session
        self.server = None
        self.state = "unloaded"   # unloaded | loading | ready | failed
        self.queue: list = []

    def warm(self) -> None:
        """After the first diagnostics: load pygls while the user reads them."""
        self.load()

    def load(self) -> None:
        if self.state != "unloaded" or self.session.exit_code is not None:
            return
        self.state = "loading"
        t0 = time.perf_counter()

        def run():
            try:
                from . import server
                srv = server.attach(self.session)
            except BaseException:
                log.exception("goleash: loading the pygls features failed")
                self.session.loop.call_soon_threadsafe(self._loaded, None)
                return
            log.info("pygls features loaded in %.0f ms", (time.perf_counter() - t0) * 1000)
            import gc
            gc.freeze()  # lsprotocol's thousands of classes: out of the cyclic GC's way (see worker._load)
            self.session.loop.call_soon_threadsafe(self._loaded, srv)

        threading.Thread(target=run, name="goleash-pygls-loader", daemon=True).start()

    def _loaded(self, srv) -> None:
        self.server = srv
        self.state = "ready" if srv is not None else "failed"
        queue, self.queue = self.queue, []
        for msg in queue:
            self.dispatch(msg)

    def dispatch(self, msg: rpc.Message) -> None:
        if self.state == "ready":
            try:
                self.server.dispatch(msg)
            except Exception:
                log.exception("goleash: internal error in %s", msg.method)
                if msg.kind == "request":
                    self.session.respond_error(msg.id, rpc.INTERNAL_ERROR, "internal error")
            return
        if self.state == "failed":
            if msg.kind == "request":
                self.session.respond_error(msg.id, rpc.METHOD_NOT_FOUND, f"method not available: {msg.method}")
            return
        self.queue.append(msg)
        self.load()

    def cancel(self, msg_id) -> None:
        if self.state == "ready":
            self.server.cancel(msg_id)
        else:
            for i, m in enumerate(self.queue):
                if m.kind == "request" and m.id == msg_id:
                    del self.queue[i]
                    self.session.respond_error(msg_id, rpc.REQUEST_CANCELLED, "cancelled")
                    return


# ------------------------------------------------------------------ running
class _OneLine(logging.Formatter):
    """Log records on one line: a traceback only at debug level (the client shows stderr)."""

    def __init__(self, fmt: str, verbose: bool):
        super().__init__(fmt)
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and not self.verbose:
            exc = record.exc_info[1]
            record = logging.makeLogRecord(record.__dict__)
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {str(exc)[:300]})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return super().format(record).replace("\n", "\n    ") if not self.verbose else super().format(record)


def _setup_logging(log_level: str, log_file: str | None) -> None:
    level = getattr(logging, str(log_level).upper(), logging.WARNING)
    handler = logging.FileHandler(log_file) if log_file else logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("goleash %(levelname)s %(name)s: %(message)s", level <= logging.DEBUG))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("pygls").setLevel(max(level, logging.WARNING))  # pygls logs every message at INFO

    def hook(args):
        log.error("uncaught error in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    threading.excepthook = hook


def run(tcp: str | None = None, log_level: str = "warning", log_file: str | None = None) -> int:
    _setup_logging(log_level, log_file)
    if os.environ.get("GOLEASH_STACKS"):  # debugging: `kill -USR1 <pid>` prints every thread's stack
        import faulthandler
        import signal
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    # the analysis thread is CPU-bound: hand the GIL to the request loop sooner than every 5 ms
    sys.setswitchinterval(0.002)
    if tcp:
        import socket
        host, _, port = tcp.rpartition(":")
        listener = socket.create_server((host or "127.0.0.1", int(port)))
        conn, _ = listener.accept()
        listener.close()
        read, write = conn.recv, conn.sendall
    else:
        # the protocol gets a private copy of stdout; fd 1 itself goes to stderr, so a stray
        # print (ours, a library's, C code's) can never corrupt the message stream
        out = os.dup(1)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        read = lambda n: os.read(0, n)  # noqa: E731
        write = rpc.fd_writer(out)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    writer = rpc.Writer(write)
    session = Session(loop, writer)
    session.worker.start()  # imports the engine while the client and the server shake hands
    rpc.start_reader(read, lambda m, e: loop.call_soon_threadsafe(session.on_message, m, e),
                     lambda: loop.call_soon_threadsafe(session.on_eof))
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        session.exit_code = 130
    writer.flush(2.0)
    code = session.exit_code if session.exit_code is not None else 1
    logging.shutdown()
    sys.stderr.flush()
    os._exit(code)
