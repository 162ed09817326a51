"""The server's analysis worker: one thread that parses and analyses open documents off
the request loop.

* Jobs: an analysis per document (debounced; the earliest due first), calls the server
  hands over (``call``), and background work (summaries of sibling files) that yields to
  any due document.
* Every analysis has a time budget (``limits.budget_for``) and is stopped when a newer
  version of its document (or newer settings) arrives: the engine's ``check`` hook raises
  between declarations, and a watchdog run by the request loop raises inside a single
  declaration that overruns (an asynchronous exception in this thread). A document whose
  analysis runs out of time gets a diagnostic-free result and one log line.
* Parsing feeds tree-sitter in chunks (``document.parse``) so the loop gets the GIL back
  while a large file parses.
* The first diagnostics of a document use the package facts already known; the siblings'
  summaries are read afterwards, and the document is re-analysed when they arrive.

Heavy modules (the engine and its rules) are imported by this thread when it starts,
not by the request loop.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import threading
import time
from collections import deque
from concurrent.futures import Future

from . import limits
from .document import SourceText, Unparsable
from .document import reparse

log = logging.getLogger("goleash.worker")

GRACE = 0.25          # seconds a job may overrun its deadline/cancel before the watchdog stops it
CACHE_SLACK = 512     # per-declaration cache entries kept beyond the open packages' declarations
FILE_SLACK = 16       # per-file cache entries kept beyond the open packages' files
IDLE_GC = 1.0         # seconds without work before the worker runs a full garbage collection
SIBLINGS_INLINE = 64 * 1024  # siblings up to this size are summarised before the first diagnostics
# tests only: forget the engine's per-declaration results before each analysis, so that a
# differential test can tell the server's own work from the engine's cache (issue 14, point 2)
FRESH_ENGINE = os.environ.get("GOLEASH_FRESH_ENGINE") == "1"


def _total_size(paths: list[str]) -> int:
    total = 0
    for p in paths:
        try:
            total += os.stat(p).st_size
        except OSError:
            pass
    return total


class _Refused(Exception):
    pass


class Snapshot(SourceText):
    """One analysed version of a document: its text, tree, findings and published JSON.
    Immutable once made; what hover, code actions and pull diagnostics read."""

    def __init__(self, doc, text: SourceText, version, revision: int, tree, findings, fragments,
                 degraded: str | None = None):
        super().__init__(text.source)
        self._line_starts = text._line_starts
        self._lsp_starts = text._lsp_starts
        self.uri = doc.uri
        self.path = doc.path
        self.version = version
        self.revision = revision
        self.tree = tree
        self.findings = findings
        self.fragments = fragments
        self.degraded = degraded


class LiveDoc:
    """An open document. The request loop owns the text (edits are applied at once, so
    positions of later messages convert right); the worker owns the tree, which catches up
    with the text through the recorded tree-sitter edits."""

    def __init__(self, uri: str, path: str | None, text: SourceText, version, revision: int):
        self.uri = uri
        self.path = path
        self.text = text
        self.version = version
        self.revision = revision
        self.edits: list = [None]        # tree-sitter edits not yet parsed; None: parse from scratch
        self.tree = None
        self.tree_text: SourceText | None = None
        self.unsettled = True            # document.reparse
        self.snapshot: Snapshot | None = None
        self.closed = False
        self.cache = None                # lspconv.DiagnosticCache, made by the worker
        self.units = 0                   # declarations of its package (cache sizes)
        self.files = 1                   # files of its package
        self.logged: str | None = None   # the degradation last logged for this document
        self.noted: set[str] = set()     # skipped declarations already logged
        # the siblings whose facts its last complete analysis used, and the revision the worker
        # analysed last (both the worker's)
        self.known: frozenset[str] | None = None
        self.analysed_rev: int | None = None
        self.from_cache = False          # its last findings came from the disk cache of results


class Job:
    """The analysis in progress, shared with the watchdog (under ``Worker.job_lock``)."""

    def __init__(self, doc, text, version, rev: int, deadline: limits.Deadline, soft: float):
        self.doc = doc
        self.text = text
        self.version = version
        self.rev = rev
        self.deadline = deadline
        self.soft_end = deadline.start + soft
        self.soft = soft
        self.degraded_posted = False
        self.phase = "parse"
        self.cancel_seen: float | None = None
        self.injected = False
        self.unit_injected: float | None = None


class Worker:
    def __init__(self, session):
        self.session = session
        self.cond = threading.Condition()
        self.due: dict[str, float] = {}
        self.calls: deque = deque()
        self.background: deque = deque()
        self.bg_dirs: set[str] = set()
        self.job: Job | None = None
        self.job_lock = threading.Lock()
        self.stopped = False
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, name="goleash-analysis", daemon=True)
        self.analyzer = None
        self.index = None
        self.results = None
        self._settings_gen = -1
        self._busy_since: float | None = None

    def start(self) -> None:
        self.thread.start()

    # ------------------------------------------------------ from the request loop
    def request(self, uri: str, delay: float = 0.0) -> None:
        """Analyse ``uri`` in ``delay`` seconds (a later request with a delay postpones it:
        typing debounces; an immediate one only brings it forward)."""
        with self.cond:
            t = time.monotonic() + delay
            old = self.due.get(uri)
            self.due[uri] = t if (old is None or delay > 0) else min(old, t)
            self.cond.notify()

    def forget(self, uri: str) -> None:
        with self.cond:
            self.due.pop(uri, None)

    def call(self, fn) -> Future:
        """Run ``fn()`` in the worker thread (before any analysis); its result as a Future."""
        fut: Future = Future()
        with self.cond:
            self.calls.append((fn, fut))
            self.cond.notify()
        return fut

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.due.clear()
            self.cond.notify()

    def watch(self) -> None:
        """The watchdog, run by the request loop every few dozen milliseconds. For the job in
        progress: past its soft budget, publish a diagnostic-free result (the analysis goes
        on); a declaration past DECLARATION_BUDGET is stopped (the engine skips it); past the
        hard budget, or superseded, the job is stopped inside whatever declaration it runs."""
        post = None
        with self.job_lock:
            job = self.job
            if job is None:
                return
            now = time.monotonic()
            if not job.degraded_posted and job.doc is not None and now > job.soft_end:
                job.degraded_posted = True
                post = job
            exc = None
            d = job.deadline
            if job.phase == "analyse" and not job.injected:
                if d.end is not None and now > d.end + GRACE:
                    exc = limits.AnalysisTimeout
                elif d.cancelled is not None and d.cancelled():
                    if job.cancel_seen is None:
                        job.cancel_seen = now
                    elif now - job.cancel_seen > GRACE:
                        exc = limits.AnalysisSuperseded
                if exc is not None:
                    job.injected = True
                elif d.unit_started is not None and now - d.unit_started > limits.DECLARATION_BUDGET \
                        and job.unit_injected != d.unit_started:
                    job.unit_injected = d.unit_started
                    exc = limits.DeclarationTimeout
            if exc is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread.ident), ctypes.py_object(exc))
        if post is not None:
            self.session._on_snapshot(post.doc, self._degraded(post, f"not analysed within {post.soft:.1f} s"))

    def _degraded(self, job: Job, why: str) -> Snapshot:
        lines = job.text.source.count(b"\n") + 1
        return Snapshot(job.doc, job.text, job.version, job.rev, None, [], [], degraded=f"{why} ({lines} lines)")

    @property
    def busy(self) -> bool:
        return self.job is not None

    # ------------------------------------------------------------ in the worker
    def _run(self) -> None:
        try:
            self._load()
        except BaseException:
            log.exception("goleash: the analysis engine could not be loaded")
            return
        self.ready.set()
        while True:
            try:
                item = self._next()
                if item is None:
                    return
                kind, value = item
                if kind == "call":
                    fn, fut = value
                    if fut.set_running_or_notify_cancel():
                        try:
                            fut.set_result(fn())
                        except BaseException as e:
                            fut.set_exception(e)
                elif kind == "analyse":
                    self._analyse(value)
                elif kind == "gc":
                    gc.collect()  # the full collection, when idle (see _load)
                else:
                    value()
            except limits.AnalysisStopped:
                pass  # a watchdog's stop that arrived just after its job ended
            except Exception:
                log.exception("goleash: analysis worker error")

    def _load(self) -> None:
        from .analysis import Analyzer, visible
        from .config import module_go_version
        from .lspconv import DiagnosticCache
        from .project import PackageIndex, ResultCache
        from .rules import by_code
        self._visible, self._gov, self._Cache = visible, module_go_version, DiagnosticCache
        self.rules = by_code()
        self.analyzer = Analyzer(self.session.settings)
        self.analyzer.set_cache_capacity(CACHE_SLACK, FILE_SLACK)
        self.index = PackageIndex(self.analyzer)
        self.results = ResultCache(self.index.cache)
        # A full collection of the cyclic GC holds the GIL for as long as it takes (0.15 s
        # with a big file's findings alive): requests would wait. Objects of start-up are
        # frozen out of it, young collections stay frequent and short, and the full one
        # runs here when the worker has been idle for a while.
        gc.freeze()
        gc.set_threshold(2000, 10, 1_000_000_000)

    def _next(self):
        with self.cond:
            while True:
                if self.stopped:
                    return None
                if self.calls:
                    return "call", self.calls.popleft()
                now = time.monotonic()
                uri, t = (min(self.due.items(), key=lambda kv: kv[1]) if self.due else (None, None))
                if uri is not None and t <= now:
                    del self.due[uri]
                    self._busy_since = now
                    return "analyse", uri
                if self.background:
                    self._busy_since = now
                    return "background", self.background.popleft()
                if self._busy_since is not None and now - self._busy_since > IDLE_GC:
                    self._busy_since = None
                    return "gc", None
                wait = None if t is None else t - now
                if self._busy_since is not None:
                    wait = IDLE_GC if wait is None else min(wait, IDLE_GC)
                self.cond.wait(wait)

    def urgent(self) -> bool:
        """A document is due or a call waits (background work yields to it)."""
        with self.cond:
            if self.calls or self.stopped:
                return True
            now = time.monotonic()
            return any(t <= now for t in self.due.values())

    def _begin(self, job: Job) -> Job:
        with self.job_lock:
            self.job = job
        return job

    def _end(self) -> None:
        with self.job_lock:
            self.job = None
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread.ident), None)

    def _hook(self, job: Job):
        """The engine's ``check``: a watchdog stop aimed at the previous declaration that has
        not landed yet is withdrawn before the next one starts."""
        deadline = job.deadline

        def check(node=None):
            with self.job_lock:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread.ident), None)
                deadline.unit_started = None
            deadline(node)
        return check

    def _sync_settings(self) -> int:
        s = self.session
        gen = s.settings_gen
        if gen != self._settings_gen:
            self.analyzer.settings = s.settings
            self._settings_gen = gen
        return gen

    def _analyse(self, uri: str) -> None:
        s = self.session
        with s.lock:
            doc = s.docs.get(uri)
            if doc is None or doc.closed:
                return
            rev, text, version = doc.revision, doc.text, doc.version
            edits = list(doc.edits)
            tree = doc.tree
        gen = self._sync_settings()
        settings = s.settings

        def cancelled() -> bool:
            return doc.closed or doc.revision != rev or s.settings_gen != gen or self.stopped

        deadline = limits.Deadline(limits.HARD_BUDGET, cancelled)
        job = self._begin(Job(doc, text, version, rev, deadline, limits.budget_for(text.source)))
        snap = None
        quick = False
        try:
            why = limits.document_refusal(text.source)
            if why is not None:
                with s.lock:
                    doc.tree = doc.tree_text = None  # parse from scratch once the text is fine again
                    del doc.edits[:len(edits)]
                snap = Snapshot(doc, text, version, rev, None, [], [], degraded=why)
            else:
                if edits or tree is None:
                    old = None
                    if tree is not None and None not in edits:
                        old = tree.copy()
                        for e in edits:
                            old.edit(**e)
                    try:
                        tree, unsettled = reparse(text.source, old, doc.unsettled,
                                                  lambda: doc.closed or deadline.expired() or self.stopped)
                    except Unparsable as e:
                        with s.lock:
                            doc.tree = doc.tree_text = None
                            del doc.edits[:len(edits)]
                        raise _Refused(f"not analysed: {e}") from None
                    if tree is None:
                        if doc.closed or self.stopped:
                            return
                        raise limits.AnalysisTimeout()
                    with s.lock:
                        doc.tree, doc.tree_text, doc.unsettled = tree, text, unsettled
                        del doc.edits[:len(edits)]
                job.phase = "analyse"
                if FRESH_ENGINE:
                    self.analyzer._findings.clear()
                    self.analyzer._summaries.clear()
                # typed while the facts of more siblings are being taken in (a long re-analysis): this
                # version first with the facts its last analysis used, then with all of them
                quick = doc.known is not None and doc.analysed_rev not in (None, rev) and \
                    bool(self.index.available(doc.path, self._open_docs(doc)) - doc.known)
                findings, missing = self._findings(doc, text, tree, self._hook(job), settings,
                                                   only=doc.known if quick else None,
                                                   persist=doc.analysed_rev in (None, rev))
                if quick:
                    self.request(uri, 0)
                if doc.cache is None:
                    doc.cache = self._Cache()
                shown = self._visible(findings, settings, self.rules)
                fragments = doc.cache.render(text, uri, shown, s.encoding, self._other, settings.docs_url)
                snap = Snapshot(doc, text, version, rev, tree, findings, fragments)
                doc.analysed_rev = rev
                if missing and doc.path:
                    self._siblings(os.path.dirname(doc.path), missing)
                if doc.from_cache:
                    self._warm(uri, rev)
        except _Refused as e:
            snap = Snapshot(doc, text, version, rev, None, [], [], degraded=str(e))
        except limits.AnalysisSuperseded:
            log.info("analysis of %s v%s (r%d) superseded", uri, version, rev)
            return
        except limits.DeclarationTimeout:
            self.request(uri, 0)  # a stop that landed between declarations: once more
            return
        except limits.AnalysisTimeout:
            snap = self._degraded(job, f"analysis stopped after {time.monotonic() - deadline.start:.1f} s")
        finally:
            self._end()
        for err in self.analyzer.drain_errors():
            s.log_warning(f"goleash: {err}")
        for note in self.analyzer.drain_skipped():
            if note not in doc.noted:  # once per declaration (and line), not on every edit
                if len(doc.noted) > 1000:
                    doc.noted.clear()
                doc.noted.add(note)
                s.log_info(f"goleash: {doc.path or uri}:{note}: not analysed")
        self._size_caches()
        log.info("analysed %s v%s (r%d) in %.0f ms: %s%s", uri, version, rev, (time.monotonic() - deadline.start) * 1000,
                 snap.degraded or f"{len(snap.findings)} findings",
                 " (with the facts of its last diagnostics: the package's are being taken in)" if quick else
                 " (from the disk cache)" if doc.from_cache and not snap.degraded else "")
        s.post_snapshot(doc, snap)

    def _findings(self, doc: LiveDoc, text: SourceText, tree, check, settings, only=None, persist=False):
        """The findings of ``doc``; with ``only``, from the facts of those siblings only (no others read).
        With ``persist`` (the text as opened, or facts that changed under the same text: not a
        keystroke), through the disk cache of results."""
        s = self.session
        a = self.analyzer
        open_docs = self._open_docs(doc)
        missing: list[str] = []
        own = (text.source, tree)
        facts = self.index.facts_for(doc.path, own, open_docs, read_disk=False, missing=missing, check=check,
                                     only=only)
        if only is None and missing and _total_size(missing) <= SIBLINGS_INLINE:
            for f in missing:  # a small package: its facts now, not after a second analysis
                self.index.load(f, check=check)
            missing = []
            facts = self.index.facts_for(doc.path, own, open_docs, read_disk=False, check=check)
        model = getattr(facts, "model", None)
        used = frozenset(f.path for f in model.files[1:]) if model is not None else frozenset()
        a.drain_skipped()  # noted per file by analyze
        gov = self._gov(doc.path, settings.go_version)
        if model is not None and only is not None:
            pass   # a partial package: the caches stay sized for the whole one
        elif model is not None:  # what the caches must hold for this document: its whole package
            doc.units = sum(len(f.index.units) for f in model.files)
            doc.files = len(model.files)
        else:
            doc.units = tree.root_node.named_child_count
        self._size_caches()   # before the analysis: its results must all fit, or the next edit redoes them
        key = None
        if persist and only is None and not (s.evidence is not None and s.evidence.items):
            key = self.results.key(a, doc.path, text.source, facts, gov)
            found = self.results.get(key, facts, doc.path)
            if found is not None:
                doc.known = used
                doc.from_cache = True
                return found, missing
        doc.from_cache = False
        record: dict = {}
        n_err = len(a.errors)
        found = a.analyze(text.source, tree, doc.path, facts, gov, s.evidence, check=check, record=record)
        if key is not None and len(a.errors) == n_err and not a.skipped:
            self.results.put(key, record)
        if only is None:   # complete: these are the facts its diagnostics now use
            doc.known = used
        return found, missing

    def _open_docs(self, doc: LiveDoc) -> dict:
        """The other open documents that have a tree: path -> (source, tree)."""
        with self.session.lock:
            return {d.path: (d.tree_text.source, d.tree) for d in self.session.docs.values()
                    if d is not doc and d.path and d.tree is not None}

    def _other(self, path: str):
        """SourceText of another file (related locations): its open buffer, else the disk."""
        for d in list(self.session.docs.values()):
            if d.path == path:
                return d.text
        try:
            from .project import read_source
            return SourceText(read_source(path))
        except OSError:
            return None

    def _size_caches(self) -> None:
        docs = list(self.session.docs.values())
        self.analyzer.set_cache_capacity(sum(d.units for d in docs) + CACHE_SLACK,
                                         sum(d.files for d in docs) + FILE_SLACK)

    def trim(self) -> None:
        """After a document closed: per-declaration caches sized to the documents still open."""
        if self.analyzer is not None:
            self._size_caches()

    def _warm(self, uri: str, rev: int) -> None:
        """After diagnostics served from the disk cache: analyse the same text once more in the background,
        unpublished, so that the per-declaration results are in memory. Else the first keystroke
        re-analyses every declaration of the file, and a large one outruns its budget: no diagnostics
        until that analysis ends. Yields to typing; a newer revision of the document ends it (what it
        analysed so far stays in memory)."""
        s = self.session

        def step():
            with s.lock:
                doc = s.docs.get(uri)
                if doc is None or doc.closed or doc.revision != rev or doc.tree is None:
                    return
                text, tree = doc.tree_text, doc.tree
            if self.urgent():
                self.background.append(step)
                return
            t0 = time.monotonic()
            job = self._begin(Job(None, None, None, -1, limits.Deadline(
                limits.HARD_BUDGET, lambda: self.urgent() or doc.closed or doc.revision != rev), float("inf")))
            job.phase = "analyse"
            try:
                self._findings(doc, text, tree, self._hook(job), s.settings)
            except (limits.AnalysisSuperseded, limits.DeclarationTimeout):
                self.background.append(step)   # typing first; once more afterwards if nothing changed
                return
            except limits.AnalysisTimeout:
                return
            finally:
                self._end()
            log.info("warmed %s (r%d) in %.0f ms: its declarations' results are in memory", uri, rev,
                     (time.monotonic() - t0) * 1000)

        self.background.append(step)

    # ------------------------------------------------------------- siblings
    def _siblings(self, d: str, files: list[str]) -> None:
        """Summarise the siblings of an open document that are not known yet (after its
        first diagnostics), then re-analyse the open documents of that directory."""
        if d in self.bg_dirs:
            return
        self.bg_dirs.add(d)
        todo = deque(sorted(set(files)))

        def step():
            s = self.session
            while todo:
                if self.urgent():
                    self.background.append(step)  # yield to typing; continue afterwards
                    return
                f = todo[0]
                job = self._begin(Job(None, None, None, -1, limits.Deadline(limits.HARD_BUDGET, self.urgent),
                                      float("inf")))
                job.phase = "analyse"
                try:
                    self.index.load(f, check=self._hook(job))
                except (limits.AnalysisSuperseded, limits.DeclarationTimeout):
                    self.background.append(step)  # typing first; this file again afterwards
                    return
                except limits.AnalysisTimeout:
                    log.info("goleash: summarising %s took too long: skipped", f)
                finally:
                    self._end()
                todo.popleft()
            self.bg_dirs.discard(d)
            with s.lock:
                uris = [doc.uri for doc in s.docs.values() if doc.path and os.path.dirname(doc.path) == d]
            for uri in uris:
                self.request(uri, 0)

        self.background.append(step)
