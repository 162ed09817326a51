"""JSON-RPC 2.0 over the LSP base protocol (``Content-Length`` framing), hardened.

Nothing a client sends may kill, wedge or flood the server:

* framing errors (junk between messages, a missing or non-numeric ``Content-Length``,
  a body shorter than announced, a ``Content-Length`` of 10^12) are logged in one line
  and the reader re-synchronises on the next ``Content-Length:`` header;
* a body that is not JSON (truncated, invalid UTF-8, nested 100,000 deep) is answered
  with -32700, anything that is not a JSON-RPC request/notification/response with -32600,
  both quietly (no traceback, no pop-up);
* output goes through one writer thread, so a slow client never blocks the request
  loop, and a newer ``publishDiagnostics`` of a URI replaces an unsent older one.

No pygls and no lsprotocol here: the server's first answers must not wait for them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections import deque

log = logging.getLogger("goleash.rpc")

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_NOT_INITIALIZED = -32002
REQUEST_CANCELLED = -32800
CONTENT_MODIFIED = -32801

MAX_BODY = 256 * 1024 * 1024       # a larger announced body is skipped, not read
MAX_HEADER = 8 * 1024              # a header block cannot be longer than this
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CONTENT_LENGTH = re.compile(rb"content-length[ \t]*:", re.I)
_HEADER_LINE = re.compile(rb"^[A-Za-z0-9-]+[ \t]*:[^\r\n]*$")
# a header line (ended by a raw newline) cannot occur inside valid JSON: strings hold no raw
# newlines, and outside strings a bare word is no JSON token. Seen inside a body, it means
# the announced length was longer than the real body, which ends there.
_BODY_CUT = re.compile(rb"content-length[ \t]*:[ \t]*\d+[ \t]*\r?\n", re.I)


class Limiter:
    """At most ``burst`` lines at once for a stream of similar log lines, then one a second."""

    def __init__(self, burst: int = 20):
        self.burst = burst
        self.count = 0
        self.suppressed = 0
        self.last = 0.0

    def __call__(self, level: int, msg: str, *args) -> None:
        self.count += 1
        now = time.monotonic()
        if self.count <= self.burst or now - self.last >= 1.0:
            if self.suppressed:
                msg += f" ({self.suppressed} similar messages not shown)"
                self.suppressed = 0
            self.last = now
            log.log(level, msg, *args)
        else:
            self.suppressed += 1


protocol_log = Limiter()


class Framer:
    """Splits a byte stream into message bodies. ``feed`` returns a list of events:
    ``("body", bytes)`` for each complete body and ``("error", str)`` for framing errors."""

    def __init__(self, max_body: int = MAX_BODY):
        self.buf = bytearray()
        self.need: int | None = None   # body length while reading a body
        self.scanned = 0               # body bytes already searched for a cut
        self.max_body = max_body

    def feed(self, data: bytes) -> list[tuple[str, object]]:
        self.buf += data
        events: list[tuple[str, object]] = []
        while True:
            if self.need is None:
                if not self._header(events):
                    break
            else:
                if not self._body(events):
                    break
        return events

    def _header(self, events) -> bool:
        buf = self.buf
        # blank lines between messages are harmless
        i = 0
        while i < len(buf) and buf[i] in b"\r\n":
            i += 1
        if i:
            del buf[:i]
        if not buf:
            return False
        m = _HEADER_END.search(buf, 0, MAX_HEADER + 4)
        if m is None:
            if len(buf) > MAX_HEADER:
                self._resync(events, "header block too long or not a header")
                return bool(buf)
            return False
        block = bytes(buf[:m.start()])
        lines = block.replace(b"\r\n", b"\n").split(b"\n")
        if not all(_HEADER_LINE.match(l) for l in lines):
            # junk before the header (the tail of a bad message, stray output): skip to it
            cl = _CONTENT_LENGTH.search(block, 1)
            if cl is not None and all(_HEADER_LINE.match(l) for l in
                                      block[cl.start():].replace(b"\r\n", b"\n").split(b"\n")):
                events.append(("error", f"skipped {cl.start()} bytes of junk before a message header"))
                del buf[:cl.start()]
                return True
            events.append(("error", f"skipped {m.end()} bytes that are not a message header"))
            del buf[:m.end()]
            return True
        length = None
        for line in lines:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                v = value.strip()
                if not v.isdigit() or len(v) > 15:
                    length = -1
                else:
                    length = int(v)
        del buf[:m.end()]
        if length is None:
            events.append(("error", "message header without Content-Length"))
            return True
        if length < 0:
            events.append(("error", "Content-Length is not a number"))
            return True
        if length > self.max_body:
            events.append(("error", f"Content-Length {length} exceeds the {self.max_body}-byte limit: "
                                    f"message skipped"))
            return True
        self.need = length
        self.scanned = 0
        return True

    def _body(self, events) -> bool:
        buf, need = self.buf, self.need
        if len(buf) >= need:
            cut = _BODY_CUT.search(buf, max(0, self.scanned - 64), need)
            if cut is None:
                events.append(("body", bytes(buf[:need])))
                del buf[:need]
                self.need = None
                return True
        else:
            cut = _BODY_CUT.search(buf, max(0, self.scanned - 64))
            self.scanned = len(buf)
            if cut is None:
                return False
        # the body ended before its announced length: hand over what there is (it will not
        # parse, and is answered as such) and go on with the next message
        events.append(("error", f"message body shorter than its Content-Length {need}"))
        events.append(("body", bytes(buf[:cut.start()])))
        del buf[:cut.start()]
        self.need = None
        return True

    def _resync(self, events, why: str) -> None:
        buf = self.buf
        cl = _CONTENT_LENGTH.search(buf, 1)
        if cl is not None:
            events.append(("error", f"{why}: skipped {cl.start()} bytes"))
            del buf[:cl.start()]
        else:
            keep = 32  # a header may be arriving split across reads
            events.append(("error", f"{why}: skipped {max(0, len(buf) - keep)} bytes"))
            del buf[:max(0, len(buf) - keep)]


# ----------------------------------------------------------------- messages
class Message:
    __slots__ = ("kind", "id", "method", "params", "result", "error", "has_params")

    def __init__(self, kind, id=None, method=None, params=None, result=None, error=None, has_params=False):
        self.kind = kind          # "request" | "notification" | "response"
        self.id = id
        self.method = method
        self.params = params
        self.result = result
        self.error = error
        self.has_params = has_params

    def __repr__(self):
        return f"Message({self.kind}, id={self.id!r}, method={self.method!r})"


def _valid_id(v) -> bool:
    return (isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)


def error_response(id, code: int, message: str, data=None) -> dict:
    err = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "id": id, "error": err}


def decode(body: bytes) -> tuple[Message | None, dict | None]:
    """A body as a Message, or the error response to send for it (never both)."""
    try:
        obj = json.loads(body)
    except RecursionError:
        return None, error_response(sniff_id(body), PARSE_ERROR, "Parse error: JSON nested too deeply")
    except (ValueError, UnicodeDecodeError) as e:
        return None, error_response(sniff_id(body), PARSE_ERROR, f"Parse error: {str(e)[:200]}")
    if isinstance(obj, list):
        return None, error_response(None, INVALID_REQUEST, "Invalid Request: batches are not supported")
    if not isinstance(obj, dict):
        return None, error_response(None, INVALID_REQUEST, "Invalid Request: not a JSON object")
    raw_id = obj.get("id")
    id_ok = "id" in obj and _valid_id(raw_id)
    if obj.get("jsonrpc") != "2.0":
        return None, error_response(raw_id if id_ok else None, INVALID_REQUEST,
                                    'Invalid Request: "jsonrpc" must be "2.0"')
    if "method" in obj:
        method = obj["method"]
        if not isinstance(method, str):
            return None, error_response(raw_id if id_ok else None, INVALID_REQUEST,
                                        "Invalid Request: method is not a string")
        has_params = "params" in obj
        params = obj.get("params")
        if has_params and not isinstance(params, (dict, list)) and params is not None:
            return None, error_response(raw_id if id_ok else None, INVALID_REQUEST,
                                        "Invalid Request: params must be an object or an array")
        if "id" in obj:
            if not id_ok:
                return None, error_response(None, INVALID_REQUEST, "Invalid Request: bad id")
            return Message("request", raw_id, method, params, has_params=has_params), None
        return Message("notification", None, method, params, has_params=has_params), None
    if "result" in obj or "error" in obj:
        if raw_id is not None and not id_ok:
            return None, error_response(None, INVALID_REQUEST, "Invalid Request: bad id in response")
        return Message("response", raw_id, result=obj.get("result"), error=obj.get("error")), None
    return None, error_response(raw_id if id_ok else None, INVALID_REQUEST,
                                "Invalid Request: neither a request nor a response")


def sniff_id(body: bytes, limit: int = 65536):
    """The top-level "id" of a body that is not valid JSON, when it can be found in its
    first ``limit`` bytes (the client then gets an answer to that request), else None."""
    data = body[:limit]
    depth = 0
    i, n = 0, len(data)
    expect_key = False
    while i < n:
        c = data[i]
        if c == 0x22:  # "
            j = i + 1
            while j < n and data[j] != 0x22:
                j += 2 if data[j] == 0x5C else 1
            if j >= n:
                return None
            if depth == 1 and expect_key and data[i + 1:j] == b"id":
                m = re.match(rb'\s*:\s*(-?\d{1,15}(?![\d.eE])|"(?:[^"\\\r\n]|\\.){0,200}")', data[j + 1:j + 260])
                if m:
                    try:
                        v = json.loads(m.group(1))
                    except ValueError:
                        return None
                    return v if _valid_id(v) else None
            expect_key = False
            i = j + 1
            continue
        if c in b"{[":
            depth += 1
            expect_key = c == 0x7B
        elif c in b"}]":
            depth -= 1
        elif c == 0x2C:  # ,
            expect_key = depth == 1
        i += 1
    return None


def encode(obj) -> bytes:
    body = json.dumps(obj, separators=(",", ":")).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


# ------------------------------------------------------------------ transport
class Writer:
    """Writes framed messages from one thread. ``send(obj, key=...)``: a message with the
    key of a message not yet written replaces it in place (newer diagnostics of a URI)."""

    def __init__(self, write):
        self._write = write
        self._queue: deque = deque()
        self._keyed: dict = {}
        self._cond = threading.Condition()
        self._closed = False
        self.broken = False
        self._thread = threading.Thread(target=self._run, name="goleash-writer", daemon=True)
        self._thread.start()

    def send(self, obj, key=None) -> None:
        data = obj if isinstance(obj, (bytes, bytearray)) else encode(obj)
        with self._cond:
            if self._closed:
                return
            if key is not None:
                entry = self._keyed.get(key)
                if entry is not None:
                    entry[1] = data
                    return
                entry = [key, data]
                self._keyed[key] = entry
            else:
                entry = [None, data]
            self._queue.append(entry)
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if not self._queue:
                    return
                key, data = self._queue.popleft()
                if key is not None:
                    self._keyed.pop(key, None)
                if not self._queue:
                    self._cond.notify_all()
            try:
                self._write(data)
            except Exception as e:  # the client went away
                log.info("writing to the client failed: %s", e)
                with self._cond:
                    self.broken = True
                    self._closed = True
                    self._queue.clear()
                    self._keyed.clear()
                    self._cond.notify_all()
                return

    def flush(self, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        with self._cond:
            while self._queue and not self._closed:
                left = end - time.monotonic()
                if left <= 0:
                    return
                self._cond.wait(left)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def pending(self) -> int:
        with self._cond:
            return len(self._queue)


def fd_writer(fd: int):
    def write(data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
    return write


def start_reader(read, deliver, on_eof, chunk: int = 1 << 16) -> threading.Thread:
    """Read bytes with ``read(n)`` in a thread; frame and decode them there (off the request
    loop) and ``deliver(message, error_response)`` each one; ``on_eof()`` at the end."""
    framer = Framer()

    def run():
        try:
            while True:
                try:
                    data = read(chunk)
                except OSError as e:
                    log.info("reading from the client failed: %s", e)
                    break
                if not data:
                    break
                for kind, value in framer.feed(data):
                    if kind == "error":
                        protocol_log(logging.WARNING, "goleash: bad input from the client: %s", value)
                        continue
                    msg, err = decode(value)
                    if err is not None:
                        protocol_log(logging.WARNING, "goleash: bad message from the client: %s",
                                     err["error"]["message"])
                    deliver(msg, err)
        finally:
            on_eof()

    t = threading.Thread(target=run, name="goleash-reader", daemon=True)
    t.start()
    return t
