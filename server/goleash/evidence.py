"""Runtime evidence: goroutine dumps and ``-race`` reports turned into findings on the user's lines.

Accepted input, mixed freely in one text:

* goroutine dumps (``panic``/deadlock output, SIGQUIT, ``debug.Stack``, goleak's
  "found unexpected goroutines"): every goroutine blocked in a channel
  operation, select, WaitGroup or Mutex becomes a GL901 finding on the topmost
  frame in the user's code, with the ``created by`` line as related location;
* data race reports (``WARNING: DATA RACE``): a GL902 finding on each access,
  related to the other access and to where the goroutines were created.

Findings carry line numbers (not byte offsets): the text refers to files on
disk that may not be open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

GOROUTINE_RE = re.compile(r"^goroutine (\d+) \[([^\]]*)\]:\s*$")
FRAME_FILE_RE = re.compile(r"^\s+(\S.*?\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$")
RACE_ACCESS_RE = re.compile(r"^(Previous )?(read|write|Read|Write)(?: at 0x[0-9a-f]+)? by (goroutine \d+|main goroutine):\s*$",
                            re.I)
CREATED_RE = re.compile(r"^Goroutine (\d+) \([^)]*\) created at:\s*$")

BLOCKING_STATES = ("chan send", "chan receive", "select", "semacquire", "sync.Mutex.Lock", "sync.RWMutex",
                   "sync.WaitGroup.Wait", "sync.Cond.Wait", "chan send (nil chan)", "chan receive (nil chan)",
                   "select (no cases)")


@dataclass(frozen=True)
class Frame:
    func: str
    path: str
    line: int


@dataclass
class EvidenceFinding:
    code: str
    path: str
    line: int
    message: str
    related: list[tuple[str, int, str]] = field(default_factory=list)
    count: int = 1


def import_path(func: str) -> str:
    """Import path of a frame's function: ``net/http.(*conn).serve`` -> ``net/http``."""
    head, _, last = func.rpartition("/")
    return (head + "/" if head else "") + last.split(".", 1)[0]


def is_user_frame(frame: Frame, roots: tuple[str, ...] = ()) -> bool:
    """Code of the program itself, not the Go runtime or standard library."""
    if roots and any(frame.path.startswith(r.rstrip("/") + "/") for r in roots):
        return True
    path = import_path(frame.func)
    if path == "main":
        return True
    return "." in path.split("/", 1)[0]  # std packages have no dot in their first element


def _frames(lines: list[str], i: int) -> tuple[list[Frame], Frame | None, int]:
    """Frames of one stack starting at line ``i``; returns (frames, created-by frame, next index)."""
    frames: list[Frame] = []
    created = None
    while i + 1 < len(lines):
        fn_line, file_line = lines[i], lines[i + 1]
        m = FRAME_FILE_RE.match(file_line)
        if not fn_line.strip() or m is None:
            break
        fn = fn_line.strip()
        frame = Frame(fn.removeprefix("created by ").split(" in goroutine")[0], m.group(1), int(m.group(2)))
        if fn.startswith("created by "):
            created = frame
        else:
            frames.append(frame)
        i += 2
    return frames, created, i


def parse(text: str, roots: tuple[str, ...] = ()) -> list[EvidenceFinding]:
    lines = text.splitlines()
    out: dict[tuple[str, str, int], EvidenceFinding] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        g = GOROUTINE_RE.match(line.strip()) if line.startswith(("goroutine ", "[Goroutine")) or \
            line.lstrip().startswith("goroutine ") else None
        if g:
            state = g.group(2)
            frames, created, i = _frames(lines, i + 1)
            kind = state.split(",")[0].strip()
            if not kind.startswith(BLOCKING_STATES):
                continue
            top = next((f for f in frames if is_user_frame(f, roots)), None)
            if top is None:
                continue
            waited = ", ".join(s.strip() for s in state.split(",")[1:] if "minutes" in s or "hours" in s)
            key = ("GL901", top.path, top.line)
            if key in out:
                out[key].count += 1
                n = out[key].count
                out[key].message = f"{n} goroutines were blocked here in {kind} at run time" + \
                    (f" ({waited})" if waited else "") + ". They never got past this line"
                continue
            rel = [(created.path, created.line, "the goroutine was started here")] if created else []
            out[key] = EvidenceFinding("GL901", top.path, top.line,
                                       f"a goroutine was blocked here in {kind} at run time" +
                                       (f" ({waited})" if waited else "") + ". It never got past this line", rel)
            continue
        if line.strip() == "WARNING: DATA RACE":
            i = _race(lines, i + 1, out, roots)
            continue
        i += 1
    return list(out.values())


def _race(lines: list[str], i: int, out: dict, roots: tuple[str, ...]) -> int:
    accesses: list[tuple[str, str, Frame]] = []  # (kind, goroutine, frame)
    creations: dict[str, Frame] = {}
    while i < len(lines) and not lines[i].startswith("=================="):
        m = RACE_ACCESS_RE.match(lines[i].strip())
        c = CREATED_RE.match(lines[i].strip())
        if m:
            frames, _, j = _frames(lines, i + 1)
            top = next((f for f in frames if is_user_frame(f, roots)), None)
            if top is not None:
                accesses.append((m.group(2).lower(), m.group(3), top))
            i = j
            continue
        if c:
            frames, _, j = _frames(lines, i + 1)
            top = next((f for f in frames if is_user_frame(f, roots)), None)
            if top is not None:
                creations[f"goroutine {c.group(1)}"] = top
            i = j
            continue
        i += 1
    for k, (kind, who, frame) in enumerate(accesses):
        others = [a for j, a in enumerate(accesses) if j != k]
        if not others:
            continue
        okind, owho, oframe = others[0]
        key = ("GL902", frame.path, frame.line)
        if key in out:
            continue
        rel = [(oframe.path, oframe.line, f"the racing {okind} by {owho}")]
        for g in (who, owho):
            if g in creations:
                rel.append((creations[g].path, creations[g].line, f"{g} was started here"))
        out[key] = EvidenceFinding("GL902", frame.path, frame.line,
                                   f"data race seen at run time on this {kind}. This {kind} by {who} races with "
                                   f"a {okind} by {owho} ({oframe.path.rsplit('/', 1)[-1]}:{oframe.line})", rel)
    return i + 1


def _line_span(source: bytes, line: int) -> tuple[int, int] | None:
    """Byte span of a 1-based line without its indentation, or None if out of range."""
    start = 0
    for _ in range(line - 1):
        start = source.find(b"\n", start) + 1
        if start == 0:
            return None
    end = source.find(b"\n", start)
    end = len(source) if end == -1 else end
    text = source[start:end]
    return start + (len(text) - len(text.lstrip())), end


def relocate(source: bytes, line: int, expected: str | None) -> int | None:
    """The line now holding ``expected`` (the evidenced line's text), nearest to ``line``."""
    lines = source.split(b"\n")
    if expected is None:
        return line if 1 <= line <= len(lines) else None
    want = expected.strip().encode()
    for d in range(0, 200):
        for cand in (line - d, line + d):
            if 1 <= cand <= len(lines) and lines[cand - 1].strip() == want:
                return cand
    return None


def to_findings(evidence: list[EvidenceFinding], path: str, source: bytes,
                read=None, anchors: dict | None = None):
    """Findings (byte offsets) for the evidence that concerns ``path``.

    ``anchors`` maps (path, line) to the text the line had when the evidence was
    loaded; a line that changed since drops its evidence.
    """
    from .findings import Finding, Related, Severity
    out = []
    for ev in evidence:
        if ev.path != path:
            continue
        line = relocate(source, ev.line, (anchors or {}).get((ev.path, ev.line)))
        span = _line_span(source, line) if line else None
        if span is None:
            continue
        delta = line - ev.line
        related = []
        for rpath, rline, msg in ev.related:
            if rpath == path:
                rs = _line_span(source, rline + delta)
                if rs:
                    related.append(Related(rs[0], rs[1], msg))
            elif read is not None:
                try:
                    rs = _line_span(read(rpath), rline)
                except OSError:
                    rs = None
                if rs:
                    related.append(Related(rs[0], rs[1], msg, path=rpath))
        out.append(Finding(code=ev.code, message=ev.message, start=span[0], end=span[1],
                           related=tuple(related), severity=Severity.WARNING))
    return out


def anchors_for(evidence: list[EvidenceFinding], read) -> dict:
    """The text of every evidenced line now, so later edits can be told apart."""
    out = {}
    for ev in evidence:
        try:
            lines = read(ev.path).split(b"\n")
        except OSError:
            continue
        if 1 <= ev.line <= len(lines):
            out[(ev.path, ev.line)] = lines[ev.line - 1].decode("utf-8", "replace")
    return out
