"""Hostile inputs for the server and the CLI (issue 14): deep nesting of every construct,
huge files and huge lines, NUL / invalid UTF-8 / lone surrogates, random bytes, a file
edited during its own analysis. Each must publish within a bound — 2 s up to 10,000
lines, ``limits.budget_for`` plus parsing beyond (the documented degradation: a
diagnostic-free result first, the rest in the background) — while the server answers
other requests within 200 ms. Used by tests/fuzz/test_hostile.py (small sizes, CI) and
scripts/hostile_lsp.py (full sizes).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "lsp"))
from rawclient import RawClient  # noqa: E402

HEAD = "package p\n\nimport (\n\t\"context\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar mu sync.Mutex\n\n"
STATEMENTS = {  # construct: (open, close) per level of nested statements
    "if": ("if x > 0 {\n", "}\n"),
    "if-lock-go": ("if x > 0 { mu.Lock(); go func() { ch <- x }()\n", "}\n"),
    "block": ("{\n", "}\n"),
    "for": ("for i := 0; i < x; i++ {\n", "}\n"),
    "for-select": ("for {\nselect {\ncase <-ch:\n", "}\n}\n"),
    "select-ctx": ("select {\ncase <-ctx.Done():\n", "}\n"),
    "switch": ("switch x {\ncase 1:\n", "}\n"),
    "func-literal": ("func() {\n", "}()\n"),
    "go-func": ("go func() {\n", "}()\n"),
    "defer-func": ("defer func() {\n", "}()\n"),
}
EXPRESSIONS = {  # construct: (prefix per level, innermost, suffix per level)
    "parens": ("(", "x", ")"),
    "composite": ("[]interface{}{", "x", "}"),
    "call": ("f(", "x", ")"),
    "unary": ("-", "x", ""),
    "receive": ("<-", "ch", ""),
    "index": ("", "m", "[0]"),
    "selector": ("", "s", ".f"),
}
NEST = list(STATEMENTS) + list(EXPRESSIONS) + ["struct-type"]
FUNC = "func f(x int, ch chan int, ctx context.Context) {\n"


def nested(kind: str, depth: int) -> str:
    if kind in STATEMENTS:
        o, c = STATEMENTS[kind]
        return HEAD + FUNC + o * depth + "ch <- 1\n" + c * depth + "}\n"
    if kind in EXPRESSIONS:
        pre, mid, post = EXPRESSIONS[kind]
        return HEAD + FUNC + "_ = " + pre * depth + mid + post * depth + "\n}\n"
    return HEAD + "type T " + "struct { f " * depth + "int" + " }" * depth + "\n"


def dense(funcs: int) -> str:
    return "package main\n" + "".join(f"func f{i}() {{ ch := make(chan int); go func() {{ ch <- {i} }}() }}\n"
                                      for i in range(funcs))


def many_lines(lines: int, go_src: Path) -> str:
    """Real Go code (net/http/h2_bundle.go, repeated with renamed declarations) of ``lines`` lines."""
    base = (go_src / "net/http/h2_bundle.go").read_text() if (go_src / "net/http/h2_bundle.go").exists() \
        else dense(2000)
    body = base.split("\n", 1)[1]
    out, n, i = [base.split("\n", 1)[0] + "\n"], 1, 0
    while n < lines:
        chunk = body.replace("func http2", f"func x{i}http2")
        out.append(chunk)
        n += chunk.count("\n")
        i += 1
    return "".join(out)


def long_line(kind: str, size: int, seed: int = 1) -> str:
    if kind == "int-literal":
        items, n, i = [], 0, 0
        while n < size:
            s = str(i)
            items.append(s)
            n += len(s) + 1
            i += 1
        return "package p\n\nvar x = []int{" + ",".join(items) + "}\n"
    if kind == "string":
        return "package p\n\nvar s = \"" + "ab\\\"é🙂" * (size // 10) + "\"\n"
    rng = random.Random(seed)  # random Latin-1 on one line, inside a function
    return "package p\n\nfunc f() {\n" + bytes(rng.randrange(32, 256) for _ in range(size)).decode("latin-1") + "\n}\n"


def random_bytes(size: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0, 256) for _ in range(size))


def inputs(scale: str, go_src: Path) -> list[tuple[str, str | bytes]]:
    """(name, text) of every hostile input; ``scale`` "ci" (small) or "full"."""
    full = scale == "full"
    out: list[tuple[str, str | bytes]] = []
    for kind in NEST:
        out.append((f"nest-{kind}-20000", nested(kind, 20000)))
        out.append((f"nest-{kind}-{1000 if full else 300}", nested(kind, 1000 if full else 300)))
    out.append((f"lines-{200_000 if full else 12_000}", many_lines(200_000 if full else 12_000, go_src)))
    out.append((f"dense-{40_000 if full else 2_500}-funcs", dense(40_000 if full else 2_500)))
    for kind in ("int-literal", "string", "latin1"):
        size = 5_000_000 if full else 1_000_000
        out.append((f"line-{kind}-{size // 1_000_000}MB", long_line(kind, size)))
    leak = "package p\n\nfunc leak() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n}\n"
    out.append(("nul", leak.replace("ch <- 1", "ch <- 1\x00")))
    out.append(("invalid-utf8", leak.encode().replace(b"ch <- 1", b"ch <- 1 /* \xff\xfe\xc3 */")))
    out.append(("lone-surrogates", leak.replace("ch <- 1", "ch <- 1 /* \ud800 \udfff x */")))
    out.append(("random-bytes", random_bytes(2_000_000 if full else 200_000)))
    out.append(("random-bytes-small", random_bytes(3000, 2)))
    return out


def as_client_text(data: str | bytes) -> str:
    """What an editor sends for a file's bytes: UTF-8 where valid, else one char per byte."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def lines_of(data: str | bytes) -> int:
    return (data.count(b"\n") if isinstance(data, bytes) else data.count("\n")) + 1


def bound_for(data: str | bytes) -> float:
    """Seconds within which the server must publish for this input."""
    from goleash import limits
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    if lines_of(data) <= 10_000 and len(raw) <= 1_000_000:
        return 2.0
    return limits.budget_for(raw) + 1.0 + len(raw) / 1_000_000  # + parsing: ~1 s per MB worst case


@dataclass
class Outcome:
    name: str
    lines: int
    size: int
    publish: float                  # seconds from didOpen to the first publication
    bound: float
    worst_request: float            # slowest answer to a probe request meanwhile
    findings: int
    final_publish: float | None = None
    notes: list = field(default_factory=list)


def probe(c: RawClient, uri: str) -> float:
    """One request the server must answer at once; returns its latency."""
    t0 = time.monotonic()
    if random.random() < 0.5:
        c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 3, "character": 1}}, 10)
    else:
        c.call("textDocument/diagnostic", {"textDocument": {"uri": "file:///nowhere/none.go"}}, 10)
    return time.monotonic() - t0


def lsp_session(root: Path) -> tuple[RawClient, str]:
    c = RawClient()
    c.initialize(root=str(root))
    small = (root / "small.go").as_uri()
    c.open(small, "package p\n\nfunc g() {\n\tgo func() {}()\n}\n")
    c.diagnostics(small)
    c.answer(c.hover(small, 3, 1), timeout=30)  # pygls loaded: probes measure the server, not the start
    return c, small


def run_lsp(c: RawClient, small: str, root: Path, name: str, data: str | bytes, wait_full: bool = False) -> Outcome:
    text = as_client_text(data)
    uri = (root / f"{name}.go").as_uri()
    bound = bound_for(data)
    worst = 0.0
    t0 = time.monotonic()
    c.open(uri, text)
    first = None
    published = None
    while True:
        try:
            published = c.diagnostics(uri, timeout=0.05)
            first = time.monotonic() - t0
            break
        except TimeoutError:
            pass
        worst = max(worst, probe(c, small))
        if time.monotonic() - t0 > bound + 60:
            break
    out = Outcome(name, lines_of(data), len(text), first if first is not None else float("inf"), bound, worst,
                  len(published["diagnostics"]) if published else -1)
    if wait_full and published is not None:
        # a diagnostic-free first result may be followed by the full one (same version)
        try:
            full = c.diagnostics(uri, timeout=bound + 120, pred=lambda d: len(d) > 0)
            out.final_publish = time.monotonic() - t0
            out.findings = len(full["diagnostics"])
        except TimeoutError:
            out.notes.append("no later publication")
    for _ in range(3):
        worst = max(worst, probe(c, small))
    out.worst_request = worst
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    return out


def run_edited_during_analysis(c: RawClient, small: str, root: Path, funcs: int = 6000) -> Outcome:
    """A big file edited while its first analysis runs: the last version's diagnostics are
    right (compared with goleash check on the final text)."""
    uri = (root / "edited.go").as_uri()
    text = dense(funcs)
    t0 = time.monotonic()
    c.open(uri, text)
    worst = 0.0
    version = 1
    for i in range(5):
        time.sleep(0.2)
        version += 1
        c.edit(uri, version, 1, 0, 1, 0, f"func extra{i}() {{ c := make(chan int); go func() {{ c <- 1 }}() }}\n")
        text = text.split("\n", 1)[0] + "\n" + f"func extra{i}() {{ c := make(chan int); go func() {{ c <- 1 }}() }}\n" \
            + text.split("\n", 1)[1]
        worst = max(worst, probe(c, small))
    first = c.diagnostics(uri, version, timeout=60)
    t_first = time.monotonic() - t0
    full = c.diagnostics(uri, version, pred=lambda d: len(d) > 0, timeout=180) if not first["diagnostics"] else first
    (root / "edited.go").write_text(text)
    cli = subprocess.run([sys.executable, "-m", "goleash", "check", "--format", "json", str(root / "edited.go")],
                         capture_output=True, text=True)
    import json
    expected = len(json.loads(cli.stdout))
    out = Outcome("edited-during-analysis", text.count("\n") + 1, len(text), t_first, bound_for(text), worst,
                  len(full["diagnostics"]), time.monotonic() - t0)
    if out.findings != expected:
        out.notes.append(f"server {out.findings} findings, goleash check {expected}")
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    return out


@dataclass
class CliOutcome:
    name: str
    seconds: float
    returncode: int
    traceback: bool
    stderr_tail: str


def run_cli(root: Path, name: str, data: str | bytes, timeout: float = 2.0) -> CliOutcome:
    path = root / "cli" / f"{name}.go"
    path.parent.mkdir(exist_ok=True)
    for old in path.parent.glob("*.go"):
        old.unlink()
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_bytes(data.encode("utf-8", "surrogatepass"))
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--timeout", str(timeout), str(path)],
                       capture_output=True, text=True, timeout=300)
    return CliOutcome(name, time.monotonic() - t0, r.returncode, "Traceback" in r.stderr, r.stderr[-300:])
