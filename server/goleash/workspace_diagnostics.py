"""Diagnostics of files that are not open in the editor: the workspace scan's and runtime evidence's.

Open documents get their diagnostics the usual way (pushed, or pulled with ``textDocument/diagnostic``).
Files that are not open need another road, and which one depends on the client:

* a client that pulls workspace diagnostics (it sends ``workspace/diagnostic``; VS Code does, every
  few seconds) gets them in the answer. The server keeps that request open until something changes
  (a scan, evidence, a closed file), so nothing is polled in vain, and answers with only the files
  whose diagnostics changed since the ``previousResultIds`` the client sent. After a change it also
  sends ``workspace/diagnostic/refresh`` (when the client supports it), for clients that pull only then;
* any other client (Neovim, Emacs/eglot, Helix, ...) gets them pushed with
  ``textDocument/publishDiagnostics``, which every client accepts, in pull mode too. A file pushed
  that way is cleared when it is opened, so the open document's own diagnostics are not shown twice.

A file that was scanned (or has evidence) keeps its diagnostics after it is closed: they are recomputed
from the file on disk.
"""

from __future__ import annotations

import asyncio
import logging

from lsprotocol import types

log = logging.getLogger("goleash.server")

HOLD_SECONDS = 60.0  # the longest a workspace/diagnostic request is held before "nothing changed"


class ClosedFileDiagnostics:
    def __init__(self) -> None:
        self.pulling = False  # the client has asked for workspace diagnostics
        self.reports: dict[str, tuple[str, list[types.Diagnostic]]] = {}  # uri -> (result id, items)
        self.pushed: set[str] = set()  # uris pushed for files that were not open
        self.tracked: dict[str, str] = {}  # uri -> path: scanned or evidenced files, recomputed when closed
        self._generation = 0
        self._changed = False  # reports changed since the last refresh request
        self._unreleased = False  # reports delivered (wake=False) since a held pull was last answered
        self._event: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------- delivery
    def deliver(self, server, uri: str, path: str, diagnostics: list[types.Diagnostic], wake: bool = True) -> None:
        """Show ``diagnostics`` for ``uri``, a file that is not open in the editor. With
        ``wake=False`` (a scan delivering file by file) a held workspace pull is answered on
        the next ``release`` or ``flush``, with the files delivered until then."""
        self.tracked[uri] = path
        if self.pulling:
            old = self.reports.get(uri)
            if old is not None and old[1] == diagnostics:
                return
            self._generation += 1
            self.reports[uri] = (str(self._generation), diagnostics)
            self._changed = True
            self._unreleased = True
            if wake:
                self.release()
            return
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
        if diagnostics:
            self.pushed.add(uri)
        else:
            self.pushed.discard(uri)

    def release(self) -> None:
        """Answer a held workspace pull with what was delivered since the last answer."""
        if self._unreleased:
            self._unreleased = False
            self._wake()

    def flush(self, server, refresh_support: bool) -> None:
        """After a batch of deliveries (a scan, evidence, a close): one workspace/diagnostic/refresh."""
        self.release()
        if not (self._changed and self.pulling and refresh_support):
            return
        self._changed = False
        try:
            server.workspace_diagnostic_refresh(None)
        except Exception:
            log.debug("workspace/diagnostic/refresh failed", exc_info=True)

    def items_for(self, uri: str) -> list[types.Diagnostic]:
        """The last delivered diagnostics of a file that is not open (a document pull for it)."""
        report = self.reports.get(uri)
        return list(report[1]) if report else []

    def opened(self, server, uri: str, pull_mode: bool) -> None:
        """A file was opened: in pull mode its pushed diagnostics would show beside the pulled ones."""
        if uri in self.pushed:
            self.pushed.discard(uri)
            if pull_mode:
                server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    # ------------------------------------------------------- workspace pull
    def _wake(self) -> None:
        event, loop = self._event, self._loop
        if event is None or loop is None:
            return
        self._event = None  # the next request waits for the next change
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        else:  # delivered from a worker thread
            loop.call_soon_threadsafe(event.set)

    def _changed_since(self, previous: dict[str, str]) -> list[types.WorkspaceDocumentDiagnosticReport]:
        return [types.WorkspaceFullDocumentDiagnosticReport(uri=uri, items=items, result_id=rid, version=None)
                for uri, (rid, items) in self.reports.items() if previous.get(uri) != rid]

    async def answer(self, params: types.WorkspaceDiagnosticParams,
                     hold: float = HOLD_SECONDS) -> types.WorkspaceDiagnosticReport:
        """The reports that changed since the client's result ids; held until there are some (or ``hold``)."""
        self.pulling = True
        previous = {p.uri: p.value for p in (params.previous_result_ids or [])}
        items = self._changed_since(previous)
        if not items and hold > 0:
            if self._event is None:  # one event for every request waiting on the next change
                self._loop = asyncio.get_running_loop()
                self._event = asyncio.Event()
            try:
                await asyncio.wait_for(self._event.wait(), hold)
            except asyncio.TimeoutError:
                pass
            items = self._changed_since(previous)
        return types.WorkspaceDiagnosticReport(items=items)
