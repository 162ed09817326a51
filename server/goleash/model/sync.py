"""WaitGroup model: which WaitGroup counts a goroutine, and where it calls Done."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from tree_sitter import Node

from .. import syntax


@dataclass
class CountedGoroutine:
    go: Node                 # the go statement
    literal: Node            # its func literal
    wg: str                  # receiver text as written (wg, s.wg, p.group)
    add: Node                # the wg.Add call that counts it
    done_calls: list[Node] = field(default_factory=list)   # direct X.Done() calls in the body
    deferred_done: bool = False                            # defer X.Done() / defer func(){ X.Done() }()
    waits: list[Node] = field(default_factory=list)        # X.Wait() calls in the starting function


def _in_literal_body(node: Node, lit: Node) -> bool:
    """``node`` runs in ``lit`` itself, not in a nested function literal."""
    return syntax.enclosing_func(node) == lit


def counted_goroutines(ctx) -> list[CountedGoroutine]:
    """Goroutines (``go func(){...}()``) counted by a ``wg.Add`` before them in the starting function."""
    out = []
    adds = ctx.calls(method="Add")
    dones = ctx.calls(method="Done")
    waits = ctx.calls(method="Wait")
    for g in ctx.go_statements:
        lit = syntax.go_literal(g)
        if lit is None:
            continue
        starter = syntax.enclosing_func(g)
        body_dones = [c for c in dones if syntax.inside(c, lit)]
        receivers = {syntax.call_name(c)[0] for c in body_dones}
        # the Add must run in the starting function, before the go statement
        add = None
        for a in adds:
            recv = syntax.call_name(a)[0]
            if recv in receivers and a.start_byte < g.start_byte and syntax.enclosing_func(a) == starter:
                add = a
        if add is None:
            continue
        wg = syntax.call_name(add)[0]
        cg = CountedGoroutine(g, lit, wg, add)
        for c in body_dones:
            if syntax.call_name(c)[0] != wg:
                continue
            if any(p.type == "defer_statement" for p in syntax.ancestors(c, lit)):
                cg.deferred_done = True
            elif _in_literal_body(c, lit):
                cg.done_calls.append(c)
        cg.waits = [w for w in waits if syntax.call_name(w)[0] == wg and syntax.enclosing_func(w) == starter]
        out.append(cg)
    return out


def is_waitgroup(ctx, recv: str) -> bool:
    """Is ``recv`` (as written: wg, s.wg) a sync.WaitGroup in this declaration?

    Declared as ``sync.WaitGroup`` / ``*sync.WaitGroup`` (variable or parameter), or
    used with both ``Wait`` and ``Done``/``Add`` here (a field of a struct).
    """
    for n in syntax.walk(ctx.unit):
        if n.type in ("var_spec", "parameter_declaration"):
            typ = n.child_by_field_name("type")
            if typ is not None and syntax.text(typ).lstrip("*") == "sync.WaitGroup" and \
                    any(syntax.text(x) == recv for x in n.children_by_field_name("name")):
                return True
    return bool(ctx.calls(receiver=recv, method="Wait")) and bool(ctx.calls(receiver=recv, method="Done"))


LOCKS = ("Lock", "RLock")
UNLOCKS = ("Unlock", "RUnlock")


@dataclass
class LockEvent:
    call: Node
    target: str      # the mutex as written: mu, c.mu
    kind: str        # Lock, RLock, Unlock, RUnlock
    deferred: bool


def lock_events(ctx, fn: Node) -> list[LockEvent]:
    """Lock/unlock calls that run in ``fn`` itself (not in nested literals), in source order."""
    out = []
    for c in ctx.calls():
        recv, name = syntax.call_name(c)
        if not recv or name not in LOCKS + UNLOCKS or syntax.enclosing_func(c) != fn:
            continue
        deferred = any(p.type == "defer_statement" for p in syntax.ancestors(c, fn))
        out.append(LockEvent(c, recv, name, deferred))
    out.sort(key=lambda e: e.call.start_byte)
    return out


def receiver(fn: Node) -> tuple[str, str] | None:
    """(receiver name, receiver type without *) of a method."""
    if fn.type != "method_declaration":
        return None
    ps = syntax.params(fn)
    if not ps or not ps[0][0] or ps[0][1] is None:
        return None
    t = syntax.text(ps[0][1]).lstrip("*")
    return ps[0][0], t.split("[", 1)[0]


_FRESH_SYNC = re.compile(r"^(?:new\(sync\.(?:Mutex|RWMutex|WaitGroup|Once)\)|&?sync\.(?:Mutex|RWMutex|WaitGroup|Once)\{\}|"
                         r"sync\.NewCond\(.*\))$", re.S)


def installs_sync(fn: Node) -> bool:
    """Does the method ``fn`` give a field of its receiver a new mutex, WaitGroup, Once or Cond (``r.mu =
    new(sync.Mutex)``, ``p.wg = &sync.WaitGroup{}``), outside any function literal? It sets the value up:
    run while other goroutines use the value, it would swap the lock from under them, so it runs before
    the value is shared (a plugin's ``Configure`` called by its registry before the workers start)."""
    recv = receiver(fn)
    body = fn.child_by_field_name("body")
    if recv is None or body is None:
        return False
    prefix = recv[0] + "."
    for n in syntax.walk(body, skip_funcs=True):
        if n.type != "assignment_statement" or syntax.text(n.child_by_field_name("operator")) != "=":
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        if left is None or right is None or len(left.named_children) != len(right.named_children):
            continue
        for lhs, rhs in zip(left.named_children, right.named_children):
            if lhs.type == "selector_expression" and syntax.text(lhs).startswith(prefix) and \
                    _FRESH_SYNC.match(" ".join(syntax.text(rhs).split())):
                return True
    return False


def held_at(events: list[LockEvent], node: Node) -> dict[str, LockEvent]:
    """Mutexes held (locked earlier on every path, not unlocked since) when ``node`` runs."""
    held: dict[str, LockEvent] = {}
    for e in events:
        if e.call.start_byte >= node.start_byte:
            break
        if e.deferred:
            continue
        if e.kind in LOCKS:
            if syntax.runs_before(e.call, node):
                held[e.target] = e
        elif not _left_branch(e.call, node):
            held.pop(e.target, None)
    return held


def _left_branch(call: Node, node: Node) -> bool:
    """Is ``call`` in a block that ``node`` is not in and that ends by leaving (return/break/continue/panic)?

    An unlock on such a branch (``if bad { mu.Unlock(); return }``) does not
    release the mutex for the code after the branch.
    """
    stmt = syntax.stmt_of(call)
    block = stmt.parent
    if block is None or block.type != "statement_list" or syntax.inside(node, block):
        return False
    stmts = [c for c in block.named_children if c.type != "comment"]
    last = stmts[-1] if stmts else None
    return last is not None and (last.type in ("break_statement", "continue_statement") or syntax.is_terminating(last))
