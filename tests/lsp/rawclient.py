"""A raw JSON-RPC client for the real server process: bytes in, messages out, no library
in between (so tests can send what no well-behaved client would)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

SERVER = [sys.executable, "-m", "goleash", "serve"]


class ServerExited(Exception):
    pass


class RawClient:
    def __init__(self, args=(), env=None, cwd=None):
        e = dict(os.environ)
        e.update(env or {})
        self.proc = subprocess.Popen([*SERVER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=e, cwd=cwd)
        self.messages: queue.Queue = queue.Queue()
        self.received: list = []
        self.backlog: list = []
        self.stderr: list[str] = []
        self._id = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    # ------------------------------------------------------------------ io
    def _read(self):
        f = self.proc.stdout
        try:
            self._read_loop(f)
        except (ValueError, OSError):  # closed
            pass
        finally:
            self.messages.put(None)

    def _read_loop(self, f):
        while True:
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                c = f.read(1)
                if not c:
                    return
                head += c
            n = next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length"))
            msg = json.loads(f.read(n))
            self.received.append(msg)
            self.messages.put(msg)

    def _read_err(self):
        try:
            for line in self.proc.stderr:
                self.stderr.append(line.decode("utf-8", "replace"))
        except (ValueError, OSError):  # closed
            pass

    def raw(self, data: bytes) -> None:
        with self._lock:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def send(self, obj) -> None:
        body = json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def next_id(self) -> int:
        self._id += 1
        return self._id

    def request(self, method: str, params=None, msg_id=None):
        msg_id = self.next_id() if msg_id is None else msg_id
        msg = {"jsonrpc": "2.0", "id": msg_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return msg_id

    def notify(self, method: str, params=None) -> None:
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    # ----------------------------------------------------------- waiting
    def wait(self, pred, timeout: float = 15.0):
        """The first message (in arrival order, not yet taken by a wait) that satisfies ``pred``."""
        for i, msg in enumerate(self.backlog):
            if pred(msg):
                del self.backlog[i]
                return msg
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError("no matching message")
            try:
                msg = self.messages.get(timeout=left)
            except queue.Empty:
                raise TimeoutError("no matching message") from None
            if msg is None:
                self.messages.put(None)
                raise ServerExited(f"server exited with {self.proc.poll()}: {''.join(self.stderr)[-2000:]}")
            if pred(msg):
                return msg
            self.backlog.append(msg)
            del self.backlog[:-10000]

    def answer(self, msg_id, timeout: float = 15.0) -> dict:
        return self.wait(lambda m: "method" not in m and m.get("id") == msg_id, timeout)

    def call(self, method: str, params=None, timeout: float = 15.0) -> dict:
        return self.answer(self.request(method, params), timeout)

    def diagnostics(self, uri: str, version=None, pred=None, timeout: float = 15.0) -> dict:
        def ok(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            v = m["params"].get("version")
            if version is not None and v is not None and v < version:
                return False
            return pred is None or pred(m["params"]["diagnostics"])
        return self.wait(ok, timeout)["params"]

    # ------------------------------------------------------------- LSP
    def initialize(self, capabilities=None, options=None, root="/tmp/goleash-raw", **extra) -> dict:
        params = {"processId": None, "rootUri": f"file://{root}", "capabilities": capabilities or {},
                  "initializationOptions": options, **extra}
        reply = self.call("initialize", params)
        self.notify("initialized", {})
        return reply

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "go", "version": version,
                                                              "text": text}})

    def change(self, uri: str, version, changes: list) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": changes})

    def edit(self, uri: str, version, sl, sc, el, ec, text: str) -> None:
        self.change(uri, version, [{"range": {"start": {"line": sl, "character": sc},
                                              "end": {"line": el, "character": ec}}, "text": text}])

    def hover(self, uri: str, line: int, character: int):
        return self.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": {"line": line, "character": character}})

    def shutdown_and_exit(self, timeout: float = 10.0) -> int:
        if self.proc.poll() is None:
            try:
                self.call("shutdown", None, timeout)
                self.notify("exit")
            except (ServerExited, OSError, TimeoutError):
                pass
        try:
            return self.proc.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass

    # --------------------------------------------------------- checks
    def pop_ups(self) -> list:
        return [m for m in self.received if m.get("method") == "window/showMessage"]

    def tracebacks(self) -> list[str]:
        return [l for l in self.stderr if "Traceback" in l]

    def rss_kb(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0
