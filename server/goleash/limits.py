"""What goleash refuses to analyse, and how long it may take: one policy for the CLI and the server.

* A file with a NUL byte is not Go source (the Go compiler rejects it): both the CLI
  and the server skip it with one message ("binary file").
* A top-level declaration whose syntax tree is huge (more than ``MAX_UNIT_NODES``
  nodes, e.g. a generated table), deep (more than ``MAX_UNIT_DEPTH`` levels, e.g.
  20,000 nested blocks or ``- - - … x``) or wide (a node with more than
  ``MAX_UNIT_WIDTH`` children, e.g. a 100,000-element literal) is skipped by the engine:
  tree-sitter's query runs in C holding the GIL and grows super-linearly on such trees
  (minutes for a 100,000-deep chain). No real concurrency bug lives in one.
* The server gives each analysis a time budget (``budget_for``); a document that
  cannot be analysed in time gets no diagnostics for that version and one log line.
  ``goleash check --timeout`` does the same per file.

``AnalysisStopped`` and its subclasses derive from BaseException so that the engine's
"one rule's bug must not hide the others" ``except Exception`` does not swallow them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

MAX_UNIT_NODES = 250_000
MAX_UNIT_DEPTH = 10_000
MAX_UNIT_WIDTH = 20_000   # children of one node (the std lib's widest: 5,624)
# the server: a document not analysed after budget_for() seconds (1.5 s up to 10,000 lines)
# gets a diagnostic-free result and one log line, and its analysis goes on in the background
# until HARD_BUDGET; a single declaration running past DECLARATION_BUDGET is skipped
BASE_BUDGET = float(os.environ.get("GOLEASH_ANALYSIS_BUDGET", "1.5"))
MAX_BUDGET = 30.0
HARD_BUDGET = float(os.environ.get("GOLEASH_HARD_BUDGET", "120"))
DECLARATION_BUDGET = float(os.environ.get("GOLEASH_DECLARATION_BUDGET", "1.0"))


class AnalysisStopped(BaseException):
    """Analysis of a document was stopped before it finished."""


class AnalysisTimeout(AnalysisStopped):
    """The time budget ran out."""


class AnalysisSuperseded(AnalysisStopped):
    """A newer version of the document (or newer settings) made this analysis moot."""


class DeclarationTimeout(AnalysisStopped):
    """One declaration ran past ``DECLARATION_BUDGET``: the engine skips it and goes on."""


def document_refusal(source: bytes) -> str | None:
    """Why a whole file is not analysed (None: it is)."""
    if b"\0" in source:
        return "binary file (contains a NUL byte)"
    return None


def unit_refusal(node) -> str | None:
    """Why one top-level declaration is not analysed (None: it is)."""
    n = node.descendant_count
    if n > MAX_UNIT_NODES:
        return f"declaration too large to analyse ({n} syntax nodes, limit {MAX_UNIT_NODES})"
    if n > MAX_UNIT_DEPTH:
        return shape_refusal(node)
    return None


def shape_refusal(node, max_depth: int | None = None, max_width: int | None = None) -> str | None:
    """A declaration nested more than ``max_depth`` levels deep, or with a node of more than
    ``max_width`` children (tree-sitter's query is quadratic in both); one walk, stops early."""
    max_depth = MAX_UNIT_DEPTH if max_depth is None else max_depth
    max_width = MAX_UNIT_WIDTH if max_width is None else max_width
    if node.child_count > max_width:
        return f"declaration too wide to analyse (a list of {node.child_count} elements, limit {max_width})"
    cursor = node.walk()
    depth = 0
    while True:
        # a subtree of no more nodes than the levels left (and than the width allowed) can break neither
        # limit: it is not walked (a table's thousands of small literal elements cost one test each)
        if cursor.node.descendant_count > min(max_depth - depth, max_width) and cursor.goto_first_child():
            depth += 1
            if depth > max_depth:
                return f"declaration nested too deeply to analyse (more than {max_depth} levels)"
            n = cursor.node.child_count
            if n > max_width:
                return f"declaration too wide to analyse (a list of {n} elements, limit {max_width})"
            continue
        while True:
            if depth == 0:
                return None
            if cursor.goto_next_sibling():
                n = cursor.node.child_count
                if n > max_width:
                    return f"declaration too wide to analyse (a list of {n} elements, limit {max_width})"
                break
            cursor.goto_parent()
            depth -= 1


def depth_exceeds(node, limit: int) -> bool:
    """True when the tree below ``node`` is more than ``limit`` levels deep."""
    why = shape_refusal(node, limit, 1 << 62)
    return why is not None


def budget_for(source: bytes) -> float:
    """Seconds the server may spend on one analysis of ``source``: ``BASE_BUDGET`` up to
    10,000 lines and 1 MB, growing linearly beyond, at most ``MAX_BUDGET``."""
    lines = source.count(b"\n") + 1
    scale = max(1.0, lines / 10_000, len(source) / 1_000_000)
    return min(MAX_BUDGET, BASE_BUDGET * scale)


class Deadline:
    """The engine's ``check`` hook (see Analyzer.analyze): raises AnalysisTimeout when the
    budget is spent and AnalysisSuperseded when ``cancelled()`` is true; remembers when the
    current declaration started (``unit_started``), for the server's watchdog."""

    def __init__(self, seconds: float | None, cancelled=None):
        self.seconds = seconds
        self.start = time.monotonic()
        self.end = self.start + seconds if seconds else None
        self.cancelled = cancelled
        self.unit_started: float | None = None
        self.units = 0

    def expired(self) -> bool:
        return self.end is not None and time.monotonic() > self.end

    def __call__(self, node=None) -> None:
        self.unit_started = None
        if self.cancelled is not None and self.cancelled():
            raise AnalysisSuperseded()
        if self.end is not None and time.monotonic() > self.end:
            raise AnalysisTimeout()
        if node is not None:
            self.units += 1
            self.unit_started = time.monotonic()


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """For the CLI: a ``Deadline`` checked between declarations, plus (in the main thread)
    a SIGALRM that stops a single declaration running past the budget."""
    deadline = Deadline(seconds)
    use_alarm = bool(seconds) and threading.current_thread() is threading.main_thread() \
        and hasattr(signal, "setitimer")
    if not use_alarm:
        yield deadline
        return

    def on_alarm(signum, frame):
        raise AnalysisTimeout()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds + 0.05)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
