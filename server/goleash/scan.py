"""The workspace scan ("Analyse Workspace", ``goleash.analyzeWorkspace``) in a subprocess.

The server starts a Python subprocess running ``main`` below (niced), gives it the roots, settings and
position encoding, and reads one line per checked file: the file's diagnostics, already
in LSP JSON (``lspconv``, the same conversion the server uses). It publishes them as
they come, reports ``$/progress`` (files done/total) and can be cancelled by
``window/workDoneProgress/cancel``, by ``$/cancelRequest`` of the command, or by a newer
scan. The request loop only forwards lines, and the analysis thread is not involved:
the diagnostics of the document being edited are never delayed by a scan.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import sys
import time

log = logging.getLogger("goleash.scan")

PROGRESS_EVERY = 0.2   # seconds between $/progress reports
_tokens = itertools.count(1)


async def scan_workspace(session, roots: list[str], token=None, on_file=None, request_id=None,
                         on_open=None) -> dict:
    """Run a scan of ``roots`` (cancelling a running one). ``on_file(uri, path, params_json)``
    receives the diagnostics of each file that is not open (by default they are published);
    ``on_open(uri, path)`` is told of a scanned file that is open and returns how many
    diagnostics it shows. ``request_id``: the command's request, whose $/cancelRequest
    stops the scan."""
    if session.scan is not None:
        session.scan.cancel()
    scan = WorkspaceScan(session, roots, token, on_file)
    scan.request_id = request_id
    scan.on_open = on_open
    session.scan = scan
    try:
        return await scan.run()
    finally:
        if session.scan is scan:
            session.scan = None


class WorkspaceScan:
    def __init__(self, session, roots: list[str], token, on_file=None):
        self.session = session
        self.roots = roots
        self.token = token
        self.on_file = on_file
        self.cancelled = False
        self.proc = None
        self.request_id = None
        self.on_open = None

    def cancel_token(self, token) -> None:
        if token is not None and token == self.token:
            self.cancel()

    def cancel(self) -> None:
        self.cancelled = True
        self.kill()

    def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            try:
                self.proc.kill()
            except ProcessLookupError:
                pass

    def _progress(self, value: dict) -> None:
        if self.token is not None:
            self.session.notify("$/progress", {"token": self.token, "value": value})

    async def run(self) -> dict:
        s = self.session
        if self.token is None and s.progress_support:
            token = f"goleash-scan-{next(_tokens)}"
            try:
                await s.request("window/workDoneProgress/create", {"token": token}, 5)
                self.token = token
            except Exception as e:
                log.info("no progress for the workspace scan: %s", e)
        self._progress({"kind": "begin", "title": "goleash: analysing the workspace", "cancellable": True,
                        "message": "listing files", "percentage": 0})
        files = findings = total = 0
        config = {"roots": self.roots, "root": s.root, "settings": s.client_settings, "encoding": s.encoding,
                  "evidence": s.evidence_text}
        t0 = time.monotonic()
        last = 0.0
        try:
            # the child imports what this process imports, however it was started (the VS Code
            # extension runs `python -I run.py` with its bundled libraries put on sys.path)
            code = f"import sys; sys.path[:0] = {sys.path!r}; from goleash.scan import main; raise SystemExit(main())"
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", code, stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE, limit=1 << 30)
            self.proc.stdin.write(json.dumps(config).encode())
            self.proc.stdin.close()
            while not self.cancelled:
                line = await self.proc.stdout.readline()
                if not line:
                    break
                head, _, params = line.rstrip(b"\n").partition(b"\t")
                try:
                    info = json.loads(head)
                except ValueError:
                    log.warning("goleash: workspace scan: unexpected output %r", line[:100])
                    continue
                if "total" in info:
                    total = info["total"]
                elif "path" in info:
                    files += 1
                    findings += self._deliver(info, params)
                elif "error" in info:
                    s.log_message(2, f"goleash: {info['error']}")
                now = time.monotonic()
                if now - last >= PROGRESS_EVERY:
                    last = now
                    self._progress({"kind": "report", "message": f"{files}/{total} files",
                                    "percentage": int(100 * files / total) if total else 0})
            if self.proc.returncode is None and not self.cancelled:
                await self.proc.wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        finally:
            self.kill()
            done = f"{files}/{total} files, {findings} findings"
            self._progress({"kind": "end", "message": ("cancelled: " if self.cancelled else "") + done})
            log.info("workspace scan: %s in %.1f s%s", done, time.monotonic() - t0,
                     " (cancelled)" if self.cancelled else "")
        result = {"files": files, "findings": findings}
        if self.cancelled:
            result["cancelled"] = True
        return result

    def _deliver(self, info: dict, params: bytes) -> int:
        """Show a file's diagnostics; how many show."""
        s = self.session
        uri = info["uri"]
        if uri in s.docs:  # open: the server's own analysis of its buffer shows (and counts)
            s.worker.request(uri, 0)
            return self.on_open(uri, info["path"]) if self.on_open is not None else 0
        if self.on_file is not None:
            self.on_file(uri, info["path"], params)
        elif not s.use_pull:
            body = b'{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":' + params + b"}"
            s.send(b"Content-Length: %d\r\n\r\n" % len(body) + body, key=("publish", uri))
        return info["count"]


# ---------------------------------------------------------------- subprocess
def main() -> int:
    try:
        os.nice(5)  # typing in the editor comes first
    except (AttributeError, OSError):
        pass
    from dataclasses import replace

    from .analysis import Analyzer, Evidence, visible
    from .config import Settings, load_file_settings
    from .document import SourceText
    from .lspconv import DiagnosticCache, dumps, path_uri
    from .project import check_paths, iter_go_files, read_source
    from .rules import by_code

    cfg = json.loads(sys.stdin.buffer.read())
    root = cfg.get("root")
    settings = (load_file_settings(root) if root else Settings()).merged(cfg.get("settings") or {})
    settings = replace(settings, warnings=())
    enc = cfg.get("encoding") or "utf-16"
    roots = [r for r in cfg.get("roots") or [] if isinstance(r, str)]
    evidence = None
    if cfg.get("evidence"):
        from .evidence import anchors_for, parse
        items = parse(cfg["evidence"], tuple(roots))
        evidence = Evidence(items, anchors_for(items, read_source), read_source)
    rules = by_code()
    out = sys.stdout

    def other(path):
        try:
            return SourceText(read_source(path))
        except OSError:
            return None

    errors: list[str] = []
    files = list(iter_go_files(roots, errors))
    out.write(dumps({"total": len(files)}) + "\n")
    out.flush()
    analyzer = Analyzer(settings)
    reported = 0
    for res in check_paths(files, analyzer, errors, evidence):
        for e in errors[reported:]:
            out.write(dumps({"error": e}) + "\n")
        reported = len(errors)
        uri = path_uri(res.path)
        shown = visible(res.findings, settings, rules)
        frags = DiagnosticCache().render(SourceText(res.source), uri, shown, enc, other, settings.docs_url)
        out.write(dumps({"path": res.path, "uri": uri, "count": len(frags)}) + "\t" +
                  '{"uri":' + dumps(uri) + ',"diagnostics":[' + ",".join(frags) + "]}\n")
        out.flush()
    for e in errors[reported:]:
        out.write(dumps({"error": e}) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
