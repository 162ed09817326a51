"""Findings as LSP diagnostics, in plain JSON (no lsprotocol, no pygls).

Used by the server's analysis worker and by the workspace-scan subprocess, so both
publish exactly the same thing. ``DiagnosticCache`` keeps the JSON of each finding
between analyses: after an edit, a finding whose text did not change is not converted
again, only its line numbers move (a file with 40,000 findings re-publishes in a
fraction of the time a conversion of every finding takes).
"""

from __future__ import annotations

import bisect
import json
import re

from pygls.uris import from_fs_path  # light: no lsprotocol behind it

from .docs import doc_url
from .document import SourceText
from .findings import Finding

PUBLISH_HEAD = '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":'
_SENTINEL = 987_654_321_000_000
_SLOT = re.compile(r"98765432100(\d{4})")


def path_uri(path: str) -> str:
    return from_fs_path(path) or path


def position(text: SourceText, offset: int, enc: str) -> dict:
    line, ch = text.position_at(offset, enc)
    return {"line": line, "character": ch}


def lsp_range(text: SourceText, start: int, end: int, enc: str) -> dict:
    return {"start": position(text, start, enc), "end": position(text, end, enc)}


def diagnostic(text: SourceText, uri: str, f: Finding, enc: str, other=None, docs_url: str = "") -> dict:
    """One finding as an LSP Diagnostic (JSON). ``other(path)`` gives the SourceText of
    another file of the package for related locations there (None: left out); ``docs_url``
    is the setting of that name (where rule pages open)."""
    related = []
    for r in f.related:
        where, where_uri = text, uri
        if r.path:
            where = other(r.path) if other is not None else None
            if where is None:
                continue
            where_uri = path_uri(r.path)
        related.append({"location": {"uri": where_uri, "range": lsp_range(where, r.start, r.end, enc)},
                        "message": r.message})
    d = {"range": lsp_range(text, f.start, f.end, enc), "message": f.message, "severity": int(f.severity),
         "code": f.code, "codeDescription": {"href": doc_url(f.code, docs_url)}, "source": "goleash"}
    if "unnecessary" in f.tags:
        d["tags"] = [1]
    if related:
        d["relatedInformation"] = related
    d["data"] = {"code": f.code, "start": f.start, "end": f.end}
    return d


def dumps(obj) -> str:
    return json.dumps(obj, separators=(",", ":"))


class DiagnosticCache:
    """JSON fragments of a document's diagnostics, reused across edits.

    A fragment depends on the finding and on the text from the start of the line of its
    first offset to its last offset (positions inside that span are relative to its first
    line). The key holds the finding relative to that line start and the span's hash; the
    cached template gets the line numbers and byte offsets of the current text filled in.
    Only the fragments of the last render are kept."""

    def __init__(self):
        self._entries: dict = {}
        self.hits = 0
        self.misses = 0

    def render(self, text: SourceText, uri: str, findings: list[Finding], enc: str, other=None,
               docs_url: str = "") -> list[str]:
        out = []
        used = {}
        starts = text.lsp_line_starts
        src = text.source
        entries = self._entries
        for f in findings:
            if f.related and any(r.path for r in f.related):
                out.append(dumps(diagnostic(text, uri, f, enc, other, docs_url)))  # other files: not cached
                continue
            lo, hi = f.start, f.end
            for r in f.related:
                if r.start < lo:
                    lo = r.start
                if r.end > hi:
                    hi = r.end
            row = bisect.bisect_right(starts, lo) - 1
            base = starts[row]
            span = src[base:hi + 1]
            key = (f.code, f.message, f.severity, f.tags, f.start - base, f.end - base,
                   tuple((r.start - base, r.end - base, r.message) for r in f.related),
                   hash(span), len(span), enc, docs_url)
            tmpl = used.get(key) or entries.get(key)
            if tmpl is None:
                self.misses += 1
                tmpl = _template(diagnostic(text, uri, f, enc, None, docs_url), row, base)
            else:
                self.hits += 1
            used[key] = tmpl
            fmt, slots = tmpl
            out.append(fmt % tuple([row + d if is_line else base + d for is_line, d in slots]))
        self._entries = used
        return out

    def clear(self) -> None:
        self._entries = {}


def _template(d: dict, row: int, base: int) -> tuple[str, tuple]:
    """The diagnostic's JSON with its line numbers and byte offsets as %d slots."""
    slots = []

    def slot(is_line: bool, value: int) -> int:
        slots.append((is_line, value - (row if is_line else base)))
        return _SENTINEL + len(slots) - 1

    def lines(rng: dict) -> None:
        for p in (rng["start"], rng["end"]):
            p["line"] = slot(True, p["line"])

    lines(d["range"])
    for r in d.get("relatedInformation", ()):
        lines(r["location"]["range"])
    d["data"]["start"] = slot(False, d["data"]["start"])
    d["data"]["end"] = slot(False, d["data"]["end"])
    s = dumps(d).replace("%", "%%")
    order = [int(m.group(1)) for m in _SLOT.finditer(s)]
    assert sorted(order) == list(range(len(slots)))
    return _SLOT.sub("%d", s), tuple(slots[i] for i in order)


def publish_message(uri: str, version, fragments: list[str]) -> bytes:
    """A framed textDocument/publishDiagnostics notification from fragments."""
    body = "".join((PUBLISH_HEAD, dumps(uri), f',"version":{int(version)}' if version is not None else "",
                    ',"diagnostics":[', ",".join(fragments), "]}}")).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def report_message(msg_id, fragments: list[str]) -> bytes:
    """A framed answer to textDocument/diagnostic (a full report) from fragments."""
    body = "".join(('{"jsonrpc":"2.0","id":', dumps(msg_id), ',"result":{"kind":"full","items":[',
                    ",".join(fragments), "]}}")).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
