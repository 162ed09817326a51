"""Differential fuzzing of the language server against ``goleash check``.

A real server process, driven over stdio by a raw client, receives thousands of seeded
random incremental edits (inserts, deletes, replacements, multi-change notifications,
undo of the previous edit; multi-byte characters, stray quotes, backticks, braces, lone
``\\r``), in the UTF-16 or UTF-8 position encoding. The client keeps its own copy of the
text, computing positions the way an editor does. At checkpoints it waits for the
diagnostics of the current version and compares them with ``goleash check --format json``
on the same text (written to the same path): ranges, codes, severities, messages and
related locations, all mapped to character offsets of the text.

Used by tests/fuzz/test_fuzz.py (short, in CI) and scripts/fuzz_lsp.py (long).
"""

from __future__ import annotations

import bisect
import contextlib
import io
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "lsp"))
from rawclient import RawClient  # noqa: E402

GO_SRC = Path(os.environ.get("GOLEASH_GO_SRC", "/usr/share/go-1.19/src"))
TESTDATA = Path(__file__).resolve().parent.parent / "testdata"

PIECES = ["é", "世界", "🙂", "\"", "'", "`", "{", "}", "(", ")", "[", "]", "\n", "\t", " ", "\r", "\r\n",
          "go ", "go func() {\n\tch <- 1\n}()\n", "ch <- 1", "<-ch", "close(ch)", "mu.Lock()", "mu.Unlock()",
          "defer mu.Unlock()\n", "wg.Add(1)\n", "defer wg.Done()\n", "wg.Wait()", "select {\ncase <-ch:\n}\n",
          "for {\n", "}\n", "return\n", "x := 1\n", "make(chan int)", "ctx.Done()", "// comment é\n",
          "/* 🙂 */", "\"str`\"", "`raw\nstring`", "func f() {}\n", "ch := make(chan int)\n", "time.After(1)",
          "var mu sync.Mutex\n", "go worker(ch)\n", "atomic.AddInt64(&n, 1)", "n++\n", "m[k] = v\n"]
# whole bug patterns, so that a big clean file (transport.go) gets findings to compare
PATTERNS = ["\n\tlc := make(chan int)\n\tgo func() { lc <- 1 }()\n",
          "\n\tvar wg sync.WaitGroup\n\tgo func() {\n\t\twg.Add(1)\n\t\tdefer wg.Done()\n\t}()\n\twg.Wait()\n",
          "\n\ttk := time.NewTicker(time.Second)\n\t_ = tk\n",
          "\n\tcx, _ := context.WithCancel(context.Background())\n\t_ = cx\n",
          "\n\tvar lmu sync.Mutex\n\tlmu.Lock()\n\tif n > 0 {\n\t\treturn\n\t}\n\tlmu.Unlock()\n",
          "\n\tdc := make(chan int)\n\tclose(dc)\n\tclose(dc)\n",
          "\n\tsc := make(chan int, 1)\n\tclose(sc)\n\tsc <- 1\n"]  # GL401: "after close(sc) at line N"
_EOL = re.compile(r"\r\n|\r|\n")


# The test files dense_source reads by default: pinned, so that adding a fixture does not change the
# fuzzed text (and with it every random edit after it). With files=None it reads every test file; that
# composition, at seed 1 and 2600 UTF-16 edits, meets a server/CLI difference on one GL101 finding at
# edit 2470 that the last stop's engine shows too (see the closing note of 2026-12-01).
DENSE_FILES = ("GL001/silent.go", "GL001/suppress.go", "GL101/early_return.go", "GL101/fix_buffer.go",
               "GL101/fix_ctx.go", "GL101/flagged_callback_timeout.go", "GL101/flagged_chan_slice_twin.go",
               "GL101/flagged_done_err_twin_test.go", "GL101/flagged_exclusive_named_twin.go",
               "GL101/flagged_fields.go", "GL101/flagged_never_done_context_twin_test.go",
               "GL101/flagged_poll_callback_twin_test.go", "GL101/flagged_worklist.go", "GL101/silent.go")


def dense_source(lines: int = 300, files: tuple[str, ...] | None = DENSE_FILES) -> str:
    """A file dense with goroutines: declarations of the rules' test files (``files``, relative to
    testdata; None: all of them, in order), ~``lines`` long."""
    from goleash import syntax
    imports = ["context", "errors", "fmt", "os", "sync", "sync/atomic", "testing", "time"]
    out = ["package main\n\nimport (\n" + "".join(f'\t"{p}"\n' for p in imports) + ")\n"]
    n = out[0].count("\n")
    for f in (sorted(TESTDATA.glob("GL*/*.go")) if files is None else [TESTDATA / x for x in files]):
        src = f.read_bytes()
        if b"\0" in src:
            continue
        tree = syntax.parse(src)
        for u in syntax.top_level_units(tree.root_node):
            if u.type not in ("function_declaration", "method_declaration"):
                continue
            chunk = src[u.start_byte:u.end_byte].decode() + "\n\n"
            out.append(chunk)
            n += chunk.count("\n")
            if n >= lines:
                return "".join(out)
    return "".join(out)


def units(s: str, enc: str) -> int:
    if enc == "utf-8":
        return len(s.encode("utf-8", "surrogatepass"))
    if enc == "utf-16":
        return len(s.encode("utf-16-le", "surrogatepass")) // 2
    return len(s)


class ClientText:
    """The editor's copy of the document: str, LSP lines (\\n, \\r\\n, \\r)."""

    def __init__(self, text: str, enc: str):
        self.text = text
        self.enc = enc
        self._starts = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _EOL.finditer(self.text)]
        return self._starts

    def position(self, idx: int) -> dict:
        line = bisect.bisect_right(self.starts, idx) - 1
        return {"line": line, "character": units(self.text[self.starts[line]:idx], self.enc)}

    def index(self, pos: dict) -> int:
        """Character index of an LSP position (as the server computed it)."""
        line, ch = pos["line"], pos["character"]
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        seg = self.text[start:end].rstrip("\r\n") if line + 1 < len(self.starts) else self.text[start:end]
        u = 0
        for i, c in enumerate(seg):
            if u >= ch:
                return start + i
            u += units(c, self.enc)
        return start + len(seg)

    def go_index(self, line1: int, col1: int) -> int:
        """Character index of a go vet position (1-based line counted by \\n, 1-based byte column)."""
        starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        start = starts[line1 - 1]
        end = starts[line1] if line1 < len(starts) else len(self.text)
        raw = self.text[start:end].encode("utf-8", "surrogatepass")[:col1 - 1]
        # an offset between \r and \n has no LSP position (it is inside a line end): the \r's
        return self.valid(start + len(raw.decode("utf-8", "surrogatepass")))

    def valid(self, idx: int) -> int:
        """Never inside a \\r\\n pair."""
        if 0 < idx < len(self.text) and self.text[idx - 1] == "\r" and self.text[idx] == "\n":
            return idx - 1
        return idx

    def apply(self, start: int, end: int, new: str) -> dict:
        change = {"range": {"start": self.position(start), "end": self.position(end)}, "text": new}
        self.text = self.text[:start] + new + self.text[end:]
        self._starts = None
        return change


@dataclass
class Mismatch:
    edit: int
    version: int
    only_server: list
    only_cli: list
    path: str


@dataclass
class Result:
    edits: int = 0
    notifications: int = 0
    checkpoints: int = 0
    mismatches: list = field(default_factory=list)
    seconds: float = 0.0
    max_publish_wait: float = 0.0
    tracebacks: list = field(default_factory=list)


def cli_findings(path: Path, text: ClientText) -> list[tuple]:
    from goleash import cli
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["check", "--format", "json", str(path)])
    got = []
    for r in json.loads(out.getvalue() or "[]"):
        rel = tuple((text.go_index(x["line"], x["column"]), x["message"]) for x in r["related"])
        got.append((text.go_index(r["line"], r["column"]), text.go_index(r["end_line"], r["end_column"]),
                    r["code"], r["severity"], r["message"], rel))
    return sorted(got)


_SEV = {1: "error", 2: "warning", 3: "information", 4: "hint"}


def server_findings(diags: list, text: ClientText, uri: str) -> list[tuple]:
    got = []
    for d in diags:
        rel = tuple((text.index(x["location"]["range"]["start"]), x["message"])
                    for x in d.get("relatedInformation", ()) if x["location"]["uri"] == uri)
        got.append((text.index(d["range"]["start"]), text.index(d["range"]["end"]), d["code"],
                    _SEV[d["severity"]], d["message"], rel))
    return sorted(got)


def run(source: str, name: str, seed: int, edits: int, checkpoints: int, encoding: str, workdir: Path,
        log=print, sync_probability: float = 0.05, fresh_engine: bool = False) -> Result:
    """``fresh_engine``: the server forgets the engine's per-declaration results before each
    analysis (what differs then is the server's doing, not the engine cache's)."""
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / name
    path.write_text(source)
    uri = path.as_uri()
    res = Result()
    text = ClientText(source, encoding)
    # (no per-declaration nor per-analysis time budget: a declaration the server skips, or an analysis it
    # publishes degraded, because a loaded machine ran it past the budget would differ on the server's side
    # only; the comparison is of the results, not the clock)
    client = RawClient(env={"GOLEASH_DEBOUNCE": "0", "GOLEASH_FRESH_ENGINE": "1" if fresh_engine else "0",
                            "GOLEASH_DECLARATION_BUDGET": "600", "GOLEASH_ANALYSIS_BUDGET": "600"})
    t0 = time.monotonic()
    try:
        reply = client.initialize({"general": {"positionEncodings": [encoding]}}, root=str(workdir))
        assert reply["result"]["capabilities"]["positionEncoding"] == encoding
        version = 1
        client.open(uri, source, version)
        every = max(1, edits // max(1, checkpoints))
        for changes in walk(rng, text, source):
            if res.edits >= edits:
                break
            version += 1
            res.edits += len(changes)
            res.notifications += 1
            client.change(uri, version, [{k: v for k, v in c.items() if not k.startswith("_")} for c in changes])
            if res.edits // every > (res.edits - len(changes)) // every or res.edits >= edits:
                res.checkpoints += 1
                w0 = time.monotonic()
                got = client.diagnostics(uri, version, timeout=120)
                res.max_publish_wait = max(res.max_publish_wait, time.monotonic() - w0)
                assert got.get("version") == version, got.get("version")
                path.write_text(text.text, encoding="utf-8", errors="surrogatepass", newline="")
                srv = server_findings(got["diagnostics"], text, uri)
                cli = cli_findings(path, text)
                if srv != cli:
                    m = Mismatch(res.edits, version, [x for x in srv if x not in cli], [x for x in cli if x not in srv],
                                 str(workdir / f"mismatch-{seed}-{res.edits}.go"))
                    Path(m.path).write_text(text.text, encoding="utf-8", errors="surrogatepass", newline="")
                    res.mismatches.append(m)
                    log(f"  MISMATCH at edit {res.edits} (v{version}): server-only {m.only_server[:2]} "
                        f"cli-only {m.only_cli[:2]} -> {m.path}")
                log(f"  checkpoint {res.checkpoints}: edit {res.edits}, {len(srv)} findings, "
                    f"{'ok' if srv == cli else 'DIFFERENT'}")
            elif rng.random() < sync_probability:
                w0 = time.monotonic()
                client.diagnostics(uri, version, timeout=120)
                res.max_publish_wait = max(res.max_publish_wait, time.monotonic() - w0)
        res.tracebacks = client.tracebacks()
        assert client.pop_ups() == []
        assert client.shutdown_and_exit() == 0
    finally:
        client.close()
        res.seconds = time.monotonic() - t0
    return res


def walk(rng: random.Random, text: ClientText, source: str):
    """The edits of one notification after another (LSP content changes, with private ``_`` keys), applied
    to ``text`` as they are made: a random walk around ``source``, as typing is, mostly undoing soon
    what broke the parse. Whoever draws from ``rng`` between two notifications changes the walk."""
    undo: list = []     # changes not undone yet
    while True:
        changes = []
        if undo and rng.random() < (0.85 if _breaks(undo[-1]) else 0.3):
            changes = [_undo(text, c) for c in reversed(undo.pop())]
        elif rng.random() < 0.005:
            text.text = source
            text._starts = None
            changes = [{"text": source}]
            undo = []
        else:
            for _ in range(rng.choice((1, 1, 1, 1, 2, 3))):
                changes.append(_random_edit(rng, text))
            undo.append(changes)
            del undo[:-12]
        yield changes


def _random_edit(rng: random.Random, text: ClientText) -> dict:
    n = len(text.text)
    start = text.valid(rng.randint(0, n))
    r = rng.random()
    if r < 0.07:
        # a bug pattern as a new statement: after a line of a function body that ends a statement
        lines = [m.end() for m in re.finditer(r"\n\t[^\n]*[)\w]\n", text.text)]
        start = end = (rng.choice(lines) - 1) if lines else start
        new = rng.choice(PATTERNS)
    elif r < 0.45:
        end, new = start, rng.choice(PIECES)
    else:
        span = rng.choice((1, 1, 2, 3, 5, 8, 13, 30, 120)) if rng.random() < 0.97 else rng.randint(200, 800)
        end = text.valid(min(n, start + span))
        new = "" if r < 0.75 else rng.choice(PIECES)
    before = text.text[start:end]
    change = text.apply(start, end, new)
    change["_before"] = before
    change["_start"] = start
    change["_pattern"] = r < 0.07
    return change


def _breaks(changes: list) -> bool:
    """Did these changes type or delete a quote, backtick or bracket (likely to break the
    parse of everything after it)? Such edits are mostly undone soon after, as in typing."""
    return any(ch in c.get("text", "") + c.get("_before", "") for c in changes if not c.get("_pattern")
               for ch in "\"'`{}()[]")


def _undo(text: ClientText, change: dict) -> dict:
    start = change["_start"]
    end = start + len(change["text"])
    return text.apply(start, end, change["_before"])
